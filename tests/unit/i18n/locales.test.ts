/**
 * Every language says everything English says, with the same placeholders and plural forms:
 * a key missing in one language would show as an empty string in that browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';

const DIR = resolve(__dirname, '../../../locales');
const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'];

function load(lang: string): Map<string, ParsedMessage> {
  const parsed = parseMessagesText(readFileSync(resolve(DIR, `${lang}.yml`), 'utf8'), 'YAML');
  return new Map(parsed.map((m) => [m.key.join('.'), m]));
}

/** What a message needs from the code: its $n placeholders, and whether it is plural. */
function shape(message: ParsedMessage): { placeholders: string[]; plural: boolean } {
  const texts = message.type === 'plural' ? Object.values(message.plurals) : [message.message];
  const placeholders = [...new Set(texts.flatMap((t) => t.match(/\$[1-9]/g) ?? []))].sort();
  return { placeholders, plural: message.type === 'plural' };
}

const english = load('en');

describe('locales', () => {
  it('has exactly the five languages', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.yml')).map((f) => f.replace('.yml', '')).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key and no other', (lang) => {
    expect([...load(lang).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)('%s: no empty message, the placeholders and plural forms English has', (lang) => {
    const problems: string[] = [];
    for (const [key, message] of load(lang)) {
      const texts = message.type === 'plural' ? Object.values(message.plurals) : [message.message];
      if (texts.some((t) => t.trim() === '')) problems.push(`${key}: empty`);
      const base = english.get(key);
      if (base && JSON.stringify(shape(message)) !== JSON.stringify(shape(base))) problems.push(`${key}: ${JSON.stringify(shape(message))} vs English ${JSON.stringify(shape(base))}`);
    }
    expect(problems).toEqual([]);
  });
});
