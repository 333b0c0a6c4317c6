// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { GRAPH_APP_ROLE_IDS } from '../../fake-tenant/graphSeed';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp, createSp, graphSpId } from './graphCall';

let now = Date.UTC(2026, 0, 8, 10, 0, 0);
let tenant: FakeTenant;
beforeEach(() => {
  now = Date.UTC(2026, 0, 8, 10, 0, 0);
  tenant = createFakeTenant({ clock: () => now, seed: 9 });
});

describe('throttle', () => {
  it.each([
    { status: 429 as const, code: 'Request_ThrottledTemporarily' },
    { status: 503 as const, code: 'serviceNotAvailable' },
    { status: 504 as const, code: 'GatewayTimeout' },
  ])('$status for the next N requests, with Retry-After, then normal', async ({ status, code }) => {
    tenant.switches.throttle = { status, count: 2, retryAfterSeconds: 3 };
    for (let i = 0; i < 2; i += 1) {
      const result = await callGraph(tenant, 'GET', '/me');
      expect(result.status).toBe(status);
      expect(result.headers.get('retry-after')).toBe('3');
      expect(result.json.error.code).toBe(code);
    }
    expect((await callGraph(tenant, 'GET', '/me')).status).toBe(200);
  });

  it('can express Retry-After as an HTTP date from the tenant clock', async () => {
    tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 30, retryAfterFormat: 'http-date' };
    const result = await callGraph(tenant, 'GET', '/me');
    expect(result.headers.get('retry-after')).toBe(new Date(now + 30_000).toUTCString());
  });

  it('only throttles matching paths when pathIncludes is set', async () => {
    const app = await createApp(tenant);
    tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 1, pathIncludes: '/addPassword' };
    expect((await callGraph(tenant, 'GET', '/me')).status).toBe(200);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: {} })).status).toBe(429);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: {} })).status).toBe(200);
  });

  it('does not throttle the authority', async () => {
    tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 1 };
    const response = await tenant.handle(new Request('https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'));
    expect(response.status).toBe(200);
    expect(tenant.switches.throttle.count).toBe(1);
  });
});

describe('replication', () => {
  it.each([
    { status: 400 as const, code: 'Request_BadRequest', message: /does not reference a valid application object/ },
    { status: 403 as const, code: 'Authorization_RequestDenied', message: /must in the local tenant/ },
  ])('spCreateFailures fails the first N SP creates with $status', async ({ status, code, message }) => {
    const app = await createApp(tenant);
    tenant.switches.replication.spCreateFailures = 2;
    tenant.switches.replication.spCreateFailureStatus = status;
    const attempts = [];
    for (let i = 0; i < 3; i += 1) {
      attempts.push(await callGraph(tenant, 'PATCH', `/servicePrincipals(appId='${app.appId}')`, { body: {}, headers: { prefer: 'create-if-missing' } }));
    }
    expect(attempts.map((a) => a.status)).toEqual([status, status, 201]);
    expect(attempts[0]?.json.error.code).toBe(code);
    expect(attempts[0]?.json.error.message).toMatch(message);
    if (status === 400) {
      expect(attempts[0]?.json.error.message).toContain(app.appId);
      expect(attempts[0]?.json.error.details[0].code).toBe('NoBackingApplicationObject');
    }
  });

  it('freshObjectNotFoundMs hides new objects by tenant clock, from reads and lists', async () => {
    tenant.switches.replication.freshObjectNotFoundMs = 5_000;
    const app = await createApp(tenant);
    const read = await callGraph(tenant, 'GET', `/applications/${app.id}`);
    expect(read.status).toBe(404);
    expect(read.json.error.code).toBe('Request_ResourceNotFound');
    expect((await callGraph(tenant, 'GET', `/applications?$filter=appId eq '${app.appId}'`)).json.value).toEqual([]);
    now += 5_000;
    expect((await callGraph(tenant, 'GET', `/applications/${app.id}`)).status).toBe(200);
  });

  it('freshObjectNotFoundReads answers 404 for the first N addressed uses of each new object', async () => {
    tenant.switches.replication.freshObjectNotFoundReads = 2;
    const app = await createApp(tenant);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await callGraph(tenant, 'GET', `/applications/${app.id}`)).status);
    expect(statuses).toEqual([404, 404, 200]);
    expect((await callGraph(tenant, 'GET', `/applications?$filter=appId eq '${app.appId}'`)).json.value).toHaveLength(1);
  });

  it('a fresh principal makes its assignment 404 until replicated', async () => {
    const app = await createApp(tenant);
    tenant.switches.replication.freshObjectNotFoundReads = 1;
    const client = await createSp(tenant, app.appId);
    const graphId = graphSpId(tenant);
    const body = { principalId: client.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['Mail.ReadWrite'] };
    const first = await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, { body });
    const second = await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, { body });
    expect([first.status, second.status]).toEqual([404, 201]);
  });

  it('newPasswordHiddenReads keeps a new password out of the next N reads', async () => {
    const app = await createApp(tenant);
    tenant.switches.replication.newPasswordHiddenReads = 2;
    const added = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: {} });
    const counts = [];
    for (let i = 0; i < 3; i += 1) {
      const read = await callGraph(tenant, 'GET', `/applications/${app.id}?$select=passwordCredentials`);
      counts.push(read.json.passwordCredentials.length);
    }
    expect(counts).toEqual([0, 0, 1]);
    expect(tenant.state.applications[0]?.passwordCredentials[0]?.keyId).toBe(added.json.keyId);
  });

  it('invalidReferenceUpdates fails the next N assignments with "Not a valid reference update."', async () => {
    const app = await createApp(tenant);
    const client = await createSp(tenant, app.appId);
    const graphId = graphSpId(tenant);
    tenant.switches.replication.invalidReferenceUpdates = 1;
    const body = { principalId: client.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['User.Read.All'] };
    const first = await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, { body });
    expect(first.status).toBe(400);
    expect(first.json.error).toMatchObject({ code: 'Request_BadRequest', message: 'Not a valid reference update.' });
    expect((await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, { body })).status).toBe(201);
  });

  it.each([
    ['PATCH by id', (app: { id: string }) => `/applications/${app.id}`, {}],
    ["PATCH (uniqueName='…') upsert-update", () => "/applications(uniqueName='tonic')", { prefer: 'create-if-missing' }],
  ])('appPatchConflicts: %s → 409 then 204', async (_name, path, headers) => {
    const app = await createApp(tenant, 'T', { uniqueName: 'tonic' });
    tenant.switches.replication.appPatchConflicts = 1;
    const first = await callGraph(tenant, 'PATCH', path(app), { body: { notes: 'x' }, headers });
    expect(first.status).toBe(409);
    expect(first.json.error.code).toBe('Directory_ConcurrencyViolation');
    expect((await callGraph(tenant, 'PATCH', path(app), { body: { notes: 'x' }, headers })).status).toBe(204);
  });
});

