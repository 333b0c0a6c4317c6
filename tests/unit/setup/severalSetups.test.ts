/**
 * Several setups, one per app and tenant: which one a portal tab follows, what a capture in
 * another tenant does, "Start over" for one, and steps ticked before any app.
 */
import { describe, expect, it } from 'vitest';
import { setupForTenant, setupIdForTab } from '../../../utils/setup/tabSetup';
import { applyResetSetup } from '../../../utils/setup/resetSetup';
import { activate, applyIds, applyStepMark, applySwitchApp } from '../../../utils/setup/applyCapture';
import { doneSteps, EMPTY_SETUP, type AppRecord, type SetupState } from '../../../utils/setup/setupState';
import { frameContextFor } from '../../../utils/background/frameContext';
import { parsePortalUrl } from '../../../utils/portal/parsePortalUrl';

const A = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const B = '7a7a7a7a-1111-4222-8333-444455556666';
const B2 = '8b8b8b8b-1111-4222-8333-444455556666';
const TA = 'c0ffee00-1234-4abc-9def-0123456789ab';
const TB = 'd0d0d0d0-2222-4333-8444-555566667777';
const TC = 'e0e0e0e0-3333-4444-8555-666677778888';
const NOW = Date.parse('2026-11-28T10:00:00Z');

const rec = (clientId: string, tenantId: string | undefined, extra: Partial<AppRecord> = {}): AppRecord => ({
  clientId,
  ...(tenantId ? { tenantId } : {}),
  displayName: `App ${clientId.slice(0, 4)}`,
  done: {},
  ...extra,
});

const TWO_TENANTS: SetupState = {
  ...EMPTY_SETUP,
  activeAppId: A,
  apps: {
    [A]: rec(A, TA, { done: { register: { at: 1, source: 'page' }, 'copy-ids': { at: 1, source: 'page' } } }),
    [B]: rec(B, TB, { done: { register: { at: 5, source: 'page' } } }),
    [B2]: rec(B2, TB, { done: { register: { at: 9, source: 'page' } } }),
  },
};

const overview = (app: string, tenant?: string) => `https://entra.microsoft.com/${tenant ? `${tenant}/` : ''}#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${app}`;
const appList = (tenant?: string) => `https://entra.microsoft.com/${tenant ? `${tenant}/` : ''}#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`;

describe('the setup a portal tab follows', () => {
  it.each<[string, string, string | undefined]>([
    ["the active setup's app", overview(A), A],
    ['an app of another tenant the assistant knows: its own setup', overview(B), B],
    ['another app of the same tenant: still the active setup (the guide warns there)', overview('9c9c9c9c-1111-4222-8333-444455556666', TA), A],
    ['a list pinned to the active tenant', appList(TA), A],
    ["a list pinned to another tenant: that tenant's latest setup", appList(TB), B2],
    ['a list pinned to a tenant without a setup: a fresh one', appList(TC), undefined],
    ['an unpinned list: the active setup', appList(), A],
  ])('%s', (_name, url, expected) => {
    expect(setupIdForTab(TWO_TENANTS, parsePortalUrl(url))).toBe(expected);
  });

  it('an archived setup is never followed', () => {
    const state = { ...TWO_TENANTS, apps: { ...TWO_TENANTS.apps, [B]: rec(B, TB, { archived: { at: 1, reason: 'app-deleted' as const } }), [B2]: rec(B2, TB, { archived: { at: 1, reason: 'admin' as const } }) } };
    expect(setupIdForTab(state, parsePortalUrl(overview(B)))).toBe(A);
    expect(setupForTenant(state, TB)).toBeUndefined();
  });

  it("a frame is told its own tab's setup: its app name and its done steps, never the active setup's", () => {
    const inB = frameContextFor(overview(B), TWO_TENANTS, false, NOW);
    expect(inB).toMatchObject({ activeAppId: B, appName: 'App 7a7a', doneSteps: ['register'] });
    const fresh = frameContextFor(appList(TC), TWO_TENANTS, false, NOW);
    expect(fresh).toMatchObject({ activeAppId: undefined, doneSteps: [] });
    expect(frameContextFor(overview(A), TWO_TENANTS, false, NOW)).toMatchObject({ activeAppId: A, doneSteps: ['register', 'copy-ids'] });
  });
});

