import { describe, expect, it } from 'vitest';
import { daysUntil, parseExpiry } from '../../../utils/values/parseExpiry';

const today = new Date('2026-11-28T10:00:00Z');
const context = { today, expectedDays: 730 };

describe('parseExpiry', () => {
  it.each([
    ['en-US M/D/YYYY', '11/28/2028', '2028-11-28', false],
    ['en-GB D/M/YYYY resolved by expected lifetime', '28/11/2028', '2028-11-28', false],
    ['de D.M.YYYY', '28.11.2028', '2028-11-28', false],
    ['de D.M.YYYY with spaces', '28. 11. 2028', '2028-11-28', false],
    ['ja YYYY/M/D', '2028/11/28', '2028-11-28', false],
    ['ja with 年月日', '2028年11月28日', '2028-11-28', false],
    ['ISO date', '2028-11-28', '2028-11-28', false],
    ['ISO timestamp', '2028-11-28T09:12:00Z', '2028-11-28', false],
    ['two-digit year', '11/28/28', '2028-11-28', false],
    ['nl D-M-YYYY', '28-11-2028', '2028-11-28', false],
    ['English month name', 'Nov 28, 2028', '2028-11-28', false],
    ['day month year', '28 November 2028', '2028-11-28', false],
    ['German month name', '28. Nov. 2028', '2028-11-28', false],
    ['French month name', '28 nov. 2028', '2028-11-28', false],
    ['Spanish long form', '28 de noviembre de 2028', '2028-11-28', false],
    ['with an info icon and text around', '\u200e11/28/2028 \uE946', '2028-11-28', false],
    ['6-month secret', '5/27/2027', '2027-05-27', false],
  ])('%s: %s', (_name, text, iso, ambiguous) => {
    expect(parseExpiry(text, context)).toEqual({ iso, ambiguous });
  });

  it.each([['no date'], ['13/13/2028'], ['2/30/2028'], ['']])('rejects %s', (text) => {
    expect(parseExpiry(text, context)).toBeUndefined();
  });

  it.each([
    ['en-GB day first', '04/03/2028'],
    ['en-US month first', '03/04/2028'],
  ])('resolves an ambiguous %s date against today + 24 months', (_name, text) => {
    // Created 5 March 2026: a 24-month secret expires 4 March 2028, never 3 April.
    expect(parseExpiry(text, { today: new Date('2026-03-05T12:00:00Z'), expectedDays: 730 })).toEqual({ iso: '2028-03-04', ambiguous: true });
  });

  it('picks the reading nearest today + expected lifetime', () => {
    // 3/4/2028 is either 4 March or 3 April; both are far from 24 months, April is nearer.
    expect(parseExpiry('3/4/2028', context)?.iso).toBe('2028-04-03');
  });

  it('counts days from today', () => {
    expect(daysUntil('2028-11-27', today)).toBe(730);
  });
});
