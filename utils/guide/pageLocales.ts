/**
 * The languages a portal frame shows, besides English (always loaded): from the frame's own
 * `l=` parameter (portal frames carry `l=de.de-de`), the document's lang, and the browser's
 * language (the portal's default). Several may disagree, since frames can lag the shell: all
 * that are supported are loaded. Decided in the background from what the frame reports, so the
 * page script only passes its document's lang along. The guide speaks one of them: pageLanguage.
 */
import type { Locale } from '../portal/captureLabels';

export type ExtraLocale = Exclude<Locale, 'en'>;
const EXTRA: readonly string[] = ['de', 'fr', 'es', 'ja'];

function primary(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_.]/)[0] ?? '';
}

function frameLanguage(frameUrl: string | undefined): string | null {
  try {
    return frameUrl ? new URL(frameUrl).searchParams.get('l') : null;
  } catch {
    return null;
  }
}

export function pageLocales(frameUrl: string | undefined, documentLang: string | undefined, browserLang: string | undefined): ExtraLocale[] {
  return [...new Set([frameLanguage(frameUrl), documentLang, browserLang].map(primary))].filter((tag): tag is ExtraLocale => EXTRA.includes(tag));
}

/**
 * The one language the guide speaks in a frame: the first of its `l=`, its document's lang and
 * the browser's language that names one (the portal's own choice before the fallbacks), or
 * English when that language is not one of ours.
 */
export function pageLanguage(frameUrl: string | undefined, documentLang: string | undefined, browserLang: string | undefined): Locale {
  const first = [frameLanguage(frameUrl), documentLang, browserLang].map(primary).find((tag) => tag !== '');
  return first !== undefined && EXTRA.includes(first) ? (first as ExtraLocale) : 'en';
}
