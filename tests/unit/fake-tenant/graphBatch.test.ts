// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { GRAPH_APP_ROLE_IDS } from '../../fake-tenant/graphSeed';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp, createSp, graphSpId } from './graphCall';

let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ seed: 21 });
});

interface Item {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

function batch(requests: Item[]) {
  return callGraph(tenant, 'POST', '/$batch', { body: { requests } });
}

function byId(responses: Array<{ id: string; status: number; body?: any; headers?: Record<string, string> }>) {
  return Object.fromEntries(responses.map((r) => [r.id, r]));
}

async function grantItems(): Promise<{ items: Item[]; clientId: string; graphId: string }> {
  const app = await createApp(tenant);
  const client = await createSp(tenant, app.appId);
  const graphId = graphSpId(tenant);
  const items = (['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'] as const).map((role, index) => ({
    id: String(index + 1),
    method: 'POST',
    url: `/servicePrincipals/${graphId}/appRoleAssignedTo`,
    headers: { 'Content-Type': 'application/json' },
    body: { principalId: client.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS[role] },
  }));
  return { items, clientId: client.id, graphId };
}

describe('$batch', () => {
  it('runs every item, answers each with its own status, in shuffled order', async () => {
    const { items } = await grantItems();
    const result = await batch(items);
    expect(result.status).toBe(200);
    const ids = result.json.responses.map((r: { id: string }) => r.id);
    expect([...ids].sort()).toEqual(['1', '2', '3']);
    expect(ids).not.toEqual(['1', '2', '3']);
    for (const response of result.json.responses) {
      expect(response.status).toBe(201);
      expect(response.headers['Content-Type']).toContain('application/json');
      expect(response.body['@odata.context']).toContain('appRoleAssignedTo/$entity');
    }
    expect(tenant.state.appRoleAssignments).toHaveLength(3);
  });

  it('a failing item does not fail the batch: duplicates come back as per-item 400', async () => {
    const { items } = await grantItems();
    await batch(items);
    const again = await batch(items);
    expect(again.status).toBe(200);
    for (const response of again.json.responses) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe('Permission being assigned already exists on the object');
    }
  });

  it('dependsOn orders execution and a failed dependency gives 424', async () => {
    const result = await batch([
      { id: 'a', method: 'GET', url: '/applications/00000000-0000-4000-8000-000000000000' },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: '/organization' },
      { id: 'd', method: 'GET', url: '/users', dependsOn: ['c'] },
    ]);
    const responses = byId(result.json.responses);
    expect(responses.a?.status).toBe(404);
    expect(responses.b?.status).toBe(424);
    expect(responses.b?.body.error.code).toBe('FailedDependency');
    expect(responses.c?.status).toBe(200);
    expect(responses.d?.status).toBe(200);
    const executed = tenant.log.filter((entry) => entry.batchItemId).map((entry) => entry.batchItemId);
    expect(executed).toEqual(['a', 'c', 'd']);
  });

  it('runs a dependency listed later first', async () => {
    const result = await batch([
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      { id: '1', method: 'GET', url: '/organization' },
    ]);
    expect(result.json.responses.every((r: { status: number }) => r.status === 200)).toBe(true);
    expect(tenant.log.filter((e) => e.batchItemId).map((e) => e.batchItemId)).toEqual(['1', '2']);
  });

  it.each([
    { name: '21 items', requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })), message: /limit of 20/ },
    { name: 'duplicate ids', requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/organization' }], message: /duplicate/ },
    { name: 'unknown dependency', requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }], message: /unknown request '9'/ },
    { name: 'circular dependency', requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['2'] }, { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] }], message: /circular/ },
    { name: 'no requests array', requests: undefined, message: /Invalid batch payload/ },
    { name: 'item without url', requests: [{ id: '1', method: 'GET' }], message: /Invalid batch payload/ },
  ])('rejects $name with a whole-batch 400', async ({ requests, message }) => {
    const result = await callGraph(tenant, 'POST', '/$batch', { body: requests === undefined ? {} : { requests } });
    expect(result.status).toBe(400);
    expect(result.json.error.message).toMatch(message);
  });

  it('accepts exactly 20 items', async () => {
    const result = await batch(Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })));
    expect(result.status).toBe(200);
    expect(result.json.responses).toHaveLength(20);
  });

  it.each([
    { name: 'body without Content-Type', item: { id: '1', method: 'POST', url: '/applications', body: { displayName: 'X' } }, status: 400 },
    { name: 'absolute URL', item: { id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }, status: 400 },
    { name: 'nested $batch', item: { id: '1', method: 'POST', url: '/$batch', headers: { 'Content-Type': 'application/json' }, body: { requests: [] } }, status: 400 },
    { name: 'body with Content-Type', item: { id: '1', method: 'POST', url: '/applications', headers: { 'Content-Type': 'application/json' }, body: { displayName: 'X' } }, status: 201 },
    { name: 'url without leading slash', item: { id: '1', method: 'GET', url: 'me' }, status: 200 },
    { name: 'url with the version segment (as the JS SDK sends it)', item: { id: '1', method: 'GET', url: '/v1.0/me' }, status: 200 },
  ])('item with $name → $status', async ({ item, status }) => {
    const result = await batch([item]);
    expect(result.status).toBe(200);
    expect(result.json.responses[0].status).toBe(status);
  });

  it('items inherit the outer token, so a missing scope is a per-item 403', async () => {
    const token = tenant.mintAccessToken({ scopes: ['User.Read'] });
    const result = await callGraph(tenant, 'POST', '/$batch', {
      token,
      body: { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/applications' }] },
    });
    const responses = byId(result.json.responses);
    expect(responses['1']?.status).toBe(200);
    expect(responses['2']?.status).toBe(403);
  });

  it('the outer request needs a token', async () => {
    const result = await callGraph(tenant, 'POST', '/$batch', { token: null, body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } });
    expect(result.status).toBe(401);
  });

  it('throttles single items with Retry-After when batchItems is set', async () => {
    const { items } = await grantItems();
    tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 7, batchItems: true };
    const result = await batch(items);
    expect(result.status).toBe(200);
    const statuses = result.json.responses.map((r: { status: number }) => r.status).sort();
    expect(statuses).toEqual([201, 201, 429]);
    const throttled = result.json.responses.find((r: { status: number }) => r.status === 429);
    expect(throttled.headers['Retry-After']).toBe('7');
    expect(throttled.body.error.code).toBe('Request_ThrottledTemporarily');
    expect(tenant.switches.throttle?.count).toBe(0);
    expect(tenant.state.appRoleAssignments).toHaveLength(2);
  });

  it('without batchItems the whole batch is throttled', async () => {
    tenant.switches.throttle = { status: 503, count: 1, retryAfterSeconds: 2 };
    const result = await batch([{ id: '1', method: 'GET', url: '/me' }]);
    expect(result.status).toBe(503);
    expect(result.headers.get('retry-after')).toBe('2');
    expect((await batch([{ id: '1', method: 'GET', url: '/me' }])).status).toBe(200);
  });
});
