// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph } from './graphCall';

const NOW = Date.UTC(2026, 4, 1, 12, 30, 15, 250);
let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ clock: () => NOW, seed: 3, tenantName: 'Contoso' });
});

describe('tenant and signed-in user', () => {
  it('GET /organization returns the tenant id and name', async () => {
    const result = await callGraph(tenant, 'GET', '/organization?$select=id,displayName,verifiedDomains');
    expect(result.status).toBe(200);
    expect(result.json['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#organization(id,displayName,verifiedDomains)');
    expect(result.json.value[0]).toMatchObject({ id: tenant.tenantId, displayName: 'Contoso' });
    expect(result.json.value[0].verifiedDomains[0]).toMatchObject({ name: tenant.defaultDomain, isDefault: true });
  });

  it('GET /me is the signed-in admin', async () => {
    const result = await callGraph(tenant, 'GET', '/me');
    expect(result.json).toMatchObject({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: tenant.state.signedInUserId,
      userPrincipalName: `admin@${tenant.defaultDomain}`,
    });
  });

  it.each([
    [['Global Administrator'], ['Global Administrator']],
    [['Privileged Role Administrator', 'Application Administrator'], ['Privileged Role Administrator', 'Application Administrator']],
    [['Application Administrator'], ['Application Administrator']],
    [[], []],
  ] as const)('transitiveMemberOf/microsoft.graph.directoryRole lists %j', async (roles, expected) => {
    tenant.setSignedInUserRoles([...roles]);
    const result = await callGraph(tenant, 'GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole');
    expect(result.status).toBe(200);
    expect(result.json['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#directoryRoles');
    expect(result.json.value.map((r: { displayName: string }) => r.displayName).sort()).toEqual([...expected].sort());
    for (const role of result.json.value) {
      expect(role['@odata.type']).toBe('#microsoft.graph.directoryRole');
      expect(role.roleTemplateId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('transitiveMemberOf follows nested groups; memberOf does not', async () => {
    const adele = '6b1d3f5a-2c4e-4a8b-9d0f-1e3a5c7b9d2f';
    const direct = await callGraph(tenant, 'GET', `/users/${adele}/memberOf/microsoft.graph.group`);
    const transitive = await callGraph(tenant, 'GET', `/users/${adele}/transitiveMemberOf/microsoft.graph.group`);
    expect(direct.json.value.map((g: { displayName: string }) => g.displayName)).toEqual(['TonicDM Users']);
    expect(transitive.json.value.map((g: { displayName: string }) => g.displayName)).toEqual(['TonicDM Users', 'Sales and Marketing']);
  });
});

describe('users and groups', () => {
  it.each([
    ["/users?$filter=startswith(displayName,'a')", ['Adele Vance', 'Alex Wilber']],
    ["/users?$filter=startswith(displayName,'Meg') or startswith(displayName,'Lee')", ['Megan Bowen', 'Lee Gu']],
    ["/users?$filter=userPrincipalName eq 'lee@contoso.onmicrosoft.com'", ['Lee Gu']],
    ["/groups?$filter=startswith(displayName,'tonic')", ['TonicDM Users']],
    ["/groups?$filter=displayName eq 'Sales and Marketing'", ['Sales and Marketing']],
  ])('%s', async (path, names) => {
    const result = await callGraph(tenant, 'GET', path);
    expect(result.status).toBe(200);
    expect(result.json.value.map((u: { displayName: string }) => u.displayName)).toEqual(names);
  });

  it.each([
    ['/users?$search="displayName:wil"', ['Alex Wilber']],
    ['/users?$search="vance"', ['Adele Vance']],
    ['/groups?$search="displayName:sales"', ['Sales and Marketing']],
  ])('%s with ConsistencyLevel: eventual', async (path, names) => {
    const result = await callGraph(tenant, 'GET', path, { headers: { ConsistencyLevel: 'eventual' } });
    expect(result.json.value.map((u: { displayName: string }) => u.displayName)).toEqual(names);
  });

  it('$search without ConsistencyLevel is a 400', async () => {
    const result = await callGraph(tenant, 'GET', '/users?$search="displayName:wil"');
    expect(result.status).toBe(400);
    expect(result.json.error.message).toContain("'ConsistencyLevel: eventual'");
  });

  it.each([
    ['/users/6b1d3f5a-2c4e-4a8b-9d0f-1e3a5c7b9d2f', 'Adele Vance'],
    ['/users/adele@contoso.onmicrosoft.com', 'Adele Vance'],
    ['/groups/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'TonicDM Users'],
  ])('GET %s', async (path, name) => {
    const result = await callGraph(tenant, 'GET', path);
    expect(result.status).toBe(200);
    expect(result.json.displayName).toBe(name);
    expect(result.json).not.toHaveProperty('members');
  });

  it('seeded users and groups can be added', async () => {
    const user = tenant.addUser({ displayName: 'Pradeep Gupta' });
    const group = tenant.seed.addGroup({ displayName: 'Finance', members: [user.id] });
    expect((await callGraph(tenant, 'GET', `/users/${user.id}`)).json.userPrincipalName).toBe('pradeep.gupta@contoso.onmicrosoft.com');
    expect((await callGraph(tenant, 'GET', `/groups/${group.id}/members`)).json.value[0].id).toBe(user.id);
  });
});

describe('paging', () => {
  it('follows absolute https nextLinks until the last page', async () => {
    const small = createFakeTenant({ pageSize: 2, seed: 1 });
    const seen: string[] = [];
    let url: string | undefined = 'https://graph.microsoft.com/v1.0/users?$select=id,displayName';
    let pages = 0;
    while (url) {
      const result = await callGraph(small, 'GET', url);
      expect(result.status).toBe(200);
      seen.push(...result.json.value.map((u: { displayName: string }) => u.displayName));
      url = result.json['@odata.nextLink'];
      if (url) {
        expect(url.startsWith('https://graph.microsoft.com/v1.0/users?')).toBe(true);
        expect(url).toContain('$select=id%2CdisplayName');
        expect(url).toContain('$skiptoken=');
      }
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(small.state.users.map((u) => u.displayName));
  });

  it('$top overrides the page size and $count needs eventual consistency', async () => {
    const result = await callGraph(tenant, 'GET', '/users?$top=1&$count=true', { headers: { ConsistencyLevel: 'eventual' } });
    expect(result.json.value).toHaveLength(1);
    expect(result.json['@odata.count']).toBe(tenant.state.users.length);
    expect(result.json['@odata.nextLink']).toContain('$top=1');
  });

  it('a tampered $skiptoken is a 400', async () => {
    const result = await callGraph(tenant, 'GET', '/users?$skiptoken=garbage');
    expect(result.status).toBe(400);
  });
});

describe('shapes', () => {
  it.each([
    ['unknown root', 'GET', '/widgets', 404],
    ['unknown navigation', 'GET', '/servicePrincipals/abc/owners', 404],
    ['other version', 'GET', 'https://graph.microsoft.com/beta/me', 404],
    ['method not allowed', 'DELETE', '/organization', 405],
    ['unknown host', 'GET', 'https://example.com/v1.0/me', 404],
  ])('%s → %i with the Graph error envelope', async (_name, method, path, status) => {
    const result = await callGraph(tenant, method, path, { headers: { 'client-request-id': 'abc-123' } });
    expect(result.status).toBe(status);
    expect(Object.keys(result.json.error)).toEqual(expect.arrayContaining(['code', 'message', 'innerError']));
    expect(Object.keys(result.json.error.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
  });

  it('errors echo client-request-id and date the error with the tenant clock', async () => {
    const result = await callGraph(tenant, 'GET', '/widgets', { headers: { 'client-request-id': 'abc-123' } });
    expect(result.json.error.innerError).toMatchObject({ date: '2026-05-01T12:30:15', 'client-request-id': 'abc-123' });
    expect(result.headers.get('client-request-id')).toBe('abc-123');
    expect(result.headers.get('request-id')).toBe(result.json.error.innerError['request-id']);
  });

  it.each(['/me', '/organization', '/users', '/groups', '/applications', '/servicePrincipals', '/me/transitiveMemberOf'])(
    'GET %s carries @odata.context and a JSON content type',
    async (path) => {
      const result = await callGraph(tenant, 'GET', path);
      expect(result.status).toBe(200);
      expect(result.json['@odata.context']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/\$metadata#/);
      expect(result.headers.get('content-type')).toContain('application/json');
    },
  );

  it('answers CORS preflights and echoes the Origin', async () => {
    const preflight = await tenant.handle(
      new Request('https://graph.microsoft.com/v1.0/applications', {
        method: 'OPTIONS',
        headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,prefer' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type,prefer');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    const actual = await callGraph(tenant, 'GET', '/me', { headers: { origin: 'chrome-extension://abc' } });
    expect(actual.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(actual.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
