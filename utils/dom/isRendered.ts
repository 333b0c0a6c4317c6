/**
 * Whether an element is shown to the admin. The portal keeps hidden copies of text (pre-warmed
 * blades, screen-reader duplicates), and forms may hide inputs, so captures and fills consider
 * only what is rendered. Browsers answer with checkVisibility (flat tree, shadow hosts
 * included); DOMs without layout are asked for `hidden` and display up the composed tree.
 */
import { parentOrHost } from './parentOrHost';

export function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const withCheck = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof withCheck.checkVisibility === 'function' && view?.navigator.userAgent.includes('Chrome')) {
    return withCheck.checkVisibility({ visibilityProperty: true });
  }
  for (let node: Element | null = el; node; node = parentOrHost(node)) {
    if (node.hasAttribute('hidden')) return false;
    if (view?.getComputedStyle(node).display === 'none') return false;
  }
  const visibility = view?.getComputedStyle(el).visibility;
  return visibility !== 'hidden' && visibility !== 'collapse';
}
