/**
 * The extension's words as browser.i18n.getMessage answers them, read from locales/<lang>.yml
 * through the parser the build uses, for code that runs outside a browser: unit tests, and the
 * Graph engine run in Node by the bench. A missing key answers '' (as Chrome does).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

// Vitest defines __dirname; Playwright loads this file as an ES module, where only import.meta.url says where it is.
const HERE = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

export type Language = 'en' | 'de' | 'fr' | 'es' | 'ja';

export function messagesOf(lang: Language): Record<string, { message: string }> {
  return generateChromeMessages(parseMessagesText(readFileSync(resolve(HERE, `../locales/${lang}.yml`), 'utf8'), 'YAML'));
}

export function messageGetter(lang: Language): (name: string, substitutions?: string | string[]) => string {
  const messages = messagesOf(lang);
  return (name, substitutions) => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_match, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
  };
}
