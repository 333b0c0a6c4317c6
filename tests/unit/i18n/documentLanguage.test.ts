import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyDocumentLanguage, documentLanguage } from '../../../utils/i18n/documentLanguage';

/** Answers as a browser whose extension messages are in `tag`'s language (or missing, with ''). */
function messagesIn(tag: string) {
  Object.assign(fakeBrowser.i18n, { getMessage: (name: string) => (name === 'documentLanguage_tag' ? tag : '') });
}

describe('the language a page declares', () => {
  it.each([
    ['the English messages', 'en', 'en'],
    ['German messages', 'de', 'de'],
    ['Japanese messages', 'ja', 'ja'],
    // A message missing (a locale without the key) never leaves the page without a language.
    ['no message', '', 'en'],
  ])('%s → lang="%s"', (_name, tag, expected) => {
    messagesIn(tag);
    expect(documentLanguage()).toBe(expected);
  });

  it('is the language of the words shown, not the browser language: a Portuguese browser gets English words and lang="en"', () => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'pt-BR' });
    expect(documentLanguage()).toBe('en');
  });

  it('sets <html lang> and the title', () => {
    messagesIn('fr');
    const doc = document.implementation.createHTMLDocument('before');
    applyDocumentLanguage(doc, 'Options');
    expect([doc.documentElement.lang, doc.title]).toEqual(['fr', 'Options']);
    applyDocumentLanguage(doc);
    expect(doc.title).toBe('Options');
  });
});
