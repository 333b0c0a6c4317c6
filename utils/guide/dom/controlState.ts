/**
 * Reads the state of a control the way assistive technology does (ARIA first), with native
 * properties and Fluent UI's stable state classes (`is-checked`, `is-disabled`) as fallbacks.
 * Fluent's hashed classes are never read.
 */
function ariaTrue(el: Element, name: string): boolean {
  return el.getAttribute(name) === 'true';
}

export function isDisabled(el: Element): boolean {
  if ((el as HTMLButtonElement).disabled === true) return true;
  if (ariaTrue(el, 'aria-disabled') || el.classList.contains('is-disabled')) return true;
  // Toolbar items wrap the focusable element; the wrapper carries the state.
  const wrapper = el.parentElement;
  return wrapper !== null && (ariaTrue(wrapper, 'aria-disabled') || wrapper.classList.contains('is-disabled'));
}

/** Ticked, pressed, chosen or selected. */
export function isOn(el: Element): boolean {
  if ((el as HTMLInputElement).checked === true) return true;
  return (
    ariaTrue(el, 'aria-checked') ||
    ariaTrue(el, 'aria-pressed') ||
    ariaTrue(el, 'aria-selected') ||
    el.classList.contains('is-checked') ||
    el.classList.contains('is-selected')
  );
}

/** Whether the control exposes any on/off state at all (so "not on" means "off", not "unknown"). */
export function hasOnOffState(el: Element): boolean {
  return (
    (el.tagName === 'INPUT' && ['radio', 'checkbox'].includes((el as HTMLInputElement).type)) ||
    el.hasAttribute('aria-checked') ||
    el.hasAttribute('aria-pressed') ||
    el.hasAttribute('aria-selected') ||
    el.classList.contains('is-checked') ||
    el.classList.contains('is-selected')
  );
}
