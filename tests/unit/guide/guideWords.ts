/**
 * Gives the guide modules their words, as the background does for a page (see
 * utils/guide/guideWords.ts): every language at once, so each table is exercised.
 */
import { useGuideWords } from '../../../utils/guide/guideWords';
import { wordsFor } from '../../../utils/guide/wordsFor';

useGuideWords(wordsFor(['de', 'fr', 'es', 'ja']));
