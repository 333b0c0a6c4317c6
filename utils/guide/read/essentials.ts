/**
 * An "Essentials" pair on an Overview blade: the label ("Application (client) ID") and the
 * element holding its GUID. Labels are found by their own text among label-like elements; the
 * value is the labelled element, or the nearest following sibling (up the tree) holding a GUID.
 */
import { guidsIn } from '../../values/guid';
import { visibleText } from '../../dom/visibleText';
import { matchesPhrase, type PhraseKey } from '../phrases';
import { isShown } from '../dom/isShown';
import { ownText } from '../dom/texts';

const LABEL_LIKE = 'label, dt, th, [role="rowheader"], [role="term"], div, span';
const MAX_CLIMB = 3;
const MAX_SIBLINGS = 3;
const MAX_LABEL_LENGTH = 60;

function valueBeside(label: HTMLElement, root: Document | ShadowRoot): HTMLElement | undefined {
  if (label.id) {
    const labelled = root.querySelector<HTMLElement>(`[aria-labelledby~="${label.id.replace(/["\\]/g, '\\$&')}"]`);
    if (labelled && guidsIn(visibleText(labelled)).length) return labelled;
  }
  let node: HTMLElement | null = label;
  for (let level = 0; node && level < MAX_CLIMB; level++, node = node.parentElement) {
    let sibling = node.nextElementSibling as HTMLElement | null;
    for (let i = 0; sibling && i < MAX_SIBLINGS; i++, sibling = sibling.nextElementSibling as HTMLElement | null) {
      if (guidsIn(visibleText(sibling)).length) return sibling;
    }
  }
  return undefined;
}

export function findEssentialsValue(root: Document | ShadowRoot, key: PhraseKey): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>(LABEL_LIKE)) {
    const text = ownText(el);
    if (text.length === 0 || text.length > MAX_LABEL_LENGTH) continue;
    if (!matchesPhrase(text, key) || !isShown(el)) continue;
    const value = valueBeside(el, root);
    if (value && isShown(value)) return value;
  }
  return undefined;
}
