/**
 * Draws the highlight ring and the callout for the one control to act on next, or a callout
 * alone (a warning with nothing to point at). Everything is inside a closed shadow root on a
 * randomly named host in the top layer (popover), so portal CSS cannot restyle it, page scripts
 * cannot read it, and portal dialogs do not cover it.
 *
 * The ring never takes pointer events and the callout is placed beside the control, never on
 * it or on an open list, so the control stays fully usable; where there is room it keeps off the
 * frames of this document too (the blade beside the portal's menu), whose controls it cannot see. The callout itself is solid: pointer
 * input on it is stopped at the window before any page listener below it (a portal dropdown
 * that closes on outside clicks, a tab underneath) sees it, and the guide's own buttons act on
 * trusted clicks only.
 */
import { setFieldValue } from '../dom/setFieldValue';
import { GUIDE_STYLES } from './guideStyles';
import { GUIDE_ATTRIBUTE } from './guideAttribute';
import { placeCallout, type Box, type Side } from './placeCallout';
import { BUTTONISH } from '../guide/dom/findControl';
import type { OverlayWords } from '../guide/calloutTables/types';

export interface OverlayTarget {
  id: string;
  element: HTMLElement;
  callout: string;
  typeText?: string;
  /** A wrong turn to show with the callout. */
  warning?: string;
}

export interface GuideOverlay {
  show(target: OverlayTarget): void;
  /** A callout with a warning and no pointer. */
  notice(warning: string): void;
  hide(): void;
  /** Whether keyboard focus is in the callout. */
  ownsFocus(): boolean;
}

const RING_MARGIN = 4;
const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'];
/**
 * What moves the control without a node change: scrolling, the window's resize, and the end of a
 * CSS animation or transition (a pane that slides in, as Fluent's Panel and Drawer do). Without
 * the last the callout would stay where the control was mid-slide.
 */
const MOVE_EVENTS = ['scroll', 'resize', 'animationend', 'transitionend'];
/** What pops over a blade and must stay visible beside the callout. */
const OPEN_LIST = '[role="listbox"], [role="menu"]';
const CONTROL = `${BUTTONISH}, select, textarea, input, [role="tab"], [role="radio"], [role="checkbox"], [role="option"], [role="combobox"], [role="switch"], [role="treeitem"]`;

/** At most this many controls around the target are kept clear: a form, a pane, a toolbar, a menu. */
const MAX_NEIGHBOURS = 40;
/** Where the controls that belong with the target end: the pane or dialog (or form) it is in. */
const GROUP_BOUNDARY = '[role="dialog"], [role="alertdialog"], dialog, form';

/**
 * The controls around the target: its toolbar or radio group, and, up to the pane, dialog or
 * form holding it, the rest of that form (the next field below it, the pane's Add button), as
 * long as they stay a handful. In a window beside the side panel there is seldom room beside a
 * control, and below it is often the very next thing to click.
 */
function neighbourControls(target: HTMLElement): Element[] {
  let found: Element[] = [];
  for (let group = target.parentElement; group && group !== target.ownerDocument.documentElement; group = group.parentElement) {
    const controls = Array.from(group.querySelectorAll(CONTROL)).filter((c) => !c.contains(target) && !target.contains(c));
    if (controls.length > MAX_NEIGHBOURS) break;
    found = controls;
    if (group.matches(GROUP_BOUNDARY)) break;
  }
  return found;
}

/**
 * Frames on screen in this document (the portal shell's blade frames). What they show cannot be
 * read from here, and the admin may be working in them, so the callout keeps off them where it can.
 */
function shownFrames(doc: Document): Box[] {
  const boxes: Box[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    if (!((frame as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true)) continue;
    const box = boxOf(frame);
    if (box.width > 0 && box.height > 0) boxes.push(box);
  }
  return boxes;
}

/** A fresh element name per page, so no portal stylesheet can target the host by name. */
function randomTag(): string {
  return `tdm-${Math.random().toString(36).slice(2, 10)}`;
}

function boxOf(el: Element, margin = 0): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left - margin, top: r.top - margin, width: r.width + 2 * margin, height: r.height + 2 * margin };
}

