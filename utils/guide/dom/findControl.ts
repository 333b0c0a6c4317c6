/**
 * Finds the shown control that means a phrase, among a bounded set of candidate elements
 * (by role and tag, never by class). When several match, the likeliest wins: toolbar and menu
 * items over links, anything over help text.
 */
import { foldPhraseText, matchesPhrase, mayContainFoldedPhrase, type PhraseKey } from '../phrases';
import { isShown } from './isShown';
import { someControlText } from './texts';
import { cachedForPass, queryAll } from './queryCache';

export const BUTTONISH =
  'button, [role="button"], [role="menuitem"], [role="link"], a[href], input[type="button"], input[type="submit"]';

export const MENU_ITEMISH =
  '[role="menuitem"], [role="treeitem"], [role="tab"], [role="option"], [role="link"], a[href], [data-telemetryname^="Menu-"]';

const COMMAND_AREAS = '[role="toolbar"], [role="menubar"], [role="navigation"], nav, [role="tree"], [role="menu"], [role="tablist"]';
const HELP_AREAS = '[role="complementary"], aside, [role="note"], [role="tooltip"], [role="article"]';

export interface FindOptions {
  /** Candidate elements; defaults to buttons, menu items and links. */
  selector?: string;
  /** Candidates already collected (see collectCandidates); `selector` is then ignored. */
  candidates?: readonly HTMLElement[];
  /** Drops candidates (e.g. inside the configured-permissions grid). */
  exclude?: (el: HTMLElement) => boolean;
}

function likelihood(el: HTMLElement): number {
  let score = 0;
  if (el.closest(COMMAND_AREAS)) score += 4;
  else if (el.matches('a[href], [role="link"]')) score -= 2;
  if (el.closest(HELP_AREAS)) score -= 8;
  // A tile's button over the list item around it.
  if (el.matches(BUTTONISH)) score += 1;
  return score;
}

/**
 * The control's layout-free text (attributes + textContent), folded; undefined when its name
 * comes from elsewhere (aria-labelledby, <label for>). Visible text is a part of textContent,
 * so a phrase absent from this cannot be the control's name: most candidates are ruled out
 * without reading layout-dependent text.
 */
function foldedOwnText(el: HTMLElement): string | undefined {
  return cachedForPass(el, 'folded', () =>
    el.hasAttribute('aria-labelledby') || el.tagName === 'INPUT'
      ? undefined
      : foldPhraseText(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.textContent ?? ''}`),
  );
}

/** Candidates for several look-ups with one query. */
export function collectCandidates(scope: ParentNode, selector: string = BUTTONISH): readonly HTMLElement[] {
  return queryAll(scope, selector);
}

export function findControls(scope: ParentNode, key: PhraseKey, options: FindOptions = {}): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of options.candidates ?? collectCandidates(scope, options.selector)) {
    const folded = foldedOwnText(el);
    if (folded !== undefined && !mayContainFoldedPhrase(folded, key)) continue;
    if (options.exclude?.(el)) continue;
    if (!someControlText(el, (t) => matchesPhrase(t, key))) continue;
    if (!isShown(el)) continue;
    found.push(el);
  }
  return found;
}

export function findControl(scope: ParentNode, key: PhraseKey, options: FindOptions = {}): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestScore = -Infinity;
  for (const el of findControls(scope, key, options)) {
    const score = likelihood(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
