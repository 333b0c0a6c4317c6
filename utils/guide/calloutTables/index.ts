/**
 * Every language's guide words. Imported only by the background (wordsFor) and tests: a page
 * receives the one table of its language, never this module.
 */
import type { Locale } from '../../portal/captureLabels';
import type { CalloutTable } from './types';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { ja } from './ja';

export const CALLOUT_TABLES: Readonly<Record<Locale, CalloutTable>> = { en, de, fr, es, ja };
