/**
 * An item of a blade's left menu ("API permissions", "Properties"). The portal tags menu items
 * with `data-telemetryname="Menu-<item>"` (the `~/<item>` of the URL), which does not change
 * with the language or a renamed label; otherwise the item is found by its text among menu-like
 * elements, preferring navigation areas over links in the blade's content. Labels may gain a
 * note while a blade is redesigned ("Authentication (Preview)"): the phrase's menu mode allows it.
 */
import type { PhraseKey } from '../phrases';
import { findControl, MENU_ITEMISH } from '../dom/findControl';
import { isShown } from '../dom/isShown';

export function findMenuItem(root: ParentNode, key: PhraseKey, menuItems: readonly string[]): HTMLElement | undefined {
  const selector = menuItems.map((item) => `[data-telemetryname="Menu-${item}" i]`).join(', ');
  const tagged = Array.from(root.querySelectorAll<HTMLElement>(selector)).find(isShown);
  return tagged ?? findControl(root, key, { selector: MENU_ITEMISH });
}
