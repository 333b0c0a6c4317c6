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
import { queryAll } from '../dom/queryCache';

export function findMenuItem(root: ParentNode, key: PhraseKey, menuItems: readonly string[]): HTMLElement | undefined {
  // Compared without case: links spell the same item ~/CallAnAPI and ~/CallAnApi.
  const names = menuItems.map((item) => `menu-${item}`.toLowerCase());
  const tagged = queryAll(root, '[data-telemetryname]').find((el) => names.includes(el.dataset.telemetryname!.toLowerCase()) && isShown(el));
  return tagged ?? findControl(root, key, { selector: MENU_ITEMISH });
}
