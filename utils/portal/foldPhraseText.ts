/**
 * The one way portal UI text is compared, by the capture labels and the guide's phrase table.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u02bc\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACE = /[\s\u200b-\u200d\ufeff]+/g;

/**
 * The form phrases are compared in: icon glyphs gone, case and accents folded, full-width
 * forms made ASCII, and all spacing removed. Spacing is dropped rather than collapsed because
 * translations differ in it ("クライアント シークレット" vs "クライアントシークレット",
 * French spaces before "?"). A leading "+" (toolbar "+ New client secret") and a trailing
 * required-field "*" or ":" are noise too.
 */
export function foldPhraseText(text: string): string {
  const plain = text.replace(PRIVATE_USE, '');
  // Most portal text is ASCII; Unicode normalisation is the costly part and changes nothing there.
  const composed = NON_ASCII.test(plain) ? plain.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC') : plain;
  return composed
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(SPACE, '')
    .replace(/^\++/, '')
    .replace(/[*:]+$/, '');
}
