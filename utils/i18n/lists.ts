/**
 * A run of short items in the browser's language ("1 secret, 2 certificates"; Japanese "…、…"):
 * items only, never the parts of a sentence. Intl.ListFormat would add "and"/"und"/"et" before the
 * last item, which suits prose, not these lists of facts.
 */
import { uiLocale } from './dates';

export function joinList(items: readonly string[], locale: string = uiLocale()): string {
  return items.join(locale.toLowerCase().startsWith('ja') ? '、' : ', ');
}

/** Clauses of one sentence ("owned by X; it has 1 secret …"): semicolons, Japanese 、. */
export function joinClauses(clauses: readonly string[], locale: string = uiLocale()): string {
  return clauses.join(locale.toLowerCase().startsWith('ja') ? '、' : '; ');
}

/**
 * Names in running text, with the language's "and" before the last ("Alex and Sam", "Alex und Sam",
 * "Alex、Sam"). English keeps the form without a serial comma ("a, b and c").
 */
export function joinAnd(items: readonly string[], locale: string = uiLocale()): string {
  if (items.length <= 1) return items.join('');
  const language = locale.toLowerCase().startsWith('en') ? 'en-GB' : locale;
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return joinList(items, locale);
  }
}
