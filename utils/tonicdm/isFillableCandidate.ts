import { parentOrHost } from './composedTree';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

// Types that cannot hold a typed value. Password stays in: a secret field may well be one.
const NOT_TEXT_TYPES = new Set(['hidden', 'button', 'submit', 'reset', 'image', 'file', 'checkbox', 'radio', 'range', 'color']);

export function isTextField(el: Element): el is TextField {
  const tag = el.localName;
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !NOT_TEXT_TYPES.has((el as HTMLInputElement).type.toLowerCase());
}

/**
 * Rendered as far as the DOM can tell. Test DOMs have no layout, so this looks at `hidden`,
 * `inert` and computed display/visibility up the composed tree rather than at boxes.
 */
export function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = parentOrHost(node)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    const style = view?.getComputedStyle(node);
    if (style?.display === 'none') return false;
    if (node === el && (style?.visibility === 'hidden' || style?.visibility === 'collapse')) return false;
  }
  return true;
}

/** A field the admin could type into right now: the only kind the fill may touch. */
export function isFillableCandidate(el: Element): el is TextField {
  if (!isTextField(el)) return false;
  if (el.disabled || el.readOnly) return false;
  if (el.closest('fieldset[disabled]')) return false;
  return isRendered(el);
}
