// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { APP_NAME, STEP_IDS, type StepId } from '../../../utils/steps';
import { verifySetup, type CheckStatus } from '../../../utils/graph/verifySetup';
import { createHarness, seedTonicApp, START, type SeedOptions } from './graphHarness';

const DAY = 86_400_000;
const CHECKED_BY_GRAPH: StepId[] = ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'];

describe('verifySetup on a correct tenant', () => {
  it('verifies every step Graph can see and leaves the others unknown', async () => {
    const h = createHarness({ tenantName: 'Contoso', signedInUser: { upn: 'admin@contoso.example' } });
    const { application, servicePrincipal } = seedTonicApp(h);

    const v = await verifySetup(h.transport, { known: h.known });

    for (const id of CHECKED_BY_GRAPH) expect(v.steps[id], id).toMatchObject({ status: 'verified' });
    expect(v.steps['tonicdm-setup'].status).toBe('unknown');
    expect(v.steps['scope-mailboxes'].status).toBe('unknown');
    expect(Object.keys(v.steps).sort()).toEqual([...STEP_IDS].sort());
    expect(v.tenant).toEqual({ id: h.tenant.tenantId, displayName: 'Contoso' });
    expect(v.admin).toMatchObject({ upn: 'admin@contoso.example', canConsent: true });
    expect(v.admin.roles).toContain('Global Administrator');
    expect(v.app).toMatchObject({
      id: application.id,
      appId: application.appId,
      displayName: APP_NAME,
      servicePrincipalId: servicePrincipal.id,
      trust: { level: 'yours', risks: [], summary: 'You are its only owner and every credential on it was created with this assistant' },
    });
    expect(v.selection).toBe('only');
    expect(v.candidates).toHaveLength(1);
    expect(v.steps['copy-ids'].reason).toContain(application.appId);
    expect(v.steps['copy-ids'].reason).toContain(h.tenant.tenantId);
    expect(v.secretExpiry).toBe(application.passwordCredentials[0]!.endDateTime);
    expect(v.warnings).toEqual([]);
  });

  it('uses two sequential round trips by name and two by captured client ID, all reads batched', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);

    const byName = await verifySetup(h.transport);
    const mark = h.tenant.log.length;
    const byId = await verifySetup(h.transport, { appId: application.appId });

    expect(byName.roundTrips).toBe(h.graphRounds().length - h.graphRounds(mark).length);
    expect(byName.roundTrips).toBeLessThanOrEqual(2);
    expect(byId.roundTrips).toBe(h.graphRounds(mark).length);
    expect(byId.roundTrips).toBeLessThanOrEqual(2);
    expect(h.graphRounds().every((entry) => entry.url.endsWith('/$batch'))).toBe(true);
    expect(byId.app?.appId).toBe(application.appId);
  });

  it('reads back in one round trip when the enterprise application is known (after a run), with the same verdict', async () => {
    const h = createHarness();
    const { application, servicePrincipal } = seedTonicApp(h);
    const twoRounds = await verifySetup(h.transport, { known: h.known, appId: application.appId });
    const oneRound = await verifySetup(h.transport, { known: h.known, appId: application.appId, servicePrincipalId: servicePrincipal.id.toUpperCase() });
    expect(twoRounds.roundTrips).toBe(2);
    expect(oneRound.roundTrips).toBe(1);
    expect(oneRound.steps).toEqual(twoRounds.steps);
    expect(oneRound.facts.assignments).toEqual(twoRounds.facts.assignments);
    expect(oneRound.facts.grantedRoles).toHaveLength(3);
  });

  it('never asks for or returns secret values', async () => {
    const h = createHarness();
    seedTonicApp(h);
    const v = await verifySetup(h.transport);
    expect(JSON.stringify(v)).not.toMatch(/secretText/);
  });
});

