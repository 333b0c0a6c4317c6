/**
 * The languages a portal frame shows, besides English (always loaded): from the frame's own
 * `l=` parameter (portal frames carry `l=de.de-de`), the document's lang, and the browser's
 * language (the portal's default). Several may disagree, since frames can lag the shell: all
 * that are supported are loaded. Decided in the background from what the frame reports, so the
 * page script only passes its document's lang along.
 */
import type { Locale } from '../portal/captureLabels';

export type ExtraLocale = Exclude<Locale, 'en'>;
const EXTRA: readonly string[] = ['de', 'fr', 'es', 'ja'];

function primary(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_.]/)[0] ?? '';
}

export function pageLocales(frameUrl: string | undefined, documentLang: string | undefined, browserLang: string | undefined): ExtraLocale[] {
  let l: string | null = null;
  try {
    l = frameUrl ? new URL(frameUrl).searchParams.get('l') : null;
  } catch {
    l = null;
  }
  return [...new Set([l, documentLang, browserLang].map(primary))].filter((tag): tag is ExtraLocale => EXTRA.includes(tag));
}
