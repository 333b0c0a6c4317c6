/**
 * The texts a control is known by: what it says and what it is called for assistive technology.
 */
import { ownText, visibleText } from '../../dom/visibleText';

export { ownText };

function rootOf(el: Element): Document | ShadowRoot {
  return el.getRootNode() as Document | ShadowRoot;
}

/** Text of the elements named in aria-labelledby, in order. */
export function labelledByText(el: Element): string | undefined {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean);
  if (!ids?.length) return undefined;
  const root = rootOf(el);
  const parts = ids
    .map((id) => root.getElementById?.(id))
    .filter((ref): ref is HTMLElement => ref != null)
    .map((ref) => visibleText(ref));
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * Every name a clickable control goes by, cheapest first, produced on demand: most candidates
 * are rejected on their aria-label before any layout-dependent text is read.
 */
export function* controlTexts(el: Element): Generator<string> {
  const cheap = [el.getAttribute('aria-label'), el.getAttribute('title')];
  for (const text of cheap) if (text) yield text;
  const labelled = labelledByText(el);
  if (labelled) yield labelled;
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    if ((input.type === 'button' || input.type === 'submit') && input.value) yield input.value;
    for (const label of input.labels ?? []) yield visibleText(label);
  }
  const shown = visibleText(el);
  if (shown) yield shown;
}

export function someControlText(el: Element, test: (text: string) => boolean): boolean {
  for (const text of controlTexts(el)) if (test(text)) return true;
  return false;
}
