/**
 * Matches portal UI text against the guide's phrases, keyed by meaning.
 *
 * The tables themselves are not in the page script: the background hands each frame English
 * and its page's languages (see guideWords.ts, phraseTables/ and pageLocales.ts), added here
 * with addPhraseTable. Every key then matches any loaded language: frames may lag the shell's
 * language, and English wording shows up on localised pages too.
 */
import { foldPhraseText } from '../portal/foldPhraseText';
import { ORG, type MatchMode, type PhraseKey, type PhraseTable } from './phraseTables/modes';

export type { MatchMode, PhraseKey, PhraseTable };
export { foldPhraseText };

const tables: PhraseTable[] = [];
let modes: Partial<Record<PhraseKey, MatchMode>> = {};
let compiled = new Map<string, RegExp>();

/** How each key is compared (phraseTables/modes.ts), handed over with the tables. */
export function setPhraseModes(next: Partial<Record<PhraseKey, MatchMode>>): void {
  modes = next;
  compiled = new Map();
}

/** Adds a language's phrases (idempotent for the same table). */
export function addPhraseTable(table: PhraseTable): void {
  if (tables.includes(table)) return;
  tables.push(table);
  compiled = new Map();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(phrase: string, mode: MatchMode): string {
  const body = phrase
    .split(ORG)
    .map((part) => escapeRegExp(foldPhraseText(part)))
    .join('.+');
  if (mode === 'exact') return `^${body}$`;
  // "Authentication (Preview)": a bracketed note after a menu label.
  if (mode === 'menu') return `^${body}(?:\\(.*\\))?$`;
  if (mode === 'prefix') return `^${body}`;
  return body;
}

function matcher(key: PhraseKey, mode: MatchMode): RegExp {
  const id = `${mode}:${key}`;
  let re = compiled.get(id);
  if (!re) {
    const alternatives = new Set(tables.flatMap((table) => (table[key] ?? []).map((phrase) => patternFor(phrase, mode))));
    // No phrase loaded yet matches nothing.
    compiled.set(id, (re = new RegExp(alternatives.size ? `(?:${[...alternatives].join('|')})` : '[^\\s\\S]', 'u')));
  }
  return re;
}

/** Whether a UI text means `key` in any loaded language. */
export function matchesPhrase(text: string | null | undefined, key: PhraseKey): boolean {
  if (!text) return false;
  const folded = foldPhraseText(text);
  return folded.length > 0 && matcher(key, modes[key] ?? 'exact').test(folded);
}

/**
 * A cheap pre-check on already folded text that needs no layout (textContent, attributes):
 * false means no part of it can mean `key`.
 */
export function mayContainFoldedPhrase(folded: string, key: PhraseKey): boolean {
  return folded.length > 0 && matcher(key, 'contains').test(folded);
}

/** Whether any of several texts (aria-label, title, visible text) means `key`. */
export function anyMatchesPhrase(texts: readonly (string | null | undefined)[], key: PhraseKey): boolean {
  return texts.some((text) => matchesPhrase(text, key));
}
