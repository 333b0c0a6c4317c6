/**
 * The languages a portal frame shows, besides English (always loaded): from the frame's own
 * `l=` parameter (portal frames carry `l=de.de-de`), the document's lang, and the browser's
 * language (the portal's default). Several may disagree, since frames can lag the shell: all
 * that are supported are loaded.
 */
import type { Locale } from '../portal/captureLabels';

export type ExtraLocale = Exclude<Locale, 'en'>;
const EXTRA: readonly string[] = ['de', 'fr', 'es', 'ja'];

function primary(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_.]/)[0] ?? '';
}

export function pageLocales(doc: Document): ExtraLocale[] {
  const tags = [/[?&]l=([^&]*)/.exec(doc.location.search)?.[1], doc.documentElement.lang, doc.defaultView?.navigator.language];
  return [...new Set(tags.map(primary))].filter((tag): tag is ExtraLocale => EXTRA.includes(tag));
}
