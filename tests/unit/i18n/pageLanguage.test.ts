import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../utils/i18n/pageLanguage';

describe('the language a page declares', () => {
  it.each([
    ['en', 'en-US', 'en-US'],
    ['en', 'en_GB', 'en-GB'],
    ['de', 'de', 'de'],
    ['de', 'de-AT', 'de-AT'],
    ['ja', 'ja', 'ja'],
    ['fr', 'fr-CA', 'fr-CA'],
    // A language the extension does not speak: its messages are English, and so is the page.
    ['en', 'pt-BR', 'en'],
    ['en', 'nl', 'en'],
    // A prefix is not a language: "e" is not "en".
    ['en', 'e', 'en'],
    ['en', '', 'en'],
  ])('messages in %s, browser in "%s": %s', (messages, ui, expected) => {
    expect(pageLanguage(messages, ui)).toBe(expected);
  });
});
