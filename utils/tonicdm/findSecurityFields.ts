import { classifyFieldText } from './classifyFieldText';
import { composedContains, deepElements, parentOrHost } from './composedTree';
import { findButtonsByText } from './findButtonsByText';
import { findSecuritySection, type SecuritySection } from './findSecuritySection';
import { isFillableCandidate, type TextField } from './isFillableCandidate';
import { labelSources } from './labelSources';
import { SECURITY_FIELDS, type SecurityField } from './securityFields';

export type FieldSearchResult =
  | {
      status: 'found';
      fields: Record<SecurityField, TextField>;
      section: Element | null;
      goButton: HTMLElement | null;
    }
  | {
      status: 'incomplete';
      missing: SecurityField[];
      ambiguous: SecurityField[];
      section: Element | null;
      /** The renewal button that may reveal the fields, when the page shows one. */
      updateNowButton: HTMLElement | null;
      /** The fields that did resolve to exactly one input (a renewal form may show only some). */
      found: Partial<Record<SecurityField, TextField>>;
      goButton: HTMLElement | null;
    };

interface Candidate {
  el: TextField;
  rank: number;
}

const DIALOG_SELECTOR = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';

/**
 * The fields a candidate's strongest evidence names. Two fields named at the same strength
 * (a label saying one thing, aria-label another) leave the candidate in both lists, where it
 * can only cause a tie, never a confident fill.
 */
function classify(el: TextField): { fields: SecurityField[]; rank: number } {
  const best = new Map<SecurityField, number>();
  for (const source of labelSources(el)) {
    const field = classifyFieldText(source.text);
    if (field && source.rank > (best.get(field) ?? 0)) best.set(field, source.rank);
  }
  const rank = Math.max(0, ...best.values());
  return { fields: [...best].filter(([, r]) => r === rank).map(([field]) => field), rank };
}

function dialogOf(el: Element): Element | null {
  for (let node: Element | null = el; node; node = parentOrHost(node)) {
    if (node.matches(DIALOG_SELECTOR)) return node;
  }
  return null;
}

/**
 * Prefers the section: a "Tenant ID" under Single Sign-On must not receive the token's
 * tenant. Outside the section only a dialog is trusted (renewal forms often open one), and
 * only when the section holds none of the fields; with no section at all, the page decides.
 */
function inScope(candidates: Candidate[], section: SecuritySection | null, sectionHasFields: boolean): Candidate[] {
  if (!section) return candidates;
  const inside = candidates.filter((c) => section.contains(c.el));
  if (inside.length > 0) return inside;
  return sectionHasFields ? [] : candidates.filter((c) => dialogOf(c.el) !== null);
}

/**
 * "Go" next to the fields: in the section, else in the fields' dialog or form, else the
 * page's only one. The header's search box has a "Go" of its own.
 */
function goButtonFor(secretField: TextField, section: SecuritySection | null, elements: Element[]): HTMLElement | null {
  const goButtons = findButtonsByText(elements, 'Go');
  if (section?.contains(secretField)) return uniqueOrNull(goButtons.filter((el) => section.contains(el)));
  const around = dialogOf(secretField) ?? secretField.closest('form');
  if (around) return uniqueOrNull(goButtons.filter((el) => composedContains(around, el)));
  return uniqueOrNull(goButtons);
}

function uniqueOrNull(elements: Element[]): HTMLElement | null {
  return elements.length === 1 ? (elements[0] as HTMLElement) : null;
}

/**
 * Locates TonicDM's four Security Set Up inputs by what the page says about them: labels,
 * aria, placeholders, nearby text and, weakest, attribute names. Every field must resolve
 * to exactly one element; otherwise the result says which are missing or ambiguous so the
 * admin can be asked instead of guessing.
 */
export function findSecurityFields(root: Document | ShadowRoot): FieldSearchResult {
  const elements = deepElements(root);
  const section = findSecuritySection(root, elements);
  const sectionElement = section ? (section.container ?? section.heading) : null;

  const byField = new Map<SecurityField, Candidate[]>(SECURITY_FIELDS.map((field) => [field, []]));
  for (const el of elements) {
    if (!isFillableCandidate(el)) continue;
    const { fields, rank } = classify(el);
    for (const field of fields) byField.get(field)?.push({ el, rank });
  }
  const sectionHasFields = !!section && [...byField.values()].flat().some((c) => section.contains(c.el));

  const chosen = new Map<SecurityField, TextField>();
  const missing: SecurityField[] = [];
  const ambiguous: SecurityField[] = [];
  for (const field of SECURITY_FIELDS) {
    const candidates = inScope(byField.get(field) ?? [], section, sectionHasFields);
    const top = Math.max(0, ...candidates.map((c) => c.rank));
    const best = candidates.filter((c) => c.rank === top);
    if (best.length === 0) missing.push(field);
    else if (best.length > 1) ambiguous.push(field);
    else if (best[0]) chosen.set(field, best[0].el);
  }
  for (const field of SECURITY_FIELDS) {
    const el = chosen.get(field);
    const sharedWith = SECURITY_FIELDS.filter((other) => other !== field && chosen.get(other) === el);
    if (el && sharedWith.length > 0) ambiguous.push(field);
  }
  ambiguous.sort((a, b) => SECURITY_FIELDS.indexOf(a) - SECURITY_FIELDS.indexOf(b));

  if (missing.length > 0 || ambiguous.length > 0) {
    const updateNow = findButtonsByText(elements, 'Update Now');
    const updateInSection = section ? updateNow.filter((el) => section.contains(el)) : [];
    const found: Partial<Record<SecurityField, TextField>> = {};
    for (const [field, el] of chosen) if (!ambiguous.includes(field)) found[field] = el;
    return {
      status: 'incomplete',
      missing,
      ambiguous,
      section: sectionElement,
      updateNowButton: uniqueOrNull(updateInSection.length > 0 ? updateInSection : updateNow),
      found,
      goButton: found.secret ? goButtonFor(found.secret, section, elements) : null,
    };
  }

  const fields = Object.fromEntries(chosen) as Record<SecurityField, TextField>;
  return { status: 'found', fields, section: sectionElement, goButton: goButtonFor(fields.secret, section, elements) };
}
