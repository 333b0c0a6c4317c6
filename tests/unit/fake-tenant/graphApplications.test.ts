// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp } from './graphCall';

const START = Date.UTC(2026, 0, 8, 10, 0, 0);
const SECRET_SHAPE = /^[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}$/;

let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ clock: () => START, seed: 7 });
});

describe('application create validation', () => {
  it.each([
    ['missing displayName', { signInAudience: 'AzureADMyOrg' }, 'Request_BadRequest', /displayName/],
    ['blank displayName', { displayName: '  ' }, 'Request_BadRequest', /displayName/],
    ['passwordCredentials on create', { displayName: 'A', passwordCredentials: [{ displayName: 'x' }] }, 'Request_BadRequest', /addPassword/],
    ['unknown property', { displayName: 'A', colour: 'blue' }, 'BadRequest', /'colour' does not exist/],
    ['read-only appId', { displayName: 'A', appId: '11111111-1111-1111-1111-111111111111' }, 'Request_BadRequest', /read-only/],
    ['bad signInAudience', { displayName: 'A', signInAudience: 'Everyone' }, 'Request_BadRequest', /signInAudience/],
    [
      'bad requiredResourceAccess type',
      { displayName: 'A', requiredResourceAccess: [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: 'df021288-bdef-4463-88db-98f22de89214', type: 'Application' }] }] },
      'Request_BadRequest',
      /requiredResourceAccess/,
    ],
  ])('%s → 400', async (_name, body, code, message) => {
    const result = await callGraph(tenant, 'POST', '/applications', { body });
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe(code);
    expect(result.json.error.message).toMatch(message);
    expect(tenant.state.applications).toHaveLength(0);
  });

  it('rejects a body that is not JSON', async () => {
    const result = await callGraph(tenant, 'POST', '/applications', {
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(result.status).toBe(400);
    expect(result.json.error.message).toMatch(/Unable to read JSON request payload/);
  });

  it.each([
    [{}, 'AzureADandPersonalMicrosoftAccount'],
    [{ signInAudience: 'AzureADMyOrg' }, 'AzureADMyOrg'],
  ])('signInAudience with %j is %s', async (extra, expected) => {
    const result = await callGraph(tenant, 'POST', '/applications', { body: { displayName: 'A', ...extra } });
    expect(result.status).toBe(201);
    expect(result.json.signInAudience).toBe(expected);
    expect(result.json['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#applications/$entity');
    expect(result.json.appId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.json.id).not.toBe(result.json.appId);
    expect(result.json.createdDateTime).toBe(new Date(START).toISOString());
    expect(result.headers.get('location')).toContain(result.json.id);
  });
});

describe('uniqueName upsert', () => {
  const path = "/applications(uniqueName='tonicdm-office365-token')";
  it.each<{ name: string; exists: boolean; headers: Record<string, string>; status: number; created: number }>([
    { name: 'missing, with create-if-missing', exists: false, headers: { prefer: 'create-if-missing' }, status: 201, created: 1 },
    { name: 'missing, without the header', exists: false, headers: {}, status: 404, created: 0 },
    { name: 'existing, with create-if-missing', exists: true, headers: { prefer: 'create-if-missing' }, status: 204, created: 0 },
    { name: 'existing, without the header', exists: true, headers: {}, status: 204, created: 0 },
  ])('$name → $status', async ({ exists, headers, status, created }) => {
    if (exists) tenant.addApplication({ displayName: 'Old name', uniqueName: 'tonicdm-office365-token' });
    const before = tenant.state.applications.length;
    const result = await callGraph(tenant, 'PATCH', path, { body: { displayName: 'TonicDM Office 365 Token' }, headers });
    expect(result.status).toBe(status);
    expect(tenant.state.applications.length - before).toBe(created);
    const stored = tenant.state.applications.filter((a) => a.uniqueName === 'tonicdm-office365-token');
    if (status === 201) expect(result.json).toMatchObject({ displayName: 'TonicDM Office 365 Token', uniqueName: 'tonicdm-office365-token' });
    if (status === 204) {
      expect(result.json).toBeUndefined();
      expect(stored[0]?.displayName).toBe('TonicDM Office 365 Token');
    }
    if (status === 404) {
      expect(result.json.error.code).toBe('Request_ResourceNotFound');
      expect(stored).toHaveLength(0);
    }
  });

  it('is idempotent: a second upsert updates instead of duplicating', async () => {
    const first = await callGraph(tenant, 'PATCH', path, { body: { displayName: 'T' }, headers: { prefer: 'create-if-missing' } });
    const second = await callGraph(tenant, 'PATCH', path, { body: { displayName: 'T' }, headers: { prefer: 'create-if-missing' } });
    expect([first.status, second.status]).toEqual([201, 204]);
    expect(tenant.state.applications).toHaveLength(1);
  });

  it('needs displayName when it creates', async () => {
    const result = await callGraph(tenant, 'PATCH', path, { body: { signInAudience: 'AzureADMyOrg' }, headers: { prefer: 'create-if-missing' } });
    expect(result.status).toBe(400);
  });

  it('refuses to change an existing uniqueName', async () => {
    const app = await createApp(tenant, 'A', { uniqueName: 'one' });
    const result = await callGraph(tenant, 'PATCH', `/applications/${app.id}`, { body: { uniqueName: 'two' } });
    expect(result.status).toBe(400);
  });
});

describe('application reads', () => {
  it.each([
    ["$filter=displayName eq 'TonicDM Office 365 Token'", 2],
    ["$filter=displayName eq 'tonicdm office 365 token'", 2],
    ["$filter=startswith(displayName,'Tonic')", 2],
    ["$filter=displayName eq 'Other'", 1],
    ["$filter=displayName eq 'Nobody'", 0],
  ])('%s finds %i', async (query, count) => {
    await createApp(tenant);
    await createApp(tenant);
    await createApp(tenant, 'Other');
    const result = await callGraph(tenant, 'GET', `/applications?${query}`);
    expect(result.status).toBe(200);
    expect(result.json.value).toHaveLength(count);
  });

  it.each([['id'], ['appId']])('GET by %s', async (key) => {
    const app = await createApp(tenant);
    const path = key === 'id' ? `/applications/${app.id}` : `/applications(appId='${app.appId}')`;
    const result = await callGraph(tenant, 'GET', `${path}?$select=id,displayName`);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#applications(id,displayName)/$entity',
      id: app.id,
      displayName: app.displayName,
    });
  });

  it('filters by appId', async () => {
    const app = await createApp(tenant);
    await createApp(tenant, 'Other');
    const result = await callGraph(tenant, 'GET', `/applications?$filter=appId eq '${app.appId}'`);
    expect(result.json.value.map((a: { id: string }) => a.id)).toEqual([app.id]);
  });

  it.each([
    ["$filter=notes eq 'x'", 'Request_UnsupportedQuery'],
    ["$filter=displayName eq 'unterminated", 'BadRequest'],
    ['$select=nonsense', 'BadRequest'],
    ['$top=1000', 'Request_UnsupportedQuery'],
  ])('rejects %s', async (query, code) => {
    const result = await callGraph(tenant, 'GET', `/applications?${query}`);
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe(code);
  });

  it('PATCH merges complex properties one level deep and answers 204', async () => {
    const app = await createApp(tenant);
    const result = await callGraph(tenant, 'PATCH', `/applications/${app.id}`, { body: { web: { homePageUrl: 'https://app.tonicdm.com' } } });
    expect(result.status).toBe(204);
    const web = tenant.state.applications[0]?.web as Record<string, unknown>;
    expect(web.homePageUrl).toBe('https://app.tonicdm.com');
    expect(web.redirectUris).toEqual([]);
  });

  it('DELETE removes the app', async () => {
    const app = await createApp(tenant);
    expect((await callGraph(tenant, 'DELETE', `/applications/${app.id}`)).status).toBe(204);
    expect((await callGraph(tenant, 'GET', `/applications/${app.id}`)).status).toBe(404);
  });
});

