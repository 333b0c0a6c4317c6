import { describe, expect, it } from 'vitest';
import { daysLeft, dueState, expiryDate, isRenewalDue, nextDayChange, reminderTime } from '../../../utils/renewal/renewalWindow';

/** Local wall-clock time: the tests hold in any time zone the machine runs in. */
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('expiryDate', () => {
  it.each([
    ['2028-11-27', { year: 2028, month: 11, day: 27 }],
    ['2028-11-27T10:15:00Z', { year: 2028, month: 11, day: 27 }],
    ['2026-02-31', undefined],
    ['27/11/2028', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s', (iso, expected) => {
    expect(expiryDate(iso)).toEqual(expected);
  });
});

describe('daysLeft and isRenewalDue', () => {
  it.each<[string, string | undefined, number, number | undefined, boolean]>([
    ['two years out', '2028-11-27', at(2026, 11, 28, 10), 730, false],
    ['31 days out: not yet', '2026-12-29', at(2026, 11, 28, 23, 59), 31, false],
    ['30 days out: due from the first minute of the day', '2026-12-28', at(2026, 11, 28, 0, 0), 30, true],
    ['tomorrow', '2026-11-29', at(2026, 11, 28, 23, 59), 1, true],
    ['today, late in the evening', '2026-11-28', at(2026, 11, 28, 23, 59), 0, true],
    ['expired yesterday', '2026-11-27', at(2026, 11, 28, 0, 1), -1, true],
    ['expired long ago', '2025-01-01', at(2026, 11, 28), -696, true],
    ['no expiry', undefined, at(2026, 11, 28), undefined, false],
    ['unreadable expiry', 'soon', at(2026, 11, 28), undefined, false],
  ])('%s', (_name, iso, now, days, due) => {
    expect(daysLeft(iso, now)).toBe(days);
    expect(isRenewalDue(iso, now)).toBe(due);
  });
});

describe('reminderTime', () => {
  it.each([
    [30, at(2028, 10, 28, 9)],
    [14, at(2028, 11, 13, 9)],
    [7, at(2028, 11, 20, 9)],
    [1, at(2028, 11, 26, 9)],
    [0, at(2028, 11, 27, 9)],
  ])('%i days before 2028-11-27 → 09:00 local that day', (before, expected) => {
    expect(reminderTime('2028-11-27', before)).toBe(expected);
  });

  it('has nothing to say about an unreadable date', () => {
    expect(reminderTime('soon', 30)).toBeUndefined();
  });
});

describe('nextDayChange', () => {
  it.each<[string, number, number | undefined]>([
    ['long before: the midnight the 30-day window opens', at(2026, 1, 1, 12), at(2028, 10, 28)],
    ['inside the window: the next midnight', at(2028, 11, 20, 15, 30), at(2028, 11, 21)],
    ['on the expiry day: the midnight it turns "expired"', at(2028, 11, 27, 9), at(2028, 11, 28)],
    ['once expired: nothing changes any more', at(2028, 11, 28, 0), undefined],
  ])('%s', (_name, now, expected) => {
    expect(nextDayChange('2028-11-27', now)).toBe(expected);
  });
});

describe('dueState', () => {
  it.each([
    [12, { kind: 'soon', days: 12 }],
    [1, { kind: 'tomorrow' }],
    [0, { kind: 'today' }],
    [-3, { kind: 'expired', days: 3 }],
  ])('%i days', (days, expected) => {
    expect(dueState(days)).toEqual(expected);
  });
});
