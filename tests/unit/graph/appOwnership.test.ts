// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assessOwnership, checkOwnership, mayRecordAsSetupApp, type KnownCredentials, type OwnershipInput } from '../../../utils/graph/appOwnership';
import { defaultAppChoice, choiceProblem } from '../../../utils/graph/appChoice';
import type { DirectoryObjectInfo, GraphApplication, PasswordCredentialInfo } from '../../../utils/graph/graphTypes';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { DEMO_USERS } from '../../fake-tenant/defaults';
import { createHarness, seedTonicApp } from './graphHarness';

const NOW = new Date('2026-03-15T10:00:00Z');
const ME = 'aaaaaaaa-0000-4000-8000-000000000001';
const APP_ID = 'bbbbbbbb-0000-4000-8000-000000000002';
const me: DirectoryObjectInfo = { '@odata.type': '#microsoft.graph.user', id: ME, displayName: 'MOD Administrator' };
const alex: DirectoryObjectInfo = { '@odata.type': '#microsoft.graph.user', id: 'cccccccc-0000-4000-8000-000000000003', displayName: 'Alex Wilber' };
const megan: DirectoryObjectInfo = { '@odata.type': '#microsoft.graph.user', id: 'dddddddd-0000-4000-8000-000000000004', displayName: 'Megan Bowen' };
const robot: DirectoryObjectInfo = { '@odata.type': '#microsoft.graph.servicePrincipal', id: 'eeeeeeee-0000-4000-8000-000000000005', displayName: 'Deploy robot', appId: 'ffffffff-0000-4000-8000-000000000006' };
const secret = (keyId: string, hint = 'abc', endDateTime = '2027-01-01T00:00:00Z'): PasswordCredentialInfo => ({ keyId, hint, displayName: 'TonicDM Office365 Secret', startDateTime: '2026-01-01T00:00:00Z', endDateTime });
const ROLES = new Map<string, string[]>([
  [alex.id, []],
  [megan.id, ['Global Administrator']],
]);

function input(app: Partial<OwnershipInput['app']>, extra: Partial<OwnershipInput> = {}): OwnershipInput {
  return {
    meId: ME,
    app: { appId: APP_ID, owners: [me], passwordCredentials: [], keyCredentials: [], federatedIdentityCredentials: [], ...app },
    ownerRoles: ROLES,
    known: { keyIds: [] },
    now: NOW,
    ...extra,
  };
}

