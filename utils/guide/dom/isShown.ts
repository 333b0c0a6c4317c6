/**
 * Whether the admin can see an element. The portal keeps hidden duplicates of controls
 * (pre-warmed blades, collapsed panes, `fxs-display-none`), so a text match alone is not enough.
 * `checkVisibility` covers CSS hiding in browsers; the `hidden` attribute is checked directly
 * because DOM emulations without a UA stylesheet miss it.
 */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const check = (el as HTMLElement).checkVisibility;
  // checkVisibilityCSS is the pre-2024 name of visibilityProperty (Chrome 105-120).
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  return true;
}
