// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { callGraph, postForm } from './graphCall';

describe('request log', () => {
  it('records method, absolute URL, lower-cased headers, parsed body, clock time and final status in arrival order', async () => {
    let now = 1_000;
    const tenant = createFakeTenant({ clock: () => now, seed: 2 });
    const token = tenant.mintAccessToken();
    await callGraph(tenant, 'PATCH', "/applications(uniqueName='tonic')", {
      token,
      body: { displayName: 'TonicDM Office 365 Token' },
      headers: { Prefer: 'create-if-missing' },
    });
    now = 2_500;
    await callGraph(tenant, 'GET', '/nope', { token });
    expect(tenant.log).toHaveLength(2);
    expect(tenant.log[0]).toEqual({
      method: 'PATCH',
      url: "https://graph.microsoft.com/v1.0/applications(uniqueName='tonic')",
      headers: { authorization: `Bearer ${token}`, prefer: 'create-if-missing', 'content-type': 'application/json' },
      body: { displayName: 'TonicDM Office 365 Token' },
      time: 1_000,
      status: 201,
    });
    expect(tenant.log[1]).toMatchObject({ method: 'GET', time: 2_500, status: 404 });
    expect(tenant.log[1]).not.toHaveProperty('body');
  });

  it('logs $batch items after the outer request, with their item id and inherited authorization', async () => {
    const tenant = createFakeTenant({ seed: 2 });
    const token = tenant.mintAccessToken();
    await callGraph(tenant, 'POST', '/$batch', {
      token,
      body: { requests: [{ id: 'm', method: 'GET', url: '/me' }, { id: 'o', method: 'GET', url: '/organization', dependsOn: ['m'] }] },
    });
    expect(tenant.log.map((e) => [e.method, e.url, e.batchItemId, e.status])).toEqual([
      ['POST', 'https://graph.microsoft.com/v1.0/$batch', undefined, 200],
      ['GET', 'https://graph.microsoft.com/v1.0/me', 'm', 200],
      ['GET', 'https://graph.microsoft.com/v1.0/organization', 'o', 200],
    ]);
    expect(tenant.log[1]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('logs authority form posts as fields, and preflights', async () => {
    const tenant = createFakeTenant({ seed: 2 });
    await tenant.handle(new Request('https://login.microsoftonline.com/organizations/oauth2/v2.0/token', { method: 'OPTIONS', headers: { origin: 'chrome-extension://x' } }));
    await postForm(tenant, 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token', { grant_type: 'refresh_token', client_id: 'c', refresh_token: 'bad', scope: 'User.Read' });
    expect(tenant.log.map((e) => [e.method, e.status])).toEqual([['OPTIONS', 204], ['POST', 400]]);
    expect(tenant.log[1]?.body).toEqual({ grant_type: 'refresh_token', client_id: 'c', refresh_token: 'bad', scope: 'User.Read' });
  });

  it('keeps arrival order under latency when requests overlap', async () => {
    const tenant = createFakeTenant({ latencyMs: 5, seed: 2 });
    await Promise.all([callGraph(tenant, 'GET', '/me'), callGraph(tenant, 'GET', '/organization'), callGraph(tenant, 'GET', '/users')]);
    expect(tenant.log.map((e) => new URL(e.url).pathname)).toEqual(['/v1.0/me', '/v1.0/organization', '/v1.0/users']);
    expect(tenant.log.every((e) => e.status === 200)).toBe(true);
  });
});