describe('addPassword / removePassword', () => {
  it('returns a 40-character secret once, with keyId, hint and a 2-year default lifetime', async () => {
    const app = await createApp(tenant);
    const result = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, {
      body: { passwordCredential: { displayName: 'TonicDM Office365 Secret' } },
    });
    expect(result.status).toBe(200);
    expect(result.json['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential');
    expect(result.json.secretText).toMatch(SECRET_SHAPE);
    expect(result.json.hint).toBe(result.json.secretText.slice(0, 3));
    expect(result.json.keyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result.json.displayName).toBe('TonicDM Office365 Secret');
    expect(result.json.startDateTime).toBe('2026-01-08T10:00:00.000Z');
    expect(result.json.endDateTime).toBe('2028-01-08T10:00:00.000Z');

    const read = await callGraph(tenant, 'GET', `/applications/${app.id}`);
    expect(read.json.passwordCredentials).toHaveLength(1);
    expect(read.json.passwordCredentials[0].secretText).toBeNull();
    expect(read.json.passwordCredentials[0].hint).toBe(result.json.hint);
    expect(JSON.stringify(read.json)).not.toContain(result.json.secretText);
    expect(tenant.secretTextOf(result.json.keyId)).toBe(result.json.secretText);
  });

  it('accepts an empty body and an explicit endDateTime', async () => {
    const app = await createApp(tenant);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: {} })).status).toBe(200);
    const explicit = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, {
      body: { passwordCredential: { endDateTime: '2026-07-08T10:00:00Z' } },
    });
    expect(explicit.json.endDateTime).toBe('2026-07-08T10:00:00.000Z');
  });

  it.each([
    ['end before start', { endDateTime: '2025-01-01T00:00:00Z' }],
    ['unparseable end', { endDateTime: 'next year' }],
  ])('rejects %s', async (_name, passwordCredential) => {
    const app = await createApp(tenant);
    const result = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: { passwordCredential } });
    expect(result.status).toBe(400);
  });

  it('removePassword deletes the credential by keyId', async () => {
    const app = await createApp(tenant);
    const added = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: {} });
    const removed = await callGraph(tenant, 'POST', `/applications/${app.id}/removePassword`, { body: { keyId: added.json.keyId } });
    expect(removed.status).toBe(204);
    expect(tenant.state.applications[0]?.passwordCredentials).toEqual([]);
    expect(tenant.secretTextOf(added.json.keyId)).toBeUndefined();
    const again = await callGraph(tenant, 'POST', `/applications/${app.id}/removePassword`, { body: { keyId: added.json.keyId } });
    expect(again.status).toBe(404);
  });
});
