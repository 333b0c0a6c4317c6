import { parentOrHost } from '../dom/parentOrHost';
import { isRendered } from '../dom/isRendered';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

// Types that cannot hold a typed value. Password stays in: a secret field may well be one.
const NOT_TEXT_TYPES = new Set(['hidden', 'button', 'submit', 'reset', 'image', 'file', 'checkbox', 'radio', 'range', 'color']);

export function isTextField(el: Element): el is TextField {
  const tag = el.localName;
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !NOT_TEXT_TYPES.has((el as HTMLInputElement).type.toLowerCase());
}

/** An inert subtree takes no input, whatever it shows. */
export function isInert(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentOrHost(node)) if (node.hasAttribute('inert')) return true;
  return false;
}

/** A field the admin could type into right now: the only kind the fill may touch. */
export function isFillableCandidate(el: Element): el is TextField {
  if (!isTextField(el)) return false;
  if (el.disabled || el.readOnly) return false;
  if (el.closest('fieldset[disabled]')) return false;
  return !isInert(el) && isRendered(el);
}
