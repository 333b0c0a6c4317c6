/**
 * Every language's phrase table. The background serves a page the table of its language from
 * here, and tests match against all of them; the guide script itself carries English only.
 */
import type { Locale } from '../../portal/captureLabels';
import type { PhraseTable } from './modes';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { ja } from './ja';

export const PHRASE_TABLES: Readonly<Record<Locale, PhraseTable>> = { en, de, fr, es, ja };
