import { dateFieldPattern, type DatePattern } from './dateFieldPattern';
import type { TextField } from './isFillableCandidate';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

export interface DateParts {
  y: number;
  m: number;
  d: number;
}

/** Splits a YYYY-MM-DD calendar date, rejecting impossible dates such as 2027-02-30. */
export function parseIsoDate(iso: string): DateParts {
  const match = ISO_DATE.exec(iso);
  const [y, m, d] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (!match || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError('Expiry must be a calendar date written YYYY-MM-DD');
  }
  return { y, m, d };
}

/** Renders a YYYY-MM-DD date in the given field format. */
export function formatIsoDate(iso: string, pattern: DatePattern): string {
  const date = parseIsoDate(iso);
  switch (pattern.kind) {
    case 'iso':
      return iso;
    case 'datetime-local':
      // Midnight local: TonicDM only needs the day, and a time of day would invite a zone shift.
      return `${iso}T00:00`;
    case 'month':
      return iso.slice(0, 7);
    case 'locale':
      // Right-to-left locales wrap the separators in bidi marks that no form field expects.
      return new Intl.DateTimeFormat(pattern.locale, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone: 'UTC',
        numberingSystem: 'latn',
      })
        .format(Date.UTC(date.y, date.m - 1, date.d))
        .replace(BIDI_MARKS, '');
    case 'parts':
      return pattern.order
        .map((part) => {
          const width = pattern.widths[part];
          const value = part === 'y' && width === 2 ? date.y % 100 : date[part];
          return String(value).padStart(width, '0');
        })
        .join(pattern.separator);
  }
}

/**
 * The expiry as this field wants it typed: ISO for `type=date`, `YYYY-MM-DDT00:00` for
 * `type=datetime-local`, else the pattern the page shows (placeholder or linked hint), else
 * the locale's numeric short date, else ISO.
 */
export function formatExpiryForField(el: TextField, iso: string, locale: string): string {
  return formatIsoDate(iso, dateFieldPattern(el, locale));
}
