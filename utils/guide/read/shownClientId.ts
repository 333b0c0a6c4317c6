/**
 * Where the Overview shows the app's client ID: the element whose own text is the GUID the
 * address names, widened to its value box (the text and its copy button) as long as the box
 * shows nothing else (no label, no other ID). Language-free, so the page script needs neither the Essentials labels nor
 * the capture's reader; the capture itself reads the IDs by their labels (portal/readEssentials).
 */
import { ownText, visibleText } from '../../dom/visibleText';
import { isShown } from '../dom/isShown';

const MAX_CLIMB = 3;

export function findShownClientId(root: Document | ShadowRoot, appId: string): HTMLElement | undefined {
  const wanted = appId.toLowerCase();
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as HTMLElement;
    const own = ownText(el);
    const value = own || (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : '');
    if (!value.toLowerCase().includes(wanted) || !isShown(el)) continue;
    let box = el;
    for (let level = 0, parent = el.parentElement; parent && level < MAX_CLIMB; level++, parent = parent.parentElement) {
      if (parent === doc.body || visibleText(parent).toLowerCase().replace(wanted, '').trim().length > 0) break;
      box = parent;
    }
    return box;
  }
  return undefined;
}
