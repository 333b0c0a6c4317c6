/**
 * The renewal through the background's front door (the message router): who may start it, what
 * a new secret on Certificates & secrets does to the held one while it runs, what the page and
 * TonicDM report, and "Start over" for one setup among several.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../../utils/background/messageRouter';
import { handleTonicdmMessage } from '../../../utils/background/tonicdmFill';
import type { BladeFrameSources } from '../../../utils/background/bladeFrames';
import { renewalExpectationItem, secretItem, secretOffersItem, setupItem } from '../../../utils/storage';
import type { SetupState } from '../../../utils/setup/setupState';
import type { RenewalRecord } from '../../../utils/renewal/renewalRecord';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER_APP = '7a7a7a7a-1111-4222-8333-444455556666';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const OTHER_TENANT = 'd0d0d0d0-2222-4333-8444-555566667777';
const CREDENTIALS = (app: string) => `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app}`;
const OLD_SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const NEW_SECRET = 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv';
const THIRD_SECRET = 'Zz98Q~z1.yX2wV3-uT4sR5qP6oN7mL8kJ9iH0gFe';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const BLADE_URL = 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index?l=en.en-us';

function sources(tabUrl: string): BladeFrameSources {
  return {
    tabFrames: async () => [
      { frameId: 0, parentFrameId: -1, url: tabUrl },
      { frameId: 3, parentFrameId: 0, url: BLADE_URL },
    ],
    reportFrames: async () => [{ url: BLADE_URL, name: 'Credentials.ReactView', rendered: true, marked: true }],
  };
}

function send(message: unknown, sender: object, now = NOW): Promise<unknown> {
  const route = createMessageRouter({
    now: () => now,
    fillTonicdm: vi.fn(async () => ({ ok: true })),
    tonicdmOrigins: async () => ['https://app.tonicdm.com'],
    handleTonicdm: vi.fn(async () => ({ ok: true })),
    injectGuide: vi.fn(async () => true),
    frameSources: sources((sender as { tab?: { url?: string } }).tab?.url ?? ''),
  });
  return new Promise((resolve) => route(message, sender as never, resolve));
}

const frame = (app = APP) => ({ id: fakeBrowser.runtime.id, frameId: 3, url: BLADE_URL, tab: { id: 11, url: CREDENTIALS(app) } });
const panel = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`, origin: `chrome-extension://${fakeBrowser.runtime.id}` };

/** A setup due in 20 days whose old secret TonicDM uses (hint "Qk_"). */
function dueSetup(extra: Partial<SetupState> = {}, renewal?: RenewalRecord): SetupState {
  return {
    version: 1,
    activeAppId: APP,
    apps: {
      [APP]: {
        clientId: APP,
        tenantId: TENANT,
        displayName: 'TonicDM Office 365 Token',
        expiry: { iso: '2026-12-18' },
        credential: { hint: 'Qk_', description: 'TonicDM Office365 Secret' },
        done: { 'tonicdm-setup': { at: 1, source: 'page' } },
        ...(renewal ? { renewal } : {}),
      },
      [OTHER_APP]: { clientId: OTHER_APP, tenantId: OTHER_TENANT, displayName: 'TonicDM Office 365 Token', expiry: { iso: '2027-06-01' }, done: {} },
    },
    pendingDone: {},
    notices: [],
    ...extra,
  };
}

async function hold(value: string, appId: string, usedAt = NOW - 60_000) {
  await secretItem.setValue({ value, appId, capturedAt: usedAt, lastUsedAt: usedAt, source: 'portal' });
}

const renewalOf = async (app = APP) => (await setupItem.getValue()).apps[app]?.renewal;

