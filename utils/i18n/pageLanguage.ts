/**
 * The language an extension page declares in `<html lang>`, so screen readers pronounce its words
 * right. That is the language its messages are in (the locale Chrome picked, which falls back to
 * English for a browser language the extension does not speak), refined by the browser's region
 * when the two agree ("de-AT"), never the browser's language alone: a Portuguese browser reads
 * English messages, and they must not be pronounced as Portuguese.
 */
export function pageLanguage(messagesLanguage: string, uiLanguage: string): string {
  const ui = uiLanguage.replaceAll('_', '-');
  const primary = ui.split('-')[0]?.toLowerCase();
  return primary && primary === messagesLanguage.toLowerCase() ? ui : messagesLanguage;
}