describe('verifySetup finds drift', () => {
  it.each<[string, SeedOptions, StepId, CheckStatus, RegExp]>([
    ['multi-tenant audience', { signInAudience: 'AzureADMultipleOrgs' }, 'register', 'wrong', /AzureADMultipleOrgs.*single tenant/],
    ['a redirect URI', { redirectUri: 'https://app.tonicdm.com/callback' }, 'register', 'wrong', /redirect URIs \(https:\/\/app\.tonicdm\.com\/callback\)/],
    ['delegated instead of application permissions', { roles: 'delegated' }, 'api-permissions', 'wrong', /User\.Read\.All is added as Delegated/],
    ['no permissions at all', { roles: 'none', consent: false }, 'api-permissions', 'missing', /MailboxSettings\.ReadWrite, Mail\.ReadWrite, User\.Read\.All/],
    ['missing consent', { consent: false }, 'admin-consent', 'missing', /not granted for MailboxSettings\.ReadWrite, Mail\.ReadWrite, User\.Read\.All/],
    ['no secret', { secretEndsInDays: null }, 'client-secret', 'missing', /no client secret/],
    ['an expired secret', { secretEndsInDays: -3 }, 'client-secret', 'missing', /expired/],
    ['a secret expiring in 10 days', { secretEndsInDays: 10 }, 'client-secret', 'wrong', /expires soon, on March 25, 2026/],
    ['assignment not required', { assignmentRequired: false }, 'assignment-required', 'missing', /is No/],
    ['no users or groups', { assignUser: false }, 'assign-users', 'missing', /No users or groups/],
  ])('%s', async (_name, seed, step, status, reason) => {
    const h = createHarness();
    seedTonicApp(h, seed);

    const v = await verifySetup(h.transport);

    expect(v.steps[step].status).toBe(status);
    expect(v.steps[step].reason).toMatch(reason);
    const others = CHECKED_BY_GRAPH.filter((id) => id !== step && !(step === 'api-permissions' && id === 'admin-consent' && seed.consent === false));
    for (const id of others) expect(v.steps[id].status, id).toBe('verified');
  });

  it('reports the latest expiry among several secrets', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h, { secretEndsInDays: 10 });
    application.passwordCredentials.push({
      ...application.passwordCredentials[0]!,
      keyId: '99999999-2222-4333-8444-555555555555',
      endDateTime: new Date(START + 500 * DAY).toISOString(),
    });
    const v = await verifySetup(h.transport);
    expect(v.secretExpiry).toBe(new Date(START + 500 * DAY).toISOString());
    expect(v.steps['client-secret'].status).toBe('verified');
  });

  it('reports ambiguity when two apps carry the name', async () => {
    const h = createHarness();
    const first = seedTonicApp(h);
    const second = h.tenant.addApplication({ displayName: APP_NAME, owners: [h.tenant.state.signedInUserId] });

    const v = await verifySetup(h.transport, { known: h.known });

    expect(v.app).toBeUndefined();
    expect(v.selection).toBe('ambiguous');
    expect(v.steps.register).toMatchObject({ status: 'wrong' });
    expect(v.steps.register.reason).toMatch(/2 apps are named/);
    expect(v.candidates.map((c) => c.appId).sort()).toEqual([first.application.appId, second.application.appId].sort());
    expect(v.warnings.join(' ')).toContain(second.application.appId);

    // A captured client ID settles it.
    const pinned = await verifySetup(h.transport, { appId: first.application.appId });
    expect(pinned.app?.id).toBe(first.application.id);
    expect(pinned.steps.register.status).toBe('verified');
  });

  it('finds an app that follows the guide’s older spelling', async () => {
    const h = createHarness();
    seedTonicApp(h, { name: 'TonicDM Office365 Token' });
    const v = await verifySetup(h.transport);
    expect(v.steps.register.status).toBe('verified');
    expect(v.warnings.join(' ')).toMatch(/older spelling/);
  });

  it('says everything is missing in an empty tenant, in one round trip', async () => {
    const h = createHarness();
    const v = await verifySetup(h.transport);
    for (const id of CHECKED_BY_GRAPH) expect(v.steps[id].status, id).toBe('missing');
    expect(v.app).toBeUndefined();
    expect(v.roundTrips).toBe(1);
    expect(h.graphRounds()).toHaveLength(1);
  });

  it('falls back to the name when the captured client ID matches nothing', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const v = await verifySetup(h.transport, { appId: '0a0a0a0a-0000-4000-8000-000000000000' });
    expect(v.app?.appId).toBe(application.appId);
    expect(v.warnings.join(' ')).toMatch(/No app registration has the client ID/);
  });
});

describe('verifySetup and the admin’s roles', () => {
  it.each([
    [['Global Administrator'] as const, true],
    [['Privileged Role Administrator'] as const, true],
    [['Application Administrator'] as const, false],
    [['Cloud Application Administrator', 'User Administrator'] as const, false],
  ])('%j → canConsent %s', async (roles, canConsent) => {
    const h = createHarness({ signedInUserRoles: [...roles] });
    seedTonicApp(h, { consent: false });
    const v = await verifySetup(h.transport);
    expect(v.admin.canConsent).toBe(canConsent);
    expect(v.admin.roles.sort()).toEqual([...roles].sort());
    expect(v.warnings.some((w) => /cannot grant Microsoft Graph application permissions/.test(w))).toBe(!canConsent);
  });
});