describe('a renewal started in the panel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    await setupItem.setValue(dueSetup());
  });

  it('starts from the panel only: a page cannot start it', async () => {
    expect(await send({ type: 'panel/start-renewal', appId: APP }, frame())).toBeUndefined();
    expect(await renewalExpectationItem.getValue()).toBeNull();
    expect(await send({ type: 'panel/start-renewal', appId: APP }, panel)).toEqual({ ok: true });
    expect(await renewalExpectationItem.getValue()).toEqual({ appId: APP, at: NOW });
    expect(await renewalOf()).toMatchObject({ startedBy: 'panel', old: { hint: 'Qk_', description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' }, done: {} });
  });

  it("replaces the app's held old secret with the new one without asking, once", async () => {
    await hold(OLD_SECRET, APP);
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    await send({ type: 'portal/secret', value: NEW_SECRET, expiresText: '11/28/2028', description: 'TonicDM Office365 Secret Nov 2026' }, frame());
    expect((await secretItem.getValue())?.value).toBe(NEW_SECRET);
    expect(await secretOffersItem.getValue()).toEqual([]);
    expect(await renewalExpectationItem.getValue()).toBeNull();
    expect(await renewalOf()).toMatchObject({
      next: { hint: 'Ab1', description: 'TonicDM Office365 Secret Nov 2026', expiryIso: '2028-11-28' },
      done: { 'renew-open': { source: 'page' }, 'renew-new-secret': { source: 'page' } },
    });
    // The setup's own expiry follows the new secret; its identity too.
    expect((await setupItem.getValue()).apps[APP]).toMatchObject({ expiry: { iso: '2028-11-28' }, credential: { hint: 'Ab1' } });

    // A further new secret is asked about again.
    await send({ type: 'portal/secret', value: THIRD_SECRET }, frame());
    expect((await secretItem.getValue())?.value).toBe(NEW_SECRET);
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: APP, value: THIRD_SECRET }]);
  });

  it('never replaces a secret held for another setup, even while renewing', async () => {
    await hold(OLD_SECRET, OTHER_APP);
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    await send({ type: 'portal/secret', value: NEW_SECRET }, frame());
    expect((await secretItem.getValue())).toMatchObject({ value: OLD_SECRET, appId: OTHER_APP });
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: APP, value: NEW_SECRET }]);
  });

  it('does not carry over to another app: its new secret is asked about', async () => {
    await hold(OLD_SECRET, OTHER_APP);
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    await send({ type: 'portal/secret', value: NEW_SECRET }, frame(OTHER_APP));
    expect((await secretItem.getValue())?.value).toBe(OLD_SECRET);
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: OTHER_APP, value: NEW_SECRET }]);
  });

  it('a renewal written into local storage (as a page could on Firefox) is no confirmation', async () => {
    await setupItem.setValue(dueSetup({}, { startedAt: NOW, startedBy: 'panel', old: { hint: 'Qk_' }, done: { 'renew-open': { at: NOW, source: 'user' } } }));
    await hold(OLD_SECRET, APP);
    await send({ type: 'portal/secret', value: NEW_SECRET }, frame());
    expect((await secretItem.getValue())?.value).toBe(OLD_SECRET);
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: APP, value: NEW_SECRET }]);
  });

  it('stands in for the admin for a working day only', async () => {
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    // The old secret is still in use (a fill a minute ago) when the new one appears 13 hours later.
    const later = NOW + 13 * 3_600_000;
    await hold(OLD_SECRET, APP, later - 60_000);
    await send({ type: 'portal/secret', value: NEW_SECRET }, frame(), later);
    expect((await secretItem.getValue())?.value).toBe(OLD_SECRET);
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: APP, value: NEW_SECRET }]);
  });

  it('ends when the admin stops following it', async () => {
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    await send({ type: 'panel/stop-renewal', appId: APP }, panel);
    expect(await renewalExpectationItem.getValue()).toBeNull();
    expect(await renewalOf()).toBeUndefined();
  });

  it('the page reports the blade open and, after the new secret, the old row gone', async () => {
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    await send({ type: 'portal/observation', completed: ['renew-open', 'renew-remove-old'], wrongTurns: [] }, frame());
    // Without a new secret the old one cannot be gone: only the blade counts.
    expect(Object.keys((await renewalOf())!.done)).toEqual(['renew-open']);
    await send({ type: 'portal/secret', value: NEW_SECRET }, frame());
    // Another app's page says nothing about this renewal.
    await send({ type: 'portal/observation', completed: ['renew-remove-old'], wrongTurns: [] }, frame(OTHER_APP));
    expect((await renewalOf())!.done['renew-remove-old']).toBeUndefined();
    await send({ type: 'portal/observation', completed: ['renew-remove-old'], wrongTurns: [] }, frame());
    expect((await renewalOf())!.done['renew-remove-old']).toMatchObject({ source: 'page' });
  });

  it('Go on a form the renewal filled completes its TonicDM step; Go before any fill does not', async () => {
    await send({ type: 'panel/start-renewal', appId: APP }, panel);
    await send({ type: 'portal/secret', value: NEW_SECRET }, frame());
    await handleTonicdmMessage({ type: 'tonicdm/submitted' }, 5);
    expect((await renewalOf())!.done['renew-go']).toBeUndefined();
    await send({ type: 'panel/mark-renewal-step', appId: APP, stepId: 'renew-fill', done: true }, panel);
    await handleTonicdmMessage({ type: 'tonicdm/submitted' }, 5);
    expect((await renewalOf())!.done['renew-go']).toMatchObject({ source: 'page' });
  });

  it('the whole renewal ticked in the panel is complete', async () => {
    for (const stepId of ['renew-open', 'renew-new-secret', 'renew-fill', 'renew-go', 'renew-remove-old']) {
      await send({ type: 'panel/mark-renewal-step', appId: APP, stepId, done: true, by: 'Dana (dana@contoso.com)' }, panel);
    }
    expect(await renewalOf()).toMatchObject({ completedAt: NOW, done: { 'renew-go': { source: 'user', by: 'Dana (dana@contoso.com)' } } });
  });
});

describe('Start over for one setup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await setupItem.setValue(dueSetup({ notices: [{ id: 'x', severity: 'info', message: 'about the other', appId: OTHER_APP, at: 1 }] }));
  });

  it('forgets the active setup and its held secret, and keeps the other setup', async () => {
    await hold(OLD_SECRET, APP);
    await secretOffersItem.setValue([{ appId: OTHER_APP, value: NEW_SECRET, blade: 'Certificates & secrets', unusualFormat: false, at: NOW }]);
    await send({ type: 'panel/reset' }, panel);
    const state = await setupItem.getValue();
    expect(Object.keys(state.apps)).toEqual([OTHER_APP]);
    expect(state.activeAppId).toBeUndefined();
    expect(state.notices.map((n) => n.id)).toEqual(['x']);
    expect(await secretItem.getValue()).toBeNull();
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: OTHER_APP }]);
  });

  it('forgets a named setup only; the active one and its held secret stay', async () => {
    await hold(OLD_SECRET, APP);
    await send({ type: 'panel/reset', appId: OTHER_APP }, panel);
    const state = await setupItem.getValue();
    expect(Object.keys(state.apps)).toEqual([APP]);
    expect(state.activeAppId).toBe(APP);
    expect(state.notices).toEqual([]);
    expect((await secretItem.getValue())?.value).toBe(OLD_SECRET);
  });

  it('cannot switch to an archived setup', async () => {
    const state = dueSetup();
    state.apps[OTHER_APP]!.archived = { at: 1, reason: 'app-deleted' };
    await setupItem.setValue(state);
    await send({ type: 'panel/switch-app', appId: OTHER_APP }, panel);
    expect((await setupItem.getValue()).activeAppId).toBe(APP);
  });
});
