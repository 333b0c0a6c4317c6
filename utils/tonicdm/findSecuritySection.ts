import { visibleText } from '../dom/visibleText';
import { composedContains, deepElements, inScopeOf, parentOrHost } from './composedTree';
import { textTokens } from './textTokens';

export interface SecuritySection {
  /** The element whose text names the section ("Security Set Up"). */
  heading: Element;
  /** The box that holds the section, or null when sections are siblings in one flat list. */
  container: Element | null;
  /** Whether a node lies in the section, including inside open shadow roots. */
  contains(node: Node): boolean;
}

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role=heading], legend';
const CONTROL_SELECTOR = 'input, textarea, select, button, [role=button]';
// A nav link or tab label reading "Security Set Up" points at the section; it is not its title.
const NOT_A_TITLE = 'a, button, label, option, nav, [role=navigation], [role=menu], [role=menuitem], [role=tablist], [role=link]';
const FOLLOWING = 4;
const PRECEDING = 2;
const MAX_TITLE_WORDS = 5;

function namesSecuritySetUp(text: string): boolean {
  return /\bsecurity (set up|setup)\b/.test(textTokens(text).join(' '));
}

/** Real headings by their level; anything else that acts as a title counts as a level-2 heading. */
function headingLevel(el: Element): number {
  const match = /^h([1-6])$/.exec(el.localName);
  if (match?.[1]) return Number(match[1]);
  const ariaLevel = Number(el.getAttribute('aria-level'));
  return Number.isInteger(ariaLevel) && ariaLevel > 0 ? ariaLevel : 2;
}

function isTitleCandidate(el: Element): boolean {
  // Cheap test first: innerText on every element of a large page would force layout each time.
  if (!/security/i.test(el.textContent ?? '')) return false;
  if (el.closest(NOT_A_TITLE)) return false;
  if (el.matches(HEADING_SELECTOR)) return namesSecuritySetUp(visibleText(el));
  // Card titles and styled divs: short, and the innermost element that carries the words.
  const text = visibleText(el);
  if (!namesSecuritySetUp(text) || textTokens(text).length > MAX_TITLE_WORDS) return false;
  return !Array.from(el.children).some((child) => namesSecuritySetUp(visibleText(child)));
}

function controlledPanel(tab: Element): Element | null {
  const id = tab.getAttribute('aria-controls');
  const root = tab.getRootNode() as Document | ShadowRoot;
  return id && typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

function flatRegion(scope: Element, heading: Element, peers: Element[]): SecuritySection {
  const start = inScopeOf(scope, heading) ?? heading;
  const next = peers
    .map((peer) => inScopeOf(scope, peer) ?? peer)
    .filter((peer) => start.compareDocumentPosition(peer) & FOLLOWING)
    .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1))[0];
  return {
    heading,
    container: null,
    contains(node) {
      if (!composedContains(scope, node)) return false;
      const mapped = inScopeOf(scope, node);
      if (!mapped || !(start.compareDocumentPosition(mapped) & FOLLOWING)) return false;
      return !next || !!(next.compareDocumentPosition(mapped) & PRECEDING);
    },
  };
}

function containerRegion(heading: Element, container: Element): SecuritySection {
  return { heading, container, contains: (node) => composedContains(container, node) };
}

/**
 * The section's extent: the innermost ancestor of the title that holds controls, unless an
 * ancestor on the way also holds another heading of the same or a higher level, in which
 * case sections are siblings and the region runs from the title to the next such heading.
 */
function regionFor(heading: Element, headings: Element[], controls: Element[]): SecuritySection | null {
  if (heading.getAttribute('role') === 'tab') {
    const panel = controlledPanel(heading);
    return panel ? containerRegion(heading, panel) : null;
  }
  const level = headingLevel(heading);
  for (let ancestor = parentOrHost(heading); ancestor; ancestor = parentOrHost(ancestor)) {
    const peers = headings.filter(
      (other) =>
        other !== heading &&
        headingLevel(other) <= level &&
        composedContains(ancestor, other) &&
        !composedContains(other, heading) &&
        !composedContains(heading, other),
    );
    if (peers.length > 0) return flatRegion(ancestor, heading, peers);
    if (controls.some((control) => composedContains(ancestor, control))) return containerRegion(heading, ancestor);
  }
  return null;
}

/**
 * Finds the "Security Set Up" section. Where several elements carry the title, real headings
 * come first, then tab labels, then styled titles, and a title whose region holds controls
 * beats one whose region is empty.
 */
export function findSecuritySection(root: Document | ShadowRoot, elements: Element[] = deepElements(root)): SecuritySection | null {
  const headings = elements.filter((el) => el.matches(HEADING_SELECTOR));
  const controls = elements.filter((el) => el.matches(CONTROL_SELECTOR));
  const titles = [
    ...headings.filter(isTitleCandidate),
    ...elements.filter((el) => el.getAttribute('role') === 'tab' && namesSecuritySetUp(el.textContent ?? '')),
    ...elements.filter((el) => !el.matches(HEADING_SELECTOR) && el.getAttribute('role') !== 'tab' && isTitleCandidate(el)),
  ];
  let fallback: SecuritySection | null = null;
  for (const title of titles) {
    const region = regionFor(title, headings, controls);
    if (!region) continue;
    if (controls.some((control) => region.contains(control))) return region;
    fallback ??= region;
  }
  return fallback;
}
