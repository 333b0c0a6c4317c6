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
