import { describe, expect, it } from 'vitest';
import { applyGraphResult } from '../../../utils/background/handlePanelMessage';
import { panelMessageSchema } from '../../../utils/messaging/protocol';
import { rememberSecretIdentity } from '../../../utils/renewal/rememberSecretIdentity';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const KEY = '0b6f3c1e-5a2d-4e8f-9c7b-1d3e5f7a9b2c';
const NOW = Date.parse('2026-12-03T13:00:00Z');
const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const CREDENTIAL = { keyId: KEY, hint: 'xY1', description: 'TonicDM Office365 Secret', endIso: '2026-12-15' };
const GRAPH = { checkedAt: NOW, checkedBy: 'Megan Bowen (admin@contoso.example)', objectId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' };

const captured: SetupState = {
  ...EMPTY_SETUP,
  activeAppId: APP,
  apps: {
    [APP]: {
      clientId: APP,
      tenantId: TENANT,
      secretMaskedOnPage: true,
      expiry: { iso: '2026-12-15', text: '12/15/2026' },
      credential: { hint: 'xY1' },
      done: { register: { at: 1, source: 'page' } },
    },
  },
  notices: [{ id: 'secret-masked', severity: 'warning', message: 'masked', at: 1 }],
};

describe('panel/graph-result: the secret in use', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['the credential, snapshot and tenant name', { credential: CREDENTIAL, graph: GRAPH, tenantName: 'Contoso' }, true],
    ['a credential carrying a secret text', { credential: { ...CREDENTIAL, secretText: SECRET } }, false],
    ['a credential with a date-time', { credential: { ...CREDENTIAL, endIso: '2026-12-15T10:00:00Z' } }, false],
    ['a snapshot with an unknown permission', { graph: { ...GRAPH, grantedRoles: ['Directory.ReadWrite.All'] } }, false],
    ['a snapshot carrying anything else', { graph: { ...GRAPH, secret: SECRET } }, false],
    ['an assignee that is a service principal', { graph: { ...GRAPH, assignees: [{ id: KEY, type: 'ServicePrincipal', name: 'x' }] } }, false],
  ])('%s → %s', (_name, extra, ok) => {
    expect(panelMessageSchema.safeParse({ type: 'panel/graph-result', appId: APP, tenantId: TENANT, verifiedSteps: [], ...extra }).success).toBe(ok);
  });

  it.each<[string, SetupState, Parameters<typeof applyGraphResult>[1], (s: SetupState) => void]>([
    [
      'nothing captured: Graph supplies the expiry, the identity, the tenant name and the snapshot',
      EMPTY_SETUP,
      { appId: APP, tenantId: TENANT, verifiedSteps: ['register'], credential: CREDENTIAL, graph: GRAPH, tenantName: 'Contoso' },
      (s) => {
        expect(s.activeAppId).toBe(APP);
        expect(s.apps[APP]).toMatchObject({ expiry: { iso: '2026-12-15' }, credential: { keyId: KEY, hint: 'xY1', description: 'TonicDM Office365 Secret' }, tenantName: 'Contoso', graph: GRAPH });
        expect(s.apps[APP]?.done.register).toEqual({ at: NOW, source: 'graph', by: 'Megan Bowen (admin@contoso.example)' });
      },
    ],
    [
      'the captured secret found in Graph: its key ID is learnt, the portal text kept, the masked warning left alone',
      captured,
      { appId: APP, tenantId: TENANT, verifiedSteps: [], credential: CREDENTIAL },
      (s) => {
        expect(s.apps[APP]?.expiry).toEqual({ iso: '2026-12-15', text: '12/15/2026' });
        expect(s.apps[APP]?.credential?.keyId).toBe(KEY);
        expect(s.apps[APP]?.secretMaskedOnPage).toBe(true);
        expect(s.notices.map((n) => n.id)).toEqual(['secret-masked']);
      },
    ],
    [
      'a secret a run just added: new expiry, identity unknown until the next check',
      { ...captured, apps: { [APP]: { ...captured.apps[APP]!, credential: { keyId: KEY, hint: 'xY1' } } } },
      { appId: APP, tenantId: TENANT, verifiedSteps: [], expiryIso: '2028-12-03' },
      (s) => {
        expect(s.apps[APP]?.expiry).toEqual({ iso: '2028-12-03' });
        expect(s.apps[APP]?.credential).toBeUndefined();
      },
    ],
    [
      'a check that could not tell which secret: the expiry stays',
      captured,
      { appId: APP, tenantId: TENANT, verifiedSteps: [] },
      (s) => {
        expect(s.apps[APP]?.expiry?.iso).toBe('2026-12-15');
        expect(s.apps[APP]?.credential).toEqual({ hint: 'xY1' });
      },
    ],
  ])('%s', (_name, state, result, check) => {
    check(applyGraphResult(state, result, NOW));
  });
});

describe('rememberSecretIdentity', () => {
  const withApp: SetupState = { ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: { clientId: APP, credential: { keyId: KEY, hint: 'old' }, done: {} } } };

  it.each<[string, SetupState, string | undefined, string | undefined, SetupState['apps'][string]['credential'] | 'unchanged']>([
    ['a new Value: its hint and description; the old key ID no longer applies', withApp, APP, ' TonicDM Office365 Secret ', { hint: 'Qk_', description: 'TonicDM Office365 Secret' }],
    ['no description', withApp, undefined, undefined, { hint: 'Qk_' }],
    ['no app known yet', EMPTY_SETUP, APP, 'x', 'unchanged'],
  ])('%s', (_name, state, appId, description, expected) => {
    const next = rememberSecretIdentity(state, appId, SECRET, description);
    if (expected === 'unchanged') expect(next).toBe(state);
    else expect(next.apps[APP]?.credential).toEqual(expected);
    expect(JSON.stringify(next)).not.toContain(SECRET.slice(0, 6));
  });
});
