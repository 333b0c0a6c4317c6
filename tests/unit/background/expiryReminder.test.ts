import { describe, expect, it } from 'vitest';
import { reminderTime } from '../../../utils/background/expiryReminder';

const NOW = Date.parse('2026-11-28T10:00:00Z');
const DAY = 86_400_000;

describe('reminderTime', () => {
  it.each([
    ['24 months out: 30 days before', '2028-11-27', Date.parse('2028-11-27T09:00:00Z') - 30 * DAY],
    ['10 days out: almost at once', '2026-12-08', NOW + 60_000],
    ['already expired: nothing', '2026-11-01', undefined],
    ['no expiry: nothing', undefined, undefined],
    ['garbage: nothing', 'soon', undefined],
  ])('%s', (_name, iso, expected) => {
    expect(reminderTime(iso, NOW)).toBe(expected);
  });
});
