/**
 * Every date and time the extension shows, in one format per language: the browser's language
 * (the one the panel, Options and notifications speak), through Intl. An expiry is a calendar day,
 * so it is formatted in UTC and never shifts by a time zone. TonicDM's own field keeps the format
 * its form needs (utils/tonicdm/formatExpiryForField.ts), not this one.
 */
import { browser } from 'wxt/browser';

/** The browser's UI language ("de", "en-US"); English when the API is not there. */
export function uiLocale(): string {
  try {
    return browser.i18n?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, kind: 'day' | 'time' | 'moment'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : kind === 'time' ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

/** A calendar day given as YYYY-MM-DD: "2 December 2028", "2. Dezember 2028", "2028年12月2日". */
export function formatDay(iso: string, locale: string = uiLocale()): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format(locale, 'day').format(date);
}

/** A time of day today: "14:05", "2:05 PM". */
export function formatTime(at: number, locale: string = uiLocale()): string {
  return format(locale, 'time').format(at);
}

/** A moment on another day: "3 Dec 2026, 14:05". */
export function formatMoment(at: number, locale: string = uiLocale()): string {
  return format(locale, 'moment').format(at);
}
