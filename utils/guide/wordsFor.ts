/**
 * Assembles a frame's guide words (see guideWords.ts): the portal's phrases in English always,
 * plus the page's languages (to recognise controls), and what the guide says in the page's own
 * language (calloutTables/), English where that language is unknown or not supported.
 * Runs in the background and in tests, never in the page script.
 */
import type { Locale } from '../portal/captureLabels';
import type { GuideWords } from './guideWords';
import { PHRASE_TABLES } from './phraseTables';
import { PHRASE_MODES } from './phraseTables/modes';
import { SUB_STEPS } from './subSteps';
import { WRONG_TURNS } from './wrongTurns';
import { CALLOUT_TABLES } from './calloutTables';

const isLocale = (tag: string | undefined): tag is Locale => tag !== undefined && Object.hasOwn(CALLOUT_TABLES, tag);

/**
 * `locales`: the page's languages, its own first; `language`: the one the guide speaks there
 * (by default the first of them).
 */
export function wordsFor(locales: readonly string[], language: string | undefined = locales[0]): GuideWords {
  const speaks: Locale = isLocale(language) ? language : 'en';
  const read = new Set<Locale>(['en', ...locales.filter(isLocale), speaks]);
  const table = CALLOUT_TABLES[speaks];
  return {
    phrases: [...read].map((locale) => PHRASE_TABLES[locale]),
    modes: PHRASE_MODES,
    subSteps: Object.fromEntries(
      SUB_STEPS.map((s) => [s.id, { callout: table.subSteps[s.id], ...(s.typeText !== undefined && { typeText: s.typeText }) }]),
    ),
    wrongTurns: Object.fromEntries(
      Object.entries(WRONG_TURNS).map(([variant, turn]) => {
        const { message, fix } = table.wrongTurns[variant as keyof typeof WRONG_TURNS];
        return [variant, { id: turn.id, severity: turn.severity, message, fix }];
      }),
    ),
    otherApp: table.otherApp,
    variants: table.variants,
    overlay: table.overlay,
    secret: table.secret,
  };
}
