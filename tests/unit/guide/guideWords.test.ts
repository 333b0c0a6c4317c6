import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../utils/guide/wordsFor';
import { pageLanguage, pageLocales } from '../../../utils/guide/pageLocales';
import { CALLOUT_TABLES } from '../../../utils/guide/calloutTables';
import { PHRASE_TABLES } from '../../../utils/guide/phraseTables';
import { SUB_STEPS } from '../../../utils/guide/subSteps';
import { WRONG_TURNS } from '../../../utils/guide/wrongTurns';

describe('wordsFor', () => {
  it('always gives English, then the page languages', () => {
    expect(wordsFor([]).phrases).toEqual([PHRASE_TABLES.en]);
    expect(wordsFor(['de', 'ja']).phrases).toEqual([PHRASE_TABLES.en, PHRASE_TABLES.de, PHRASE_TABLES.ja]);
  });

  it('gives every callout and explanation', () => {
    const words = wordsFor([]);
    for (const s of SUB_STEPS) expect(words.subSteps[s.id]?.callout).toBe(s.callout);
    expect(Object.keys(words.wrongTurns).sort()).toEqual(Object.keys(WRONG_TURNS).sort());
    expect(words.otherApp).toContain('{app}');
  });

  it("speaks the page's language, its first", () => {
    const words = wordsFor(['de']);
    expect(words.subSteps['register.new-registration']?.callout).toBe('Klicken Sie auf "Neue Registrierung".\nTonicDM benötigt eine eigene App-Registrierung in Ihrem Mandanten.');
    expect(words.wrongTurns['not-single-tenant']).toMatchObject({ id: 'not-single-tenant', severity: 'error', message: CALLOUT_TABLES.de.wrongTurns['not-single-tenant'].message });
    expect(words.variants).toEqual(CALLOUT_TABLES.de.variants);
    expect(words.otherApp).toBe(CALLOUT_TABLES.de.otherApp);
    expect(words.overlay).toEqual(CALLOUT_TABLES.de.overlay);
    // What is typed stays verbatim.
    expect(words.subSteps['register.name']?.typeText).toBe('TonicDM Office 365 Token');
    expect(words.subSteps['api-permissions.role.Mail.ReadWrite']?.typeText).toBe('Mail.ReadWrite');
  });

  it.each<[string, string[], string | undefined]>([
    ['no language', [], undefined],
    ['an unknown language', ['xx'], undefined],
    ['an unsupported language first', ['pt', 'de'], undefined],
    ['English asked for', ['de'], 'en'],
  ])('speaks English for %s', (_case, locales, language) => {
    const words = wordsFor(locales, language);
    for (const s of SUB_STEPS) expect(words.subSteps[s.id]?.callout).toBe(s.callout);
    expect(words.wrongTurns).toEqual(WRONG_TURNS);
    expect(words.overlay).toEqual(CALLOUT_TABLES.en.overlay);
    expect(words.phrases[0]).toBe(PHRASE_TABLES.en);
    expect(words.phrases).not.toContain(undefined);
  });

  it('reads the phrases of the language it speaks', () => {
    expect(wordsFor([], 'fr').phrases).toEqual([PHRASE_TABLES.en, PHRASE_TABLES.fr]);
  });

  // The background drops a page report with a text over 200 characters, and the progress in it
  // (every other language: calloutTables.test.ts).
  it.each(Object.entries(WRONG_TURNS))('%s fits in a report', (_id, turn) => {
    expect(turn.message.length).toBeLessThanOrEqual(200);
    expect(turn.fix.length).toBeLessThanOrEqual(200);
  });
});

describe('pageLocales', () => {
  it.each<[string | undefined, string | undefined, string | undefined, string[]]>([
    ['https://registeredapps.hosting.portal.azure.net/registeredapps/Content/x/Index.html?l=de.de-de&trustedAuthority=x', 'en', 'en-US', ['de']],
    ['https://sandbox-22-5.reactblade.portal.azure.net/React/Index?l=ja', 'ja-JP', 'fr-FR', ['ja', 'fr']],
    ['https://entra.microsoft.com/#view/x', 'es', 'en-US', ['es']],
    ['https://entra.microsoft.com/', 'en-US', 'en-GB', []],
    [undefined, '', 'pt-BR', []],
    ['not a url', 'de-CH', undefined, ['de']],
  ])('%s, lang %s, browser %s → %j', (url, lang, browserLang, expected) => {
    expect(pageLocales(url, lang, browserLang)).toEqual(expected);
  });
});

describe('pageLanguage', () => {
  it.each<[string | undefined, string | undefined, string | undefined, string]>([
    ['https://registeredapps.hosting.portal.azure.net/registeredapps/Content/x/Index.html?l=de.de-de&trustedAuthority=x', 'en', 'en-US', 'de'],
    ['https://sandbox-22-5.reactblade.portal.azure.net/React/Index?l=ja', 'ja-JP', 'fr-FR', 'ja'],
    ['https://entra.microsoft.com/#view/x', 'es', 'en-US', 'es'],
    ['https://entra.microsoft.com/', 'fr-CA', 'de-DE', 'fr'],
    // The page says English: a German browser does not make the guide speak German there.
    ['https://x.reactblade.portal.azure.net/React/Index?l=en.en-us', 'en', 'de-DE', 'en'],
    ['https://entra.microsoft.com/', 'en-US', 'ja', 'en'],
    // A language we do not speak: English, not the browser's.
    ['https://entra.microsoft.com/', 'pt-BR', 'de-DE', 'en'],
    [undefined, '', 'de-AT', 'de'],
    ['not a url', undefined, undefined, 'en'],
  ])('%s, lang %s, browser %s → %s', (url, lang, browserLang, expected) => {
    expect(pageLanguage(url, lang, browserLang)).toBe(expected);
  });
});
