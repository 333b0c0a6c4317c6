/**
 * Makes the test browser speak another language: browser.i18n answers from locales/<lang>.yml,
 * the way tests/unit/setup/i18n.ts makes it speak English. Words a module reads when it loads need
 * the module loaded afresh after this (vi.resetModules, then a dynamic import).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export type Language = 'en' | 'de' | 'fr' | 'es' | 'ja';

export function messagesOf(lang: Language): Record<string, { message: string }> {
  return generateChromeMessages(parseMessagesText(readFileSync(resolve(__dirname, `../../../locales/${lang}.yml`), 'utf8'), 'YAML'));
}

export function speak(lang: Language): void {
  const messages = messagesOf(lang);
  const getMessage = (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_match, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
  };
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => lang });
}