describe('assessOwnership', () => {
  it.each<[string, OwnershipInput, 'yours' | 'unowned' | 'risk', string]>([
    ['only the admin, no credentials', input({}), 'yours', 'You are its only owner and it has no credentials'],
    ['only the admin, the secret it created', input({ passwordCredentials: [secret('k1')] }, { known: { keyIds: ['K1'] } }), 'yours', 'You are its only owner and every credential on it was created with this assistant'],
    ['only the admin, the secret it holds', input({ passwordCredentials: [secret('k1', 'xY1')] }, { known: { keyIds: [], held: { appId: APP_ID.toUpperCase(), hint: 'xY1' } } }), 'yours', 'You are its only owner and every credential on it was created with this assistant'],
    ['only the admin, an expired foreign secret', input({ passwordCredentials: [secret('k1', 'abc', '2025-01-01T00:00:00Z')] }), 'yours', 'You are its only owner and it has no credentials'],
    ['no owners, no credentials', input({ owners: [] }), 'unowned', 'It has no owners (another administrator or a script created it) and it has no credentials'],
    ['a member with no admin role and their secret', input({ owners: [alex], passwordCredentials: [secret('k1')] }), 'risk', 'Owned by Alex Wilber, who holds no admin role; it has 1 secret you did not create with this assistant'],
    ['the admin and a Global Administrator', input({ owners: [me, megan] }), 'risk', 'Also owned by Megan Bowen (Global Administrator)'],
    ['an owner whose roles were not read', input({ owners: [alex] }, { ownerRoles: new Map() }), 'risk', 'Owned by Alex Wilber'],
    ['a service principal owner', input({ owners: [robot] }), 'risk', 'Owned by the app "Deploy robot" (a service principal, which can change it at any time)'],
    [
      'handed over with a secret, a certificate and a federated credential left on it',
      input({
        passwordCredentials: [secret('k1'), secret('k2')],
        keyCredentials: [{ keyId: 'c1', endDateTime: '2027-01-01T00:00:00Z' }],
        federatedIdentityCredentials: [{ id: 'f1', name: 'deploy' }],
      }),
      'risk',
      'It has 2 secrets, 1 certificate and 1 federated credential you did not create with this assistant',
    ],
    [
      'the enterprise application owned by a member',
      input({}, { servicePrincipal: { owners: [me, alex], passwordCredentials: [secret('s1')], keyCredentials: [] } }),
      'risk',
      'Its enterprise application is also owned by Alex Wilber, who holds no admin role; its enterprise application has 1 secret you did not create with this assistant',
    ],
    ['the same member owning both', input({ owners: [alex] }, { servicePrincipal: { owners: [alex] } }), 'risk', 'Owned by Alex Wilber, who holds no admin role'],
    ['owners that could not be read', input({ owners: undefined }), 'risk', 'Its owners could not be read'],
    ['federated credentials that could not be read', input({ federatedIdentityCredentials: undefined }), 'risk', 'Its federated credentials could not be read'],
    ['an unknown signed-in account', input({}, { meId: undefined }), 'risk', 'Owned by MOD Administrator'],
  ])('%s → %s', (_name, given, level, summary) => {
    const trust = assessOwnership(given);
    expect(trust.level).toBe(level);
    expect(trust.summary).toBe(summary);
  });

  it('a held secret counts only on the app it belongs to', () => {
    const known: KnownCredentials = { keyIds: [], held: { appId: 'another-app', hint: 'xY1' } };
    expect(assessOwnership(input({ passwordCredentials: [secret('k1', 'xY1')] }, { known })).level).toBe('risk');
  });

  it('the fingerprint changes with owners and foreign credentials, not with the assistant\'s own secrets', () => {
    const base = assessOwnership(input({ owners: [alex], passwordCredentials: [secret('k1')] }));
    const ownAdded = assessOwnership(input({ owners: [alex], passwordCredentials: [secret('k1'), secret('mine')] }, { known: { keyIds: ['mine'] } }));
    const foreignAdded = assessOwnership(input({ owners: [alex], passwordCredentials: [secret('k1'), secret('k2')] }));
    const ownerAdded = assessOwnership(input({ owners: [alex, megan], passwordCredentials: [secret('k1')] }));
    expect(ownAdded.fingerprint).toBe(base.fingerprint);
    expect(foreignAdded.fingerprint).not.toBe(base.fingerprint);
    expect(ownerAdded.fingerprint).not.toBe(base.fingerprint);
  });

  it('Verify records an app as the setup\'s only when nobody else owns it', () => {
    expect(mayRecordAsSetupApp(assessOwnership(input({ passwordCredentials: [secret('k1')] })))).toBe(true);
    expect(mayRecordAsSetupApp(assessOwnership(input({ owners: [] })))).toBe(true);
    expect(mayRecordAsSetupApp(assessOwnership(input({ owners: [me, alex] })))).toBe(false);
    expect(mayRecordAsSetupApp(assessOwnership(input({ owners: undefined })))).toBe(false);
  });
});

describe('checkOwnership', () => {
  it('reads owners and credentials of the app and its enterprise app in one round, owners\' roles in a second', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({ displayName: 'Any name', withServicePrincipal: true, withFederatedCredential: true });
    const before = h.transport.stats.roundTrips;
    const quick = await checkOwnership(h.transport, { appObjectId: squat.application.id, appId: squat.application.appId }, { meId: h.tenant.state.signedInUserId, known: { keyIds: [] }, now: new Date(h.now()) });
    expect(h.transport.stats.roundTrips - before).toBe(1);
    expect(quick.trust?.summary).toBe('Owned by Alex Wilber; it has 1 secret and 1 federated credential you did not create with this assistant');
    const full = await checkOwnership(h.transport, { appObjectId: squat.application.id, appId: squat.application.appId }, { meId: h.tenant.state.signedInUserId, known: { keyIds: [] }, now: new Date(h.now()), withRoles: true });
    expect(h.transport.stats.roundTrips - before).toBe(3);
    expect(full.trust?.owners).toEqual([{ id: DEMO_USERS[1].id, kind: 'user', name: 'Alex Wilber', isYou: false, adminRoles: [] }]);
    expect(full.trust?.enterpriseAppOwners?.map((o) => o.name)).toEqual(['Alex Wilber']);
    expect(await checkOwnership(h.transport, { appObjectId: '0a0a0a0a-0000-4000-8000-000000000000', appId: squat.application.appId }, { meId: undefined, known: { keyIds: [] }, now: new Date(h.now()) })).toEqual({});
  });
});

