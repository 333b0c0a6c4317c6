/**
 * Gives the guide modules their words, as the background does for a page (see
 * utils/guide/guideWords.ts): every language's phrases at once, so each table is exercised,
 * spoken in English (listed first), so tests assert the English callouts.
 */
import { useGuideWords } from '../../../utils/guide/guideWords';
import { wordsFor } from '../../../utils/guide/wordsFor';

useGuideWords(wordsFor(['en', 'de', 'fr', 'es', 'ja']));
