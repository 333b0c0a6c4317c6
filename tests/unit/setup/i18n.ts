/**
 * Unit tests read the extension's words as an English browser would: browser.i18n.getMessage
 * answers from locales/en.yml, through the same parser the build uses. A missing key answers ''
 * (as Chrome does), so a test that asserts on words catches it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(__dirname, '../../../locales/en.yml'), 'utf8'), 'YAML'));

function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_match, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

const english = () => Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
// Now, for words read when a module loads, and before each test, in case one replaced them.
english();
beforeEach(english);