describe('verifySetup lists every candidate with owners, creation date and credentials', () => {
  it('reads owners\' admin roles without an extra round when the app\'s service principal was found by name', async () => {
    const h = createHarness();
    const own = seedTonicApp(h);
    const squat = h.tenant.addSquatterApp({ displayName: 'TonicDM Office 365 Token' });
    h.tenant.addOwner(own.application.id, DEMO_USERS[2].id);
    h.tenant.setSignedInUserRoles(['Global Administrator']);
    const v = await verifySetup(h.transport, { known: h.known });
    expect(v.roundTrips).toBe(2);
    expect(v.selection).toBe('ambiguous');
    const byId = Object.fromEntries(v.candidates.map((c) => [c.id, c]));
    expect(byId[own.application.id]!.trust.summary).toBe('Also owned by Megan Bowen, who holds no admin role');
    expect(byId[squat.application.id]!.trust.summary).toBe('Owned by Alex Wilber, who holds no admin role; it has 1 secret you did not create with this assistant');
    expect(byId[squat.application.id]!.createdDateTime).toBe(squat.application.createdDateTime);
    expect(byId[own.application.id]!.foundBy).toEqual(['name']);
    expect(defaultAppChoice(v)).toBeUndefined();
    expect(choiceProblem(v, undefined)).toBe("2 apps already carry TonicDM's name. Choose the one to use, or create a new app.");
  });

  it('checks the app the admin chose, whatever its name, and says so when it is gone', async () => {
    const h = createHarness();
    const other = h.tenant.addApplication({ displayName: 'Renamed TonicDM', owners: [h.tenant.state.signedInUserId] });
    const v = await verifySetup(h.transport, { appObjectId: other.application.id });
    expect(v.selection).toBe('chosen');
    expect(v.app?.id).toBe(other.application.id);
    expect(v.candidates.map((c) => c.foundBy)).toEqual([['chosen']]);
    expect(defaultAppChoice(v)).toEqual({ kind: 'existing', appObjectId: other.application.id });

    h.tenant.state.applications.length = 0;
    const gone = await verifySetup(h.transport, { appObjectId: other.application.id });
    expect(gone.app).toBeUndefined();
    expect(gone.warnings).toContain('The app you chose no longer exists.');
    expect(defaultAppChoice(gone)).toEqual({ kind: 'new' });
  });

  it('an empty tenant still takes one round trip', async () => {
    const h = createHarness();
    const v = await verifySetup(h.transport);
    expect(v.roundTrips).toBe(1);
    expect(v.candidates).toEqual([]);
    expect(defaultAppChoice(v)).toEqual({ kind: 'new' });
  });

  it('counts nothing as the admin\'s when /me could not be read', () => {
    const app: Pick<GraphApplication, 'appId' | 'owners' | 'passwordCredentials' | 'keyCredentials' | 'federatedIdentityCredentials'> = { appId: APP_ID, owners: [me], federatedIdentityCredentials: [] };
    expect(assessOwnership({ meId: undefined, app, known: { keyIds: [] }, now: NOW }).level).toBe('risk');
  });
});

describe('a secret asked for whose answer was lost (pending)', () => {
  const named = (keyId: string, displayName: string, startDateTime: string): PasswordCredentialInfo => ({ keyId, hint: 'zzz', displayName, startDateTime, endDateTime: '2028-01-01T00:00:00Z' });
  const pending = { appId: APP_ID, displayName: 'TonicDM Office365 Secret Mar 2026', since: '2026-03-15T09:58:00Z' };
  it.each<[string, PasswordCredentialInfo, KnownCredentials['pending'], boolean]>([
    ['that name, added after it was asked for', named('p1', pending.displayName, '2026-03-15T09:58:01Z'), pending, true],
    ['within the clock slack before', named('p1', pending.displayName, '2026-03-15T09:50:00Z'), pending, true],
    ['added long before it was asked for', named('p1', pending.displayName, '2026-03-14T09:58:00Z'), pending, false],
    ['another name', named('p1', 'TonicDM Office365 Secret', '2026-03-15T09:59:00Z'), pending, false],
    ['another app', named('p1', pending.displayName, '2026-03-15T09:59:00Z'), { ...pending, appId: 'bbbbbbbb-0000-4000-8000-000000000009' }, false],
    ['nothing pending', named('p1', pending.displayName, '2026-03-15T09:59:00Z'), undefined, false],
  ])('%s → vouched for: %s', (_name, credential, pendingAdd, vouched) => {
    const trust = assessOwnership(input({ passwordCredentials: [credential] }, { known: { keyIds: [], ...(pendingAdd ? { pending: pendingAdd } : {}) } }));
    expect(trust.level).toBe(vouched ? 'yours' : 'risk');
  });
});
