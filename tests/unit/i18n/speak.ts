/**
 * Makes the test browser speak another language: browser.i18n answers from locales/<lang>.yml,
 * the way tests/unit/setup/i18n.ts makes it speak English. Words a module reads when it loads need
 * the module loaded afresh after this (vi.resetModules, then a dynamic import).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageGetter, messagesOf, type Language } from '../../i18nMessages';

export { messagesOf, type Language };

export function speak(lang: Language): void {
  Object.assign(fakeBrowser.i18n, { getMessage: messageGetter(lang), getUILanguage: () => lang });
}
