/**
 * An item of a blade's left menu ("API permissions", "Properties"). The classic portal tags
 * menu items with `data-telemetryname="Menu-<item>"` (the `~/<item>` of the URL), which does
 * not change with the language; otherwise the item is found by its text among menu-like
 * elements, preferring navigation areas over links in the blade's content.
 */
import type { PhraseKey } from '../phrases';
import { findControl, MENU_ITEMISH } from '../dom/findControl';
import { isShown } from '../dom/isShown';

export function findMenuItem(root: ParentNode, key: PhraseKey, menuItem: string): HTMLElement | undefined {
  const tagged = Array.from(root.querySelectorAll<HTMLElement>(`[data-telemetryname="Menu-${menuItem}"]`)).find(isShown);
  return tagged ?? findControl(root, key, { selector: MENU_ITEMISH });
}
