/**
 * Reads the Expires column of a client secret row to an ISO date, by the portal's locale.
 * Numeric dates such as 5/7/2027 read two ways; the portal formats them in the locale named by
 * its frame's `l=` parameter (`l=en.en-us`, `l=de.de-de`) or the document's language, so that
 * locale decides. Without one, nothing is guessed: the result lists both readings and the admin
 * picks (a guess by "nearest to today + 24 months" turned a 6-month secret into a 20-month one).
 */
export type ParsedExpiry =
  | { iso: string; ambiguous: false }
  /** Two (or more) readings and no locale to choose between them. */
  | { ambiguous: true; candidates: string[] };

export interface ExpiryContext {
  /** The portal's format locale (`en-US`, `de-DE`, `l=` values such as `en.en-gb` are accepted). */
  locale?: string;
}

type DateOrder = 'mdy' | 'dmy' | 'ymd';

const MONTH_NAMES: Record<string, number> = {};
const MONTHS_BY_LOCALE = [
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
];
for (const names of MONTHS_BY_LOCALE) names.forEach((name, i) => (MONTH_NAMES[name] ??= i + 1));
MONTH_NAMES.sep = 9;
MONTH_NAMES.maerz = 3;
MONTH_NAMES.fev = 2;

function monthFromName(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let len = Math.min(w.length, 5); len >= 3; len--) {
    const m = MONTH_NAMES[w.slice(0, len)];
    if (m) return m;
  }
  return undefined;
}

function toIso(y: number, m: number, d: number): string | undefined {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

/**
 * The format locale in a portal locale value: `l=en.en-us` names the UI language, then the
 * format culture; a document language is a plain tag.
 */
export function formatLocale(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const tag = value.includes('.') ? value.slice(value.lastIndexOf('.') + 1) : value;
  return /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i.test(tag) ? tag : undefined;
}

/** Day, month and year order of a locale's short numeric dates. */
export function dateOrder(locale: string | undefined): DateOrder | undefined {
  const tag = formatLocale(locale);
  if (!tag) return undefined;
  try {
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    const order = parts.map((t) => t[0]).join('');
    return order === 'mdy' || order === 'dmy' || order === 'ymd' ? order : undefined;
  } catch {
    return undefined;
  }
}

function single(iso: string | undefined): ParsedExpiry | undefined {
  return iso ? { iso, ambiguous: false } : undefined;
}

/** a/b/yyyy: read by the locale's order; by itself only when just one reading is a real date. */
function numericDate(a: number, b: number, year: number, order: DateOrder | undefined): ParsedExpiry | undefined {
  const monthFirst = toIso(year, a, b);
  const dayFirst = toIso(year, b, a);
  if (!monthFirst || !dayFirst || monthFirst === dayFirst) return single(monthFirst ?? dayFirst);
  if (order === 'mdy') return single(monthFirst);
  if (order === 'dmy') return single(dayFirst);
  return { ambiguous: true, candidates: [monthFirst, dayFirst] };
}

export function parseExpiry(text: string, context: ExpiryContext = {}): ParsedExpiry | undefined {
  // Japanese and Chinese dates: 2027年1月8日.
  const cleaned = text
    .replace(/[年月]/g, '/')
    .replace(/日/g, '')
    .replace(/[\u200e\u200f]/g, '')
    .trim();

  const iso = cleaned.match(/\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?\b/);
  if (iso) return single(toIso(+iso[1]!, +iso[2]!, +iso[3]!));

  const yearFirst = cleaned.match(/\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/);
  if (yearFirst) return single(toIso(+yearFirst[1]!, +yearFirst[2]!, +yearFirst[3]!));

  // Dots mean day first in every locale the portal offers (28.11.2028, 28. 11. 2028).
  const dotted = cleaned.match(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2,4})\b/);
  if (dotted) return single(toIso(fullYear(+dotted[3]!), +dotted[2]!, +dotted[1]!));

  const numeric = cleaned.match(/\b(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\b/);
  if (numeric) return numericDate(+numeric[1]!, +numeric[2]!, fullYear(+numeric[3]!), dateOrder(context.locale));

  // "Jan 8, 2027", "8 Jan 2027", "8. Januar 2027", "8 de enero de 2027", "8 janv. 2027".
  const words = cleaned.toLowerCase().split(/[\s,]+/).filter((w) => w && w !== 'de');
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    const number = word.replace(/\.$/, '');
    if (/^\d{4}$/.test(number)) year = +number;
    else if (/^\d{1,2}$/.test(number)) day = +number;
    else month ??= monthFromName(word);
  }
  if (day && month && year) return single(toIso(year, month, day));
  return undefined;
}

/** Whole days from `today` to an ISO date (UTC calendar days). */
export function daysUntil(iso: string, today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(iso) - start) / 86_400_000);
}
