/**
 * Reads the Expires column of a client secret row, whatever the portal's locale, to an ISO
 * date. Numeric dates with three parts are ambiguous between month-first and day-first; the
 * secret was just created, so the reading closest to today + the expected lifetime wins.
 */
export interface ParsedExpiry {
  iso: string;
  /** More than one reading was possible and the expected lifetime decided. */
  ambiguous: boolean;
}

export interface ExpiryContext {
  today: Date;
  expectedDays: number;
}

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

function pickClosest(candidates: string[], context: ExpiryContext): ParsedExpiry | undefined {
  const unique = [...new Set(candidates)];
  if (unique.length === 0) return undefined;
  const expected = Date.UTC(
    context.today.getUTCFullYear(),
    context.today.getUTCMonth(),
    context.today.getUTCDate() + context.expectedDays,
  );
  unique.sort((a, b) => Math.abs(Date.parse(a) - expected) - Math.abs(Date.parse(b) - expected));
  return { iso: unique[0]!, ambiguous: unique.length > 1 };
}

export function parseExpiry(text: string, context: ExpiryContext): ParsedExpiry | undefined {
  // Japanese and Chinese dates: 2027年1月8日.
  const cleaned = text
    .replace(/[年月]/g, '/')
    .replace(/日/g, '')
    .replace(/[\u200e\u200f]/g, '')
    .trim();

  const iso = cleaned.match(/\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?\b/);
  if (iso) return pickClosest([toIso(+iso[1]!, +iso[2]!, +iso[3]!)].filter(isString), context);

  const yearFirst = cleaned.match(/\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/);
  if (yearFirst) return pickClosest([toIso(+yearFirst[1]!, +yearFirst[2]!, +yearFirst[3]!)].filter(isString), context);

  const dotted = cleaned.match(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2,4})\b/);
  if (dotted) return pickClosest([toIso(fullYear(+dotted[3]!), +dotted[2]!, +dotted[1]!)].filter(isString), context);

  const numeric = cleaned.match(/\b(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\b/);
  if (numeric) {
    const a = +numeric[1]!;
    const b = +numeric[2]!;
    const y = fullYear(+numeric[3]!);
    return pickClosest([toIso(y, a, b), toIso(y, b, a)].filter(isString), context);
  }

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
  if (day && month && year) return pickClosest([toIso(year, month, day)].filter(isString), context);
  return undefined;
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}

/** Whole days from `today` to an ISO date (UTC calendar days). */
export function daysUntil(iso: string, today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(iso) - start) / 86_400_000);
}
