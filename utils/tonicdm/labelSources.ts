import { visibleText } from '../dom/visibleText';
import { parentOrHost } from './composedTree';
import type { TextField } from './isFillableCandidate';

/** How strongly a piece of text speaks for a field; ties are judged on this rank alone. */
export const EVIDENCE_RANK = {
  /** `<label>`, aria-labelledby, aria-label: what assistive technology announces. */
  label: 4,
  placeholder: 3,
  /** Text next to the field, as Material-like layouts draw their labels. */
  nearby: 2,
  /** name, id, formcontrolname and data attributes: developer words, weakest. */
  attribute: 1,
} as const;

export interface LabelSource {
  text: string;
  rank: number;
}

const CONTROL_SELECTOR = 'input:not([type=hidden]), textarea, select, button, [role=textbox], [role=combobox]';
const MAX_NEARBY_CHARS = 80;
const MAX_CLIMB = 6;

function rootOf(el: Element): Document | ShadowRoot {
  return el.getRootNode() as Document | ShadowRoot;
}

function byId(el: Element, id: string): Element | null {
  const root = rootOf(el);
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

function containsControl(node: Element): boolean {
  if (node.matches(CONTROL_SELECTOR)) return true;
  if (node.querySelector(CONTROL_SELECTOR)) return true;
  return Array.from(node.querySelectorAll('*')).some((child) => child.shadowRoot?.querySelector(CONTROL_SELECTOR));
}

/** Whether `box`'s parent (light or shadow side) holds any control besides `box`. */
function sharesParentWithControls(box: Element, parent: Element): boolean {
  const holder = box.parentNode as ParentNode | null;
  const siblings = holder ? Array.from(holder.children) : [];
  if (siblings.some((child) => child !== box && containsControl(child))) return true;
  const boxIsShadowTopLevel = holder !== null && holder !== parent;
  if (boxIsShadowTopLevel) return Array.from(parent.children).some((child) => containsControl(child));
  return !!parent.shadowRoot?.querySelector(CONTROL_SELECTOR);
}

/** Text of a node with the field values and buttons inside it left out. */
function labelLikeText(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').trim();
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.matches('script, style, template, button, select, option')) return '';
  return visibleText(el);
}

function labelElements(el: TextField): Element[] {
  const found = new Set<Element>();
  const wrapping = el.closest('label');
  if (wrapping) found.add(wrapping);
  if (el.id) {
    for (const label of Array.from(rootOf(el).querySelectorAll('label[for]'))) {
      if ((label as HTMLLabelElement).htmlFor === el.id) found.add(label);
    }
  }
  return [...found];
}

/**
 * Text in the smallest neighbourhood that belongs to this field alone: climb while the
 * ancestor holds no other control, then take that box's text; if the box carries no text,
 * look at the nearest short text just before it. Stopping at other controls keeps the
 * next field's label from being read as this one's.
 */
function nearbyText(el: TextField): string[] {
  let box: Element = el;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    const parent = parentOrHost(box);
    if (!parent || parent.localName === 'body' || parent.localName === 'form') break;
    if (sharesParentWithControls(box, parent)) break;
    box = parent;
  }
  const texts: string[] = [];
  if (box !== el) {
    const own = labelLikeText(box);
    if (own && own.length <= MAX_NEARBY_CHARS) texts.push(own);
    if (own) return texts;
  }
  for (let sibling = box.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling.nodeType === 1 && containsControl(sibling as Element)) break;
    const text = labelLikeText(sibling);
    if (!text) continue;
    if (text.length <= MAX_NEARBY_CHARS) texts.push(text);
    break;
  }
  return texts;
}

function attributeTexts(el: TextField): string[] {
  const texts = [el.getAttribute('name'), el.id, el.getAttribute('formcontrolname'), el.getAttribute('ng-reflect-name')];
  for (const attr of Array.from(el.attributes)) {
    if (attr.name.startsWith('data-') && attr.value.length <= MAX_NEARBY_CHARS) texts.push(attr.value);
  }
  return texts.filter((text): text is string => !!text);
}

/** Every piece of text that could name this field, with how much it counts. */
export function labelSources(el: TextField): LabelSource[] {
  const sources: LabelSource[] = [];
  const add = (text: string | null | undefined, rank: number): void => {
    const trimmed = text?.trim();
    if (trimmed) sources.push({ text: trimmed, rank });
  };
  for (const label of labelElements(el)) add(visibleText(label), EVIDENCE_RANK.label);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => byId(el, id))
      .filter((node): node is Element => !!node)
      .map((node) => visibleText(node))
      .join(' ');
    add(text, EVIDENCE_RANK.label);
  }
  add(el.getAttribute('aria-label'), EVIDENCE_RANK.label);
  add(el.getAttribute('placeholder'), EVIDENCE_RANK.placeholder);
  add(el.getAttribute('title'), EVIDENCE_RANK.placeholder);
  for (const text of nearbyText(el)) add(text, EVIDENCE_RANK.nearby);
  for (const text of attributeTexts(el)) add(text, EVIDENCE_RANK.attribute);
  return sources;
}
