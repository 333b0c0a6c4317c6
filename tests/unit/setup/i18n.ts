/**
 * Unit tests read the extension's words as an English browser would: browser.i18n.getMessage
 * answers from locales/en.yml, through the same parser the build uses. A missing key answers ''
 * (as Chrome does), so a test that asserts on words catches it.
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageGetter } from '../../i18nMessages';

const getMessage = messageGetter('en');
const english = () => Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
// Now, for words read when a module loads, and before each test, in case one replaced them.
english();
beforeEach(english);
