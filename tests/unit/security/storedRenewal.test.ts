/**
 * A setup's renewal as read back from local storage (which a page could write on Firefox):
 * identities only, known step ids only, and a malformed renewal costs the renewal, never the setup.
 */
import { describe, expect, it } from 'vitest';
import { parseStoredSetup, type ValidationReport } from '../../../utils/security/storedState';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const GOOD = {
  startedAt: 1,
  startedBy: 'panel',
  old: { keyId: '5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a', hint: 'Qk_', description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' },
  next: { hint: 'Ab1', expiryIso: '2028-11-28', capturedAt: 2 },
  done: { 'renew-open': { at: 2, source: 'page' } },
};

function read(renewal: unknown) {
  const report: ValidationReport = { dropped: [] };
  const state = parseStoredSetup({ version: 1, activeAppId: APP, apps: { [APP]: { clientId: APP, done: {}, renewal } }, pendingDone: {}, notices: [] }, report);
  return { app: state.apps[APP], dropped: report.dropped };
}

describe('a stored renewal', () => {
  it('is kept when well formed', () => {
    expect(read(GOOD)).toEqual({ app: { clientId: APP, done: {}, renewal: GOOD }, dropped: [] });
  });

  it.each<[string, unknown]>([
    ['a "hint" long enough to be a Value', { ...GOOD, next: { ...GOOD.next, hint: 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv' } }],
    ['a key ID that is no GUID', { ...GOOD, old: { ...GOOD.old, keyId: 'x' } }],
    ['an unknown start', { ...GOOD, startedBy: 'someone' }],
    ['no start time', { ...GOOD, startedAt: 'yesterday' }],
  ])('drops %s, and keeps the setup', (_name, renewal) => {
    const { app, dropped } = read(renewal);
    expect(app).toEqual({ clientId: APP, done: {} });
    expect(dropped).toEqual([`apps.${APP}.renewal`]);
  });

  it('keeps renewal steps only', () => {
    const { app, dropped } = read({ ...GOOD, done: { ...GOOD.done, register: { at: 1, source: 'page' }, 'renew-everything': { at: 1, source: 'page' } } });
    expect(Object.keys(app!.renewal!.done)).toEqual(['renew-open']);
    expect(dropped).toEqual([`apps.${APP}.renewal.done.register`, `apps.${APP}.renewal.done.renew-everything`]);
  });

  it('never carries unknown fields along', () => {
    const { app } = read({ ...GOOD, value: 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv', old: { ...GOOD.old, value: 'x' } });
    expect(JSON.stringify(app)).not.toContain('value');
  });
});
