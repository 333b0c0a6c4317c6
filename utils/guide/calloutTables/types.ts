/**
 * What the guide says on a page, in one language: every sub-step's callout, the callout variants,
 * the wrong turns' explanations, the other-app notice and the overlay's own words. One file a
 * language beside this one; the background picks the page's language (wordsFor), so the page
 * script carries none of them.
 */
import type { PhraseKey, PhraseTable } from '../phraseTables/modes';
import type { CalloutVariant, SubStepId } from '../subSteps';
import type { WrongTurnVariant } from '../wrongTurns';

export interface OverlayWords {
  /** The callout's accessible name. */
  label: string;
  brand: string;
  /** The close button's accessible name. */
  close: string;
  /** The button that types a text for the admin; `{text}` is that text. */
  type: string;
}

/** How a renewal callout names the old secret (`{old}`): by its description, its Value's first characters, or neither. */
export interface SecretWords {
  /** `{text}`: the description. */
  description: string;
  /** `{hint}`: the Value's first characters. */
  value: string;
  unknown: string;
}

export interface CalloutTable {
  subSteps: Readonly<Record<SubStepId, string>>;
  variants: Readonly<Record<CalloutVariant, string>>;
  wrongTurns: Readonly<Record<WrongTurnVariant, { readonly message: string; readonly fix: string }>>;
  /** `{app}` is the app being set up. */
  otherApp: string;
  overlay: OverlayWords;
  secret: SecretWords;
}

/**
 * The portal's own label for a control in a language, as a callout quotes it, so the callout
 * names the button the admin sees. The tenant's name in a label (`{org}`) is shown as "…".
 */
export function portalLabels(table: PhraseTable): (key: PhraseKey, index?: number) => string {
  return (key, index = 0) => (table[key][index] ?? table[key][0] ?? '').split('{org}').join('…');
}
