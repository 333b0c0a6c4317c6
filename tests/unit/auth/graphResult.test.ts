import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyGraphResult, handlePanelMessage } from '../../../utils/background/handlePanelMessage';
import { panelMessageSchema } from '../../../utils/messaging/protocol';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';
import { setupItem } from '../../../utils/storage';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const TENANT = '9a3e6f1c-2b7d-4c58-8e0f-5d41b2c7a9e3';
const NOW = Date.parse('2026-11-28T10:00:00Z');
const valid = { type: 'panel/graph-result', appId: APP, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', expiryIso: '2028-11-28', verifiedSteps: ['register', 'client-secret'] };

describe('panel/graph-result schema', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['a full result', valid, true],
    ['ids only', { type: 'panel/graph-result', appId: APP.toUpperCase(), tenantId: TENANT, verifiedSteps: [] }, true],
    ['an extra field (the secret must never ride along)', { ...valid, secret: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m' }, false],
    ['a client ID that is not a GUID', { ...valid, appId: 'tonicdm' }, false],
    ['an expiry with a time', { ...valid, expiryIso: '2028-11-28T10:00:00Z' }, false],
    ['an unknown step', { ...valid, verifiedSteps: ['register', 'hack'] }, false],
    ['no verified steps list', { type: 'panel/graph-result', appId: APP, tenantId: TENANT }, false],
  ])('%s → %s', (_, message, ok) => {
    expect(panelMessageSchema.safeParse(message).success).toBe(ok);
  });
});

describe('applyGraphResult', () => {
  const portalDone: SetupState = {
    ...EMPTY_SETUP,
    activeAppId: APP,
    apps: { [APP]: { clientId: APP, tenantId: TENANT, secretMaskedOnPage: true, done: { register: { at: 1, source: 'page' } } } },
    notices: [{ id: 'secret-masked', severity: 'warning', message: 'masked', at: 1 }],
  };
  const otherActive: SetupState = {
    ...EMPTY_SETUP,
    activeAppId: OTHER,
    apps: { [OTHER]: { clientId: OTHER, done: {} } },
    notices: [{ id: 'different-app', severity: 'warning', message: 'x', switchTo: APP, at: 1 }],
  };

  it.each<[string, SetupState, Parameters<typeof applyGraphResult>[1], (s: SetupState) => void]>([
    [
      'an empty state gets the app, its ids and Graph-verified steps',
      EMPTY_SETUP,
      { appId: APP, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', verifiedSteps: ['register', 'copy-ids'] },
      (s) => {
        expect(s.activeAppId).toBe(APP);
        expect(s.apps[APP]).toMatchObject({ clientId: APP, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', singleTenant: true });
        expect(s.apps[APP]?.done).toEqual({ register: { at: NOW, source: 'graph' }, 'copy-ids': { at: NOW, source: 'graph' } });
        expect(s.apps[APP]?.expiry).toBeUndefined();
      },
    ],
    [
      "a secret from Graph records its expiry and clears the portal's masked notice; earlier marks keep their source",
      portalDone,
      { appId: APP, tenantId: TENANT, expiryIso: '2028-11-28', verifiedSteps: ['register', 'client-secret'] },
      (s) => {
        expect(s.apps[APP]?.expiry).toEqual({ iso: '2028-11-28' });
        expect(s.apps[APP]?.secretMaskedOnPage).toBe(false);
        expect(s.apps[APP]?.done.register).toEqual({ at: 1, source: 'page' });
        expect(s.apps[APP]?.done['client-secret']).toEqual({ at: NOW, source: 'graph' });
        expect(s.notices).toEqual([]);
      },
    ],
    [
      'the app Graph names becomes the active one',
      otherActive,
      { appId: APP, tenantId: TENANT, verifiedSteps: [] },
      (s) => {
        expect(s.activeAppId).toBe(APP);
        expect(Object.keys(s.apps).sort()).toEqual([APP, OTHER].sort());
        expect(s.notices).toEqual([]);
      },
    ],
    [
      "a tenant ID read from a page that is not the signed-in tenant is replaced, and the admin is told",
      {
        ...portalDone,
        apps: { [APP]: { ...portalDone.apps[APP]!, tenantId: 'e0e0e0e0-6666-4666-8666-666666666666' } },
        offers: [{ id: `tenantId:${APP}`, appId: APP, field: 'tenantId', value: TENANT, blade: 'Overview', at: 1 }],
      },
      { appId: APP, tenantId: TENANT, verifiedSteps: [] },
      (s) => {
        expect(s.apps[APP]).toMatchObject({ tenantId: TENANT, tenantConfirmed: 'graph' });
        expect(s.notices.find((n) => n.id === 'tenant-differs')?.message).toContain('e0e0e0e0-6666-4666-8666-666666666666');
        expect(s.offers).toBeUndefined();
      },
    ],
    [
      'the same tenant ID is confirmed silently',
      portalDone,
      { appId: APP, tenantId: TENANT, verifiedSteps: [] },
      (s) => {
        expect(s.apps[APP]?.tenantConfirmed).toBe('graph');
        expect(s.notices.map((n) => n.id)).not.toContain('tenant-differs');
      },
    ],
  ])('%s', (_, state, result, check) => {
    check(applyGraphResult(state, result, NOW));
  });
});

describe('handlePanelMessage: panel/graph-result', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes the setup state through the background store', async () => {
    const parsed = panelMessageSchema.parse(valid);
    expect(await handlePanelMessage(parsed, { now: () => NOW, fillTonicdm: async () => undefined })).toEqual({ ok: true });
    const setup = await setupItem.getValue();
    expect(setup.activeAppId).toBe(APP);
    expect(setup.apps[APP]?.expiry?.iso).toBe('2028-11-28');
    expect(Object.keys(setup.apps[APP]?.done ?? {})).toEqual(['register', 'client-secret']);
  });
});
