/**
 * Draws the highlight ring and the callout for the one control to act on next. Everything is
 * inside a closed shadow root on a randomly named host in the top layer (popover), so portal
 * CSS cannot restyle it, page scripts cannot read it, and portal dialogs do not cover it. The
 * ring never takes pointer events; the callout sits beside the control, not on it.
 */
import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import { setFieldValue } from '../dom/setFieldValue';
import { GUIDE_STYLES } from './guideStyles';
import { GUIDE_ATTRIBUTE } from './guideAttribute';


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
  hide(): void;
  destroy(): void;
}

function randomTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `tdm-${Array.from(bytes, (b) => (b % 26 + 10).toString(36)).join('')}`;
}

export function createGuideOverlay(doc: Document, handlers: { onDismiss(): void }): GuideOverlay {
  const host = doc.createElement(randomTag());
  host.setAttribute('popover', 'manual');
  // The host is a full-viewport, click-through layer; only the callout takes clicks.
  host.style.cssText = 'all:initial;position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;background:transparent;pointer-events:none;overflow:visible;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>${GUIDE_STYLES}</style><div class="ring" part="ring"></div><div class="callout" role="dialog" aria-live="polite" aria-label="TonicDM setup guide"><div class="head"><span class="brand">TonicDM setup</span><button class="close" type="button" aria-label="Close guide (Esc)">×</button></div><p class="text"></p><p class="warn" hidden></p><button class="type" type="button" hidden></button></div>`;
  const ring = shadow.querySelector('.ring') as HTMLElement;
  const callout = shadow.querySelector('.callout') as HTMLElement;
  const text = shadow.querySelector('.text') as HTMLElement;
  const warn = shadow.querySelector('.warn') as HTMLElement;
  const typeButton = shadow.querySelector('.type') as HTMLButtonElement;
  const closeButton = shadow.querySelector('.close') as HTMLButtonElement;

  let current: OverlayTarget | undefined;
  let stopAutoUpdate: (() => void) | undefined;

  function place() {
    if (!current) return;
    const rect = current.element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      ring.style.display = callout.style.display = 'none';
      return;
    }
    ring.style.display = callout.style.display = '';
    ring.style.transform = `translate(${rect.left - 4}px, ${rect.top - 4}px)`;
    ring.style.width = `${rect.width + 8}px`;
    ring.style.height = `${rect.height + 8}px`;
    // Beside the control first: forms stack vertically, so below it is often the next control.
    // In a grid row the cells to its left say what it acts on (the Value before its copy
    // button), so there the callout goes below rather than over them.
    const inRow = current.element.closest('[role="row"], tr') !== null;
    const fallbackPlacements: Placement[] = inRow
      ? ['bottom-start', 'top-start', 'left-start']
      : ['left-start', 'bottom-start', 'top-start'];
    void computePosition(current.element, callout, {
      strategy: 'fixed',
      placement: 'right-start',
      middleware: [offset(12), flip({ fallbackPlacements }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      callout.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && current) {
      hide();
      handlers.onDismiss();
    }
  }

  closeButton.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    hide();
    handlers.onDismiss();
  });
  typeButton.addEventListener('click', (event) => {
    const target = current;
    if (!event.isTrusted || !target?.typeText) return;
    const field = target.element.matches('input, textarea') ? target.element : target.element.querySelector('input, textarea');
    if (field) setFieldValue(field as HTMLInputElement, target.typeText);
  });

  function mount() {
    if (host.isConnected) return;
    doc.documentElement.appendChild(host);
    try {
      host.showPopover?.();
    } catch {
      // Without the top layer the high z-index still applies.
    }
    doc.addEventListener('keydown', onKey, true);
  }

  function hide() {
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    current?.element.removeAttribute(GUIDE_ATTRIBUTE);
    current = undefined;
    if (host.isConnected) {
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
    }
  }

  return {
    show(target) {
      const same = current && current.element === target.element && current.id === target.id;
      if (!same) {
        stopAutoUpdate?.();
        current?.element.removeAttribute(GUIDE_ATTRIBUTE);
      }
      current = target;
      // Only when missing: the page may strip it on re-render, and every write is a mutation the guide watches.
      if (target.element.getAttribute(GUIDE_ATTRIBUTE) !== target.id) target.element.setAttribute(GUIDE_ATTRIBUTE, target.id);
      text.textContent = target.callout;
      warn.hidden = !target.warning;
      warn.textContent = target.warning ?? '';
      typeButton.hidden = !target.typeText;
      typeButton.textContent = target.typeText ? `Type "${target.typeText}"` : '';
      mount();
      // autoUpdate follows scroll (any ancestor), resize and the target's own re-layout.
      if (!same) stopAutoUpdate = autoUpdate(target.element, callout, place, { animationFrame: false });
      else place();
    },
    hide,
    destroy: hide,
  };
}
