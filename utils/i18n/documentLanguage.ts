/**
 * The language an extension page is written in, for `<html lang>` (screen readers pick their voice
 * and hyphenation by it). It is the language of the messages the browser chose for the extension,
 * read from a message each locale file states for itself: a browser in a language the extension
 * does not speak shows English words, and the page then says "en", not the browser's language.
 */
import { i18n } from '#i18n';

export function documentLanguage(): string {
  try {
    return i18n.t('documentLanguage.tag') || 'en';
  } catch {
    return 'en';
  }
}

/** Sets `<html lang>` (and the title, when given) before the page renders. */
export function applyDocumentLanguage(doc: Document, title?: string): void {
  doc.documentElement.lang = documentLanguage();
  if (title) doc.title = title;
}