/** `words`: the overlay's labels in the page's language (guide/guideWords.ts). */
export function createGuideOverlay(doc: Document, handlers: { onDismiss(): void }, words: OverlayWords): GuideOverlay {
  const view = doc.defaultView!;
  const host = doc.createElement(randomTag());
  host.setAttribute('popover', 'manual');
  // A full-viewport, click-through layer (all:initial also undoes the popover's UA box); only
  // the callout takes pointer input.
  host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>${GUIDE_STYLES}</style><div class="ring"></div><div class="callout" role="dialog" aria-live="polite"><div class="head"><span class="brand"></span><button class="close" type="button">×</button></div><p class="text"></p><p class="warn" hidden></p><button class="type" type="button" hidden></button></div>`;
  const $ = (selector: string) => shadow.querySelector(selector) as HTMLElement;
  const ring = $('.ring');
  const callout = $('.callout');
  const text = $('.text');
  const warn = $('.warn');
  const typeButton = $('.type') as HTMLButtonElement;
  const closeButton = $('.close');
  // Words go in as text, never as markup.
  callout.setAttribute('aria-label', words.label);
  $('.brand').textContent = words.brand;
  closeButton.setAttribute('aria-label', words.close);

  let current: OverlayTarget | undefined;
  // The controls around the current target, found again on every show (the page may re-render).
  let nearby: Element[] = [];
  let frame = 0;
  let resize: ResizeObserver | undefined;

  function place() {
    frame = 0;
    if (!current) {
      // A notice: top centre, below the portal's top bar.
      ring.hidden = true;
      callout.hidden = false;
      callout.classList.remove('compact');
      callout.style.transform = `translate(${Math.max(8, Math.round((view.innerWidth - callout.offsetWidth) / 2))}px, 56px)`;
      return;
    }
    const target = boxOf(current.element);
    const visible = target.width > 0 || target.height > 0;
    ring.hidden = callout.hidden = !visible;
    if (!visible) return;
    ring.style.transform = `translate(${target.left - RING_MARGIN}px, ${target.top - RING_MARGIN}px)`;
    ring.style.width = `${target.width + 2 * RING_MARGIN}px`;
    ring.style.height = `${target.height + 2 * RING_MARGIN}px`;
    // An option is placed against its whole open list, so the callout sits beside the list, not in it.
    const anchor = current.element.closest(OPEN_LIST) ?? current.element;
    const avoid = [boxOf(anchor, RING_MARGIN + 3)];
    for (const list of doc.querySelectorAll(OPEN_LIST)) if ((list as HTMLElement).checkVisibility?.() ?? true) avoid.push(boxOf(list));
    // Beside the control first: forms stack vertically, so below it is often the next control.
    // In a grid row the cells to its left say what it acts on, so there it goes below first.
    const inRow = current.element.closest('[role="row"], tr') !== null;
    const sides: Side[] = inRow ? ['bottom', 'top', 'left', 'right'] : ['right', 'left', 'bottom', 'top'];
    const around = anchor === current.element ? target : boxOf(anchor);
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const spare = nearby.map((c) => boxOf(c));
    const frames = shownFrames(doc);
    const spot = () => placeCallout(around, { width: callout.offsetWidth, height: callout.offsetHeight }, viewport, avoid, sides, spare, frames);
    callout.classList.remove('compact');
    let placed = spot();
    // Nowhere clear at full width (a narrow window beside the side panel): a narrower, taller
    // callout may fit into a gap, such as beside the blade's menu over the portal's own navigation.
    if (placed.covered > 0) {
      callout.classList.add('compact');
      const compact = spot();
      if (compact.covered < placed.covered) placed = compact;
      else callout.classList.remove('compact');
    }
    callout.style.transform = `translate(${placed.left}px, ${placed.top}px)`;
  }

  const schedule = () => {
    frame ||= view.requestAnimationFrame(place);
  };

  function dismiss() {
    hide();
    handlers.onDismiss();
  }

  /** Pointer input on the callout: the page never sees it; the guide's buttons act on it here. */
  function onPointer(event: Event) {
    if (!host.isConnected || !event.composedPath().includes(host)) return;
    event.stopPropagation();
    // Keep focus (and an open portal dropdown) where it is.
    if (event.type === 'mousedown' || event.type === 'pointerdown') event.preventDefault();
    if (event.type !== 'click' || !event.isTrusted) return;
    const mouse = event as MouseEvent;
    const hit = mouse.detail === 0 ? shadow.activeElement : shadow.elementFromPoint(mouse.clientX, mouse.clientY);
    const button = hit?.closest('button');
    if (button === closeButton) dismiss();
    else if (button === typeButton && current?.typeText) {
      const field = current.element.matches('input, textarea') ? current.element : current.element.querySelector('input, textarea');
      if (field) setFieldValue(field as HTMLInputElement, current.typeText);
    }
  }

  function mount() {
    if (host.isConnected) return;
    doc.documentElement.appendChild(host);
    try {
      host.showPopover?.();
    } catch {
      // Without the top layer the high z-index still applies.
    }
    for (const type of POINTER_EVENTS) view.addEventListener(type, onPointer, true);
    for (const type of MOVE_EVENTS) view.addEventListener(type, schedule, { capture: true, passive: true });
  }

  function unmarkTarget() {
    current?.element.removeAttribute(GUIDE_ATTRIBUTE);
    resize?.disconnect();
    resize = undefined;
  }

  function hide() {
    unmarkTarget();
    current = undefined;
    nearby = [];
    if (!host.isConnected) return;
    for (const type of POINTER_EVENTS) view.removeEventListener(type, onPointer, true);
    for (const type of MOVE_EVENTS) view.removeEventListener(type, schedule, { capture: true });
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    host.remove();
  }

  function fill(message: string, warning: string | undefined, typeText: string | undefined) {
    text.textContent = message;
    text.hidden = message === '';
    warn.hidden = !warning;
    warn.textContent = warning ?? '';
    typeButton.hidden = !typeText;
    typeButton.textContent = typeText ? words.type.split('{text}').join(typeText) : '';
  }

  return {
    show(target) {
      const same = current?.element === target.element;
      if (!same) {
        unmarkTarget();
        resize = new view.ResizeObserver(schedule);
        resize.observe(target.element);
        resize.observe(callout);
      }
      current = target;
      nearby = neighbourControls(target.element);
      // Only when missing: the page may strip it on re-render, and every write is a mutation the guide watches.
      if (target.element.getAttribute(GUIDE_ATTRIBUTE) !== target.id) target.element.setAttribute(GUIDE_ATTRIBUTE, target.id);
      fill(target.callout, target.warning, target.typeText);
      mount();
      place();
    },
    notice(warning) {
      unmarkTarget();
      current = undefined;
      nearby = [];
      fill('', warning, undefined);
      mount();
      place();
    },
    hide,
    ownsFocus: () => host.isConnected && doc.activeElement === host && callout.contains(shadow.activeElement),
  };
}
