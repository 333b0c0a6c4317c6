import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../utils/guide/wordsFor';
import { pageLocales } from '../../../utils/guide/pageLocales';
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

  // The background drops a page report with a text over 200 characters, and the progress in it.
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