describe('a capture in another tenant', () => {
  it('becomes a setup of its own, the active one unchanged, with an info notice to switch', () => {
    const state = { ...EMPTY_SETUP, activeAppId: A, apps: { [A]: rec(A, TA) } };
    const next = applyIds(state, { clientId: B, tenantId: TB, displayName: 'TonicDM Office 365 Token' }, { appId: B, tenant: TB }, NOW);
    expect(next.activeAppId).toBe(A);
    expect(next.apps[B]).toMatchObject({ tenantId: TB });
    expect(next.apps[A]?.tenantId).toBe(TA);
    expect(next.notices).toMatchObject([{ id: 'different-app', severity: 'info', switchTo: B }]);
  });

  it('in the same tenant stays a warning: another app is not the one being set up', () => {
    const state = { ...EMPTY_SETUP, activeAppId: A, apps: { [A]: rec(A, TA) } };
    const next = applyIds(state, { clientId: B, tenantId: TA }, { appId: B }, NOW);
    expect(next.notices).toMatchObject([{ id: 'different-app', severity: 'warning' }]);
  });
});

describe('steps ticked before any app', () => {
  it('belong to the setup that starts next, not to every setup', () => {
    const ticked = applyStepMark(EMPTY_SETUP, 'scope-mailboxes', true, 'user', NOW);
    const started = applyIds(ticked, { clientId: A, tenantId: TA }, { appId: A }, NOW);
    expect(started.pendingDone).toEqual({});
    expect(Object.keys(started.apps[A]!.done).sort()).toEqual(['copy-ids', 'register', 'scope-mailboxes']);
    const second = applySwitchApp(applyIds(started, { clientId: B, tenantId: TB }, { appId: B }, NOW), B);
    expect(doneSteps(second).has('scope-mailboxes')).toBe(false);
  });

  it('activating an already active setup changes nothing', () => {
    expect(activate(TWO_TENANTS, A)).toBe(TWO_TENANTS);
  });
});

describe('Start over for one setup', () => {
  const withNotices: SetupState = {
    ...TWO_TENANTS,
    notices: [
      { id: 'different-app', severity: 'info', message: '', switchTo: B, at: 1 },
      { id: 'fill-failed', severity: 'warning', message: '', at: 1 },
      { id: 'expiry-not-24-months', severity: 'warning', message: '', appId: A, at: 1 },
    ],
    offers: [{ id: `tenantId:${B}`, appId: B, field: 'tenantId', value: TC, blade: 'Overview', at: 1 }],
  };

  it('of another setup: it goes with its notices and offers; the active one stays', () => {
    const next = applyResetSetup(withNotices, B);
    expect(Object.keys(next.apps)).toEqual([A, B2]);
    expect(next.activeAppId).toBe(A);
    expect(next.notices.map((n) => n.id)).toEqual(['fill-failed', 'expiry-not-24-months']);
    expect(next.offers).toBeUndefined();
  });

  it("of the active setup: none is active; its notices and those about the work in progress go", () => {
    const next = applyResetSetup({ ...withNotices, notices: [...withNotices.notices, { id: 'x', severity: 'info', message: '', appId: B2, at: 1 }] }, undefined);
    expect(Object.keys(next.apps)).toEqual([B, B2]);
    expect(next.activeAppId).toBeUndefined();
    expect(next.notices.map((n) => n.id)).toEqual(['x']);
  });

  it('with nothing known yet: the ticked steps go', () => {
    const ticked = applyStepMark(EMPTY_SETUP, 'register', true, 'user', NOW);
    expect(applyResetSetup(ticked, undefined).pendingDone).toEqual({});
    expect(applyResetSetup(TWO_TENANTS, 'aaaaaaaa-1111-4222-8333-444455556666')).toBe(TWO_TENANTS);
  });
});
