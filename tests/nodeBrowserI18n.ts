/**
 * Extension code run in Node (the Graph engine in the bench) reads its words through
 * browser.i18n, which Node does not have: this gives it English from locales/en.yml. Import it
 * before any extension module, since the browser object is chosen when that module loads.
 */
import { messageGetter } from './i18nMessages';

const scope = globalThis as unknown as { chrome?: { i18n?: unknown; runtime?: { id?: string } } };
if (!scope.chrome?.i18n) {
  scope.chrome = { ...scope.chrome, runtime: { ...scope.chrome?.runtime, id: scope.chrome?.runtime?.id ?? 'node' }, i18n: { getMessage: messageGetter('en'), getUILanguage: () => 'en-US' } };
}
