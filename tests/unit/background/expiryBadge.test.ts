import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../utils/background/expiryBadge';
import type { TrackedSecret } from '../../../utils/background/expiryReminder';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const A: TrackedSecret = { appId: 'a', expiryIso: '2027-01-15', appName: 'TonicDM Office 365 Token' };
const B: TrackedSecret = { appId: 'b', expiryIso: '2027-01-04' };
const AMBER = '#a4600b';
const RED = '#c50f1f';

describe('badgeFor', () => {
  it.each<[string, TrackedSecret[], number, { text: string; color?: string }]>([
    ['nothing watched', [], at(2027, 1, 1), { text: '' }],
    ['31 days left', [A], at(2026, 12, 15), { text: '' }],
    ['30 days left', [A], at(2026, 12, 16), { text: '30d', color: AMBER }],
    ['8 days left', [A], at(2027, 1, 7), { text: '8d', color: AMBER }],
    ['7 days left: red', [A], at(2027, 1, 8), { text: '7d', color: RED }],
    ['on the day', [A], at(2027, 1, 15), { text: '0d', color: RED }],
    ['expired', [A], at(2027, 1, 16), { text: 'EXP', color: RED }],
    ['two setups: the one that expires first', [A, B], at(2027, 1, 1), { text: '3d', color: RED }],
    ['an unreadable date is ignored', [{ appId: 'c', expiryIso: 'soon' }], at(2027, 1, 1), { text: '' }],
  ])('%s', (_name, tracked, now, expected) => {
    const badge = badgeFor(tracked, now);
    expect(badge.text).toBe(expected.text);
    expect(badge.color).toBe(expected.color);
    expect(badge.title === undefined).toBe(expected.text === '');
  });

  it.each([
    [at(2027, 1, 3), "TonicDM's client secret (TonicDM Office 365 Token) expires in 12 days (January 15, 2027). Open the assistant to renew it."],
    [at(2027, 1, 14), "TonicDM's client secret (TonicDM Office 365 Token) expires tomorrow (January 15, 2027). Open the assistant to renew it."],
    [at(2027, 1, 20), "TonicDM's client secret (TonicDM Office 365 Token) expired on January 15, 2027. Open the assistant to renew it."],
  ])('tooltip at %i', (now, title) => {
    expect(badgeFor([A], now).title).toBe(title);
  });

  it('with several setups, the tooltip names the tenant of the soonest', () => {
    const inFabrikam: TrackedSecret = { ...B, appName: 'TonicDM Office 365 Token', tenantName: 'Fabrikam', tenantId: 'd0d0d0d0-2222-4333-8444-555566667777' };
    expect(badgeFor([A, inFabrikam], at(2027, 1, 1)).title).toBe(
      "TonicDM's client secret (TonicDM Office 365 Token, Fabrikam) expires in 3 days (January 4, 2027). Open the assistant to renew it.",
    );
  });
});