describe('password policy', () => {
  it.each([
    { max: 365, end: '2027-01-08T10:00:00Z', status: 200 },
    { max: 365, end: '2027-01-09T10:00:00Z', status: 400 },
    { max: 365, end: undefined, status: 400 },
    { max: null, end: undefined, status: 200 },
  ])('maxPasswordLifetimeDays=$max, end=$end → $status', async ({ max, end, status }) => {
    const app = await createApp(tenant);
    tenant.switches.policy.maxPasswordLifetimeDays = max;
    const result = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, {
      body: { passwordCredential: { displayName: 'TonicDM Office365 Secret', ...(end ? { endDateTime: end } : {}) } },
    });
    expect(result.status).toBe(status);
    if (status === 400) {
      expect(result.json.error.code).toBe('CredentialInvalidLifetimeAsPerAppPolicy');
      expect(result.json.error.message).toMatch(/Credential lifetime exceeds the max value allowed as per assigned policy '[0-9a-f-]{36}'\./);
      expect(tenant.state.applications[0]?.passwordCredentials).toEqual([]);
    }
  });

  it('passwordAdditionBlocked refuses every new password', async () => {
    const app = await createApp(tenant);
    tenant.switches.policy.passwordAdditionBlocked = true;
    const result = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: {} });
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe('CredentialTypeNotAllowedAsPerAppPolicy');
  });
});

describe('reset and latency', () => {
  it('reset restores seeds, switches, log and counters in place', async () => {
    const switches = tenant.switches;
    const state = tenant.state;
    await createApp(tenant);
    tenant.setSignedInUserRoles(['Application Administrator']);
    switches.replication.spCreateFailures = 3;
    switches.throttle = { status: 429, count: 5, retryAfterSeconds: 1 };
    switches.authority.withheldScopes.push('User.Read');
    tenant.reset();
    expect(tenant.switches).toBe(switches);
    expect(tenant.state).toBe(state);
    expect(state.applications).toEqual([]);
    expect(switches.replication.spCreateFailures).toBe(0);
    expect(switches.throttle).toBeNull();
    expect(switches.authority.withheldScopes).toEqual([]);
    expect(tenant.log).toEqual([]);
    const roles = await callGraph(tenant, 'GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole');
    expect(roles.json.value.map((r: { displayName: string }) => r.displayName)).toEqual(['Global Administrator']);
  });

  it('a seeded tenant is reproducible after reset', async () => {
    const first = await createApp(tenant);
    tenant.reset();
    const second = await createApp(tenant);
    expect(second.appId).toBe(first.appId);
  });

  describe('latencyMs', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('delays each response by the configured time', async () => {
      vi.useFakeTimers();
      const slow = createFakeTenant({ latencyMs: 100 });
      let settled = false;
      const pending = callGraph(slow, 'GET', '/me').then((r) => {
        settled = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(99);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(200);
    });
  });
});
