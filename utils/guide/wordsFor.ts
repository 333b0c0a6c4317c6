/**
 * Assembles a frame's guide words (see guideWords.ts): English always, plus the page's languages.
 * Runs in the background and in tests, never in the page script.
 */
import type { Locale } from '../portal/captureLabels';
import type { GuideWords } from './guideWords';
import { PHRASE_TABLES } from './phraseTables';
import { PHRASE_MODES } from './phraseTables/modes';
import { CALLOUT_VARIANTS, SUB_STEPS } from './subSteps';
import { WRONG_TURNS } from './wrongTurns';

const OTHER_APP =
  'This is not the app you are setting up ("{app}"). The guide points at nothing here.\nOpen "{app}" from App registrations, or switch to this app in the side panel.';

export function wordsFor(locales: readonly Locale[]): GuideWords {
  const wanted = ['en', ...locales.filter((l) => l !== 'en')] as Locale[];
  return {
    phrases: wanted.map((locale) => PHRASE_TABLES[locale]),
    modes: PHRASE_MODES,
    subSteps: Object.fromEntries(SUB_STEPS.map((s) => [s.id, { callout: s.callout, ...(s.typeText !== undefined && { typeText: s.typeText }) }])),
    wrongTurns: WRONG_TURNS,
    otherApp: OTHER_APP,
    variants: CALLOUT_VARIANTS,
  };
}
