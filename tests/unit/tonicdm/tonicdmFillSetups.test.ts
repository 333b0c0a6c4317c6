/**
 * The fill in the background with several setups and during a renewal: which secret may go to
 * TonicDM, for which setup, and in which mode.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillTonicdmTab } from '../../../utils/background/tonicdmFill';
import { secretItem, setupItem, type CapturedSecret } from '../../../utils/storage';
import type { FillCommand } from '../../../utils/tonicdm/fillProtocol';
import type { AppRecord, SetupState } from '../../../utils/setup/setupState';

const MAIN = 'https://app.tonicdm.com';
const A = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const B = '7a7a7a7a-1111-4222-8333-444455556666';
const TA = 'c0ffee00-1234-4abc-9def-0123456789ab';
const TB = 'd0d0d0d0-2222-4333-8444-555566667777';
const OLD = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const NEW = 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv';
const T0 = Date.parse('2026-11-28T10:00:00Z');
const now = () => T0;

function tonicdmTab() {
  const sent: FillCommand[] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 1, url: `${MAIN}/organization-settings` }]) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({ id: 1, url: `${MAIN}/organization-settings` })) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, command: FillCommand) => {
    sent.push(command);
    return { type: 'filled', outcome: { ok: true, results: [{ field: 'secret', ok: true }, { field: 'expiry', ok: true }] } };
  }) as never);
  return sent;
}

const app = (clientId: string, tenantId: string, extra: Partial<AppRecord> = {}): AppRecord => ({ clientId, tenantId, expiry: { iso: '2028-11-28' }, done: {}, ...extra });

async function seed(apps: AppRecord[], active: string, secret: Partial<CapturedSecret> & { value: string }) {
  const state: SetupState = { version: 1, activeAppId: active, apps: Object.fromEntries(apps.map((a) => [a.clientId, a])), pendingDone: {}, notices: [] };
  await setupItem.setValue(state);
  await secretItem.setValue({ capturedAt: T0, lastUsedAt: T0, source: 'portal', ...secret });
}

describe('which secret goes to TonicDM', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, AppRecord[], Partial<CapturedSecret> & { value: string }, boolean]>([
    ["the active setup's own secret", [app(A, TA), app(B, TB)], { value: OLD, appId: A }, true],
    ["never another setup's secret", [app(A, TA), app(B, TB)], { value: OLD, appId: B }, false],
    ['a secret tied to no app, with one setup', [app(A, TA)], { value: OLD }, true],
    ['never a secret tied to no app once there are several setups', [app(A, TA), app(B, TB)], { value: OLD }, false],
  ])('%s', async (_name, apps, secret, fills) => {
    const sent = tonicdmTab();
    await seed(apps, A, secret);
    const result = await fillTonicdmTab(now);
    if (fills) expect(sent).toMatchObject([{ values: { secret: OLD, clientId: A, tenantId: TA }, mode: 'setup' }]);
    else expect(result).toEqual({ ok: false, reason: 'values-missing', missing: ['secret'] });
  });
});

describe('the fill during a renewal', () => {
  beforeEach(() => fakeBrowser.reset());
  const renewing = app(A, TA, {
    renewal: { startedAt: T0, startedBy: 'panel', old: { hint: 'Qk_', expiryIso: '2026-12-18' }, next: { hint: 'Ab1', expiryIso: '2028-11-28', capturedAt: T0 }, done: { 'renew-open': { at: T0, source: 'page' }, 'renew-new-secret': { at: T0, source: 'page' } } },
  });

  it('fills the "Update Now" form with the new secret and ticks the renewal step', async () => {
    const sent = tonicdmTab();
    await seed([renewing], A, { value: NEW, appId: A });
    expect(await fillTonicdmTab(now)).toMatchObject({ ok: true, filled: ['secret', 'expiry'] });
    expect(sent).toMatchObject([{ mode: 'renewal', values: { secret: NEW, expiryIso: '2028-11-28' } }]);
    expect((await setupItem.getValue()).apps[A]?.renewal?.done['renew-fill']).toEqual({ at: T0, source: 'page' });
  });

  it('never fills the old secret in place of the new one', async () => {
    const sent = tonicdmTab();
    await seed([renewing], A, { value: OLD, appId: A });
    expect(await fillTonicdmTab(now)).toEqual({ ok: false, reason: 'values-missing', missing: ['secret'] });
    expect(sent).toEqual([]);
  });
});
