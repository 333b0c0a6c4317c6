import { describe, expect, it } from 'vitest';
import { dateOrder, daysUntil, formatLocale, parseExpiry } from '../../../utils/values/parseExpiry';

const today = new Date('2026-11-28T10:00:00Z');

describe('parseExpiry', () => {
  it.each([
    ['en-US M/D/YYYY (only one reading is a date)', '11/28/2028', undefined, '2028-11-28'],
    ['en-GB D/M/YYYY (only one reading is a date)', '28/11/2028', undefined, '2028-11-28'],
    ['de D.M.YYYY', '28.11.2028', undefined, '2028-11-28'],
    ['de D.M.YYYY with spaces', '28. 11. 2028', undefined, '2028-11-28'],
    ['ja YYYY/M/D', '2028/11/28', undefined, '2028-11-28'],
    ['ja with 年月日', '2028年11月28日', undefined, '2028-11-28'],
    ['ISO date', '2028-11-28', undefined, '2028-11-28'],
    ['ISO timestamp', '2028-11-28T09:12:00Z', undefined, '2028-11-28'],
    ['two-digit year', '11/28/28', undefined, '2028-11-28'],
    ['nl D-M-YYYY', '28-11-2028', undefined, '2028-11-28'],
    ['English month name', 'Nov 28, 2028', undefined, '2028-11-28'],
    ['day month year', '28 November 2028', undefined, '2028-11-28'],
    ['German month name', '28. Nov. 2028', undefined, '2028-11-28'],
    ['French month name', '28 nov. 2028', undefined, '2028-11-28'],
    ['Spanish long form', '28 de noviembre de 2028', undefined, '2028-11-28'],
    ['with an info icon and text around', '\u200e11/28/2028 \uE946', undefined, '2028-11-28'],
    // The audit's case: a 6-month secret shown by an en-US portal must stay in May.
    ['6-month secret, en-US frame (l=en.en-us)', '5/7/2027', 'en.en-us', '2027-05-07'],
    ['the same text, German frame (l=de.de-de)', '5/7/2027', 'de.de-de', '2027-07-05'],
    ['en-GB format culture', '5/7/2027', 'en.en-gb', '2027-07-05'],
    ['UI in English, format in German', '5/7/2027', 'en.de-de', '2027-07-05'],
    ['bare language in l= (the portal formats in its default culture)', '3/4/2028', 'en', '2028-03-04'],
    ['document language with a region', '3/4/2028', 'fr-FR', '2028-04-03'],
    ['a Japanese frame reading slashes', '2027/5/7', 'ja.ja-jp', '2027-05-07'],
    ['the locale cannot make an impossible date: 13/5 is day first', '13/5/2027', 'en-US', '2027-05-13'],
  ])('%s: %s (%s)', (_name, text, locale, iso) => {
    expect(parseExpiry(text, { locale })).toEqual({ iso, ambiguous: false });
  });

  it.each([
    ['no locale at all', '5/7/2027', undefined],
    ['a locale that is not one', '5/7/2027', 'not a locale!'],
    ['two-digit year', '3/4/28', undefined],
  ])('does not guess a date that reads two ways with %s', (_name, text, locale) => {
    expect(parseExpiry(text, { locale })).toEqual({ ambiguous: true, candidates: [expect.any(String), expect.any(String)] });
    const result = parseExpiry(text, { locale });
    expect(result?.ambiguous && [...result.candidates].sort()).toEqual(text === '3/4/28' ? ['2028-03-04', '2028-04-03'] : ['2027-05-07', '2027-07-05']);
  });

  it('a day equal to its month is one date, not two', () => {
    expect(parseExpiry('4/4/2028')).toEqual({ iso: '2028-04-04', ambiguous: false });
  });

  it.each([['no date'], ['13/13/2028'], ['2/30/2028'], ['']])('rejects %s', (text) => {
    expect(parseExpiry(text, { locale: 'en-US' })).toBeUndefined();
  });

  it.each([
    ['en.en-us', 'en-us', 'mdy'],
    ['de.de-de', 'de-de', 'dmy'],
    ['en-GB', 'en-GB', 'dmy'],
    ['ja-JP', 'ja-JP', 'ymd'],
    ['es', 'es', 'dmy'],
    ['', undefined, undefined],
    ['en_US', undefined, undefined],
  ])('locale %s → %s, order %s', (value, tag, order) => {
    expect(formatLocale(value)).toBe(tag);
    expect(dateOrder(value)).toBe(order);
  });

  it('counts days from today', () => {
    expect(daysUntil('2028-11-27', today)).toBe(730);
  });
});
