/**
 * Whether an element is shown to the admin. The portal keeps hidden copies of text (pre-warmed
 * blades, screen-reader duplicates), so captures read only what is rendered.
 */
export function isRendered(el: Element): boolean {
  const withCheck = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof withCheck.checkVisibility === 'function' && el.ownerDocument.defaultView?.navigator.userAgent.includes('Chrome')) {
    return withCheck.checkVisibility({ visibilityProperty: true });
  }
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}
