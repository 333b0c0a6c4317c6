/**
 * The guide's words: what each callout says (subSteps.ts), how each wrong turn is explained
 * (wrongTurns.ts) and the overlay's own words, all in the page's language (calloutTables/), and
 * the portal's phrases in the page's languages, with how each is compared (phraseTables/). The page
 * script carries none of them: the background hands a frame its words when the guide starts
 * (wordsFor), so the script injected into portal frames stays small and a page loads only its
 * own languages. Until they arrive the guide does nothing.
 */
import type { Locale } from '../portal/captureLabels';
import { addPhraseTable, setPhraseModes, type MatchMode, type PhraseKey, type PhraseTable } from './phrases';
import type { CalloutVariant, SubStepId } from './subSteps';
import type { WrongTurn, WrongTurnVariant } from './wrongTurns';
import type { OverlayWords, SecretWords } from './calloutTables/types';

export interface GuideWords {
  phrases: PhraseTable[];
  modes: Record<PhraseKey, MatchMode>;
  subSteps: Record<string, { callout: string; typeText?: string }>;
  wrongTurns: Record<string, WrongTurn>;
  /** Shown instead of any pointer on another app's blades; `{app}` is the app being set up. */
  otherApp: string;
  /** Callouts a locator uses in place of its sub-step's (see subSteps.ts CALLOUT_VARIANTS). */
  variants: Record<string, string>;
  /** The callout's own labels (utils/overlay/guideOverlay.ts). */
  overlay: OverlayWords;
  /** How a renewal callout names the old secret (read/secretRows.ts describeSecret). */
  secret: SecretWords;
}

let words: GuideWords | undefined;

export function useGuideWords(next: GuideWords): void {
  setPhraseModes(next.modes);
  for (const table of next.phrases) addPhraseTable(table);
  words = next;
}

export function hasGuideWords(): boolean {
  return words !== undefined;
}

// Both are read only while the guide runs, which it does only once its words are in.
export function subStepWords(id: SubStepId): { callout: string; typeText?: string } {
  return words!.subSteps[id]!;
}

export function wrongTurn(variant: WrongTurnVariant): WrongTurn {
  return { ...words!.wrongTurns[variant]! };
}

export function otherAppNotice(appName: string): string {
  return (words?.otherApp ?? '').split('{app}').join(appName);
}

/** A callout variant, its `{role}` filled in. */
export function calloutVariant(key: CalloutVariant, role = ''): string {
  return words!.variants[key]!.split('{role}').join(role);
}

/** The overlay's labels; it is drawn only once the words are in. */
export function overlayWords(): OverlayWords {
  return words!.overlay;
}

/** How renewal callouts name a secret; read only while the guide runs. */
export function secretWords(): SecretWords {
  return words!.secret;
}

export type { Locale, OverlayWords };
