import { visibleText } from '../dom/visibleText';
import { composedContains } from './composedTree';
import { isRendered } from '../dom/isRendered';
import { isInert } from './isFillableCandidate';
import { textTokens } from './textTokens';

const BUTTON_SELECTOR = 'button, [role=button], input[type=submit], input[type=button], a[href]';

/** What the button says: its accessible name if it has one, else its text or value. */
function buttonName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  if (el.localName === 'input') return (el as HTMLInputElement).value;
  return visibleText(el);
}

/**
 * Rendered buttons whose whole name is `words` ("Go" must not match "Go to inbox"), in tree
 * order. Disabled buttons count: TonicDM may enable "Go" only once the fields are filled.
 */
export function findButtonsByText(elements: readonly Element[], words: string): Element[] {
  const wanted = textTokens(words).join(' ');
  const matches = elements.filter(
    (el) => el.matches(BUTTON_SELECTOR) && textTokens(buttonName(el)).join(' ') === wanted && isRendered(el) && !isInert(el),
  );
  // A role=button wrapper around a <button> is one button, not two.
  return matches.filter((el) => !matches.some((other) => other !== el && composedContains(other, el)));
}
