// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { base64UrlEncode } from '../../fake-tenant/base64url';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { DEFAULT_ACCESS_ROLE_ID, GRAPH_APP_ROLE_IDS } from '../../fake-tenant/graphSeed';
import { mintTestToken } from '../../fake-tenant/testTokens';
import type { DirectoryRoleName, FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp, createSp, graphSpId } from './graphCall';

const NOW = Date.UTC(2026, 2, 1);
let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ clock: () => NOW, seed: 5 });
});

describe('bearer token', () => {
  it.each([
    { name: 'no Authorization header', token: null, message: 'Access token is empty.' },
    { name: 'not a JWT', token: 'opaque-token', message: 'CompactToken parsing failed' },
    { name: 'undecodable payload', token: 'a.%%%.c', message: 'CompactToken parsing failed' },
  ])('$name → 401', async ({ token, message }) => {
    const result = await callGraph(tenant, 'GET', '/me', { token });
    expect(result.status).toBe(401);
    expect(result.json.error.code).toBe('InvalidAuthenticationToken');
    expect(result.json.error.message).toContain(message);
    expect(result.headers.get('www-authenticate')).toContain('Bearer');
  });

  it.each([
    { name: 'expired', claims: { exp: NOW / 1000 - 1 }, message: 'expired' },
    { name: 'other audience', claims: { aud: 'api://something-else' }, message: 'Invalid audience' },
    { name: 'other tenant', claims: { tid: '00000000-1111-2222-3333-444444444444' }, message: 'Access token validation failure' },
    { name: 'unknown user', claims: { oid: '00000000-1111-2222-3333-444444444444' }, message: 'User not found' },
  ])('$name token → 401', async ({ claims, message }) => {
    const good = tenant.mintAccessToken();
    const payload = JSON.parse(atob((good.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    const token = mintTestToken({ ...payload, ...claims });
    const result = await callGraph(tenant, 'GET', '/me', { token });
    expect(result.status).toBe(401);
    expect(result.json.error.message).toContain(message);
  });

  it('test tokens decode as unsigned three-part JWTs', () => {
    const token = tenant.mintAccessToken({ scopes: ['User.Read', 'Application.Read.All'] });
    const [header, payload, signature] = token.split('.');
    expect(signature).toBeTruthy();
    expect(JSON.parse(atob(header ?? ''))).toMatchObject({ typ: 'JWT', alg: 'none' });
    const claims = JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims).toMatchObject({ scp: 'User.Read Application.Read.All', tid: tenant.tenantId, oid: tenant.state.signedInUserId, upn: `admin@${tenant.defaultDomain}` });
    expect(base64UrlEncode('{}')).toBe('e30');
  });
});

interface RouteCase {
  name: string;
  method: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Scopes that are enough on their own (one at a time). */
  sufficient: string[][];
  /** Scopes that are not enough. */
  insufficient: string[];
}

interface Ids {
  appId: string;
  appObjectId: string;
  clientSpId: string;
  graphSpId: string;
}

const ROUTES: RouteCase[] = [
  { name: 'list SPs', method: 'GET', path: () => '/servicePrincipals', sufficient: [['Application.Read.All'], ['Directory.Read.All'], ['Application.ReadWrite.All']], insufficient: ['User.Read', 'AppRoleAssignment.ReadWrite.All'] },
  { name: 'get app', method: 'GET', path: (i) => `/applications/${i.appObjectId}`, sufficient: [['Application.Read.All'], ['Directory.Read.All']], insufficient: ['User.Read', 'User.Read.All'] },
  { name: 'create app', method: 'POST', path: () => '/applications', body: () => ({ displayName: 'X' }), sufficient: [['Application.ReadWrite.All']], insufficient: ['Application.Read.All', 'Directory.Read.All'] },
  { name: 'patch app', method: 'PATCH', path: (i) => `/applications/${i.appObjectId}`, body: () => ({ notes: 'n' }), sufficient: [['Application.ReadWrite.All']], insufficient: ['Application.Read.All'] },
  { name: 'addPassword', method: 'POST', path: (i) => `/applications/${i.appObjectId}/addPassword`, body: () => ({}), sufficient: [['Application.ReadWrite.All']], insufficient: ['Application.Read.All', 'AppRoleAssignment.ReadWrite.All'] },
  { name: 'patch SP', method: 'PATCH', path: (i) => `/servicePrincipals/${i.clientSpId}`, body: () => ({ appRoleAssignmentRequired: true }), sufficient: [['Application.ReadWrite.All']], insufficient: ['Application.Read.All'] },
  {
    name: 'grant Graph role',
    method: 'POST',
    path: (i) => `/servicePrincipals/${i.graphSpId}/appRoleAssignedTo`,
    body: (i) => ({ principalId: i.clientSpId, resourceId: i.graphSpId, appRoleId: GRAPH_APP_ROLE_IDS['Mail.ReadWrite'] }),
    sufficient: [['AppRoleAssignment.ReadWrite.All', 'Application.Read.All']],
    insufficient: ['AppRoleAssignment.ReadWrite.All', 'Application.ReadWrite.All'],
  },
  { name: 'list assignments', method: 'GET', path: (i) => `/servicePrincipals/${i.graphSpId}/appRoleAssignedTo`, sufficient: [['Application.Read.All'], ['AppRoleAssignment.ReadWrite.All']], insufficient: ['User.Read'] },
  { name: 'list users', method: 'GET', path: () => '/users', sufficient: [['User.Read.All'], ['Directory.Read.All'], ['User.ReadBasic.All']], insufficient: ['User.Read', 'Group.Read.All'] },
  { name: 'list groups', method: 'GET', path: () => '/groups', sufficient: [['Group.Read.All'], ['Directory.Read.All']], insufficient: ['User.Read.All'] },
  { name: 'me', method: 'GET', path: () => '/me', sufficient: [['User.Read'], ['User.Read.All']], insufficient: ['Application.Read.All'] },
  { name: 'organization', method: 'GET', path: () => '/organization', sufficient: [['User.Read'], ['Organization.Read.All']], insufficient: ['Application.Read.All'] },
  { name: 'my roles', method: 'GET', path: () => '/me/transitiveMemberOf/microsoft.graph.directoryRole', sufficient: [['User.Read'], ['Directory.Read.All']], insufficient: ['Application.Read.All'] },
];

async function prepare(): Promise<Ids> {
  const app = await createApp(tenant);
  const sp = await createSp(tenant, app.appId);
  return { appId: app.appId, appObjectId: app.id, clientSpId: sp.id, graphSpId: graphSpId(tenant) };
}

describe('delegated scopes per route', () => {
  const allowed = ROUTES.flatMap((route) => route.sufficient.map((scopes) => ({ ...route, scopes })));
  const denied = ROUTES.flatMap((route) => route.insufficient.map((scope) => ({ ...route, scopes: [scope] })));

  it.each(allowed)('$name is allowed with $scopes', async (route) => {
    const ids = await prepare();
    const token = tenant.mintAccessToken({ scopes: route.scopes });
    const result = await callGraph(tenant, route.method, route.path(ids), { token, ...(route.body ? { body: route.body(ids) } : {}) });
    expect(result.status).toBeLessThan(300);
  });

  it.each(denied)('$name is 403 with only $scopes', async (route) => {
    const ids = await prepare();
    const token = tenant.mintAccessToken({ scopes: route.scopes });
    const result = await callGraph(tenant, route.method, route.path(ids), { token, ...(route.body ? { body: route.body(ids) } : {}) });
    expect(result.status).toBe(403);
    expect(result.json.error).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  });
});

describe('directory role of the admin who grants', () => {
  it.each<{ roles: DirectoryRoleName[]; graph: number; tonic: number }>([
    { roles: ['Global Administrator'], graph: 201, tonic: 201 },
    { roles: ['Privileged Role Administrator'], graph: 201, tonic: 201 },
    { roles: ['Application Administrator'], graph: 403, tonic: 201 },
    { roles: ['Cloud Application Administrator'], graph: 403, tonic: 201 },
    { roles: ['Application Developer'], graph: 403, tonic: 403 },
    { roles: [], graph: 403, tonic: 403 },
  ])('$roles: Graph role grant → $graph, TonicDM user assignment → $tonic', async ({ roles, graph, tonic }) => {
    const ids = await prepare();
    tenant.setSignedInUserRoles(roles);
    const graphGrant = await callGraph(tenant, 'POST', `/servicePrincipals/${ids.graphSpId}/appRoleAssignedTo`, {
      body: { principalId: ids.clientSpId, resourceId: ids.graphSpId, appRoleId: GRAPH_APP_ROLE_IDS['User.Read.All'] },
    });
    expect(graphGrant.status).toBe(graph);
    if (graph === 403) expect(graphGrant.json.error.message).toBe('Insufficient privileges to complete the operation.');
    const userAssignment = await callGraph(tenant, 'POST', `/servicePrincipals/${ids.clientSpId}/appRoleAssignedTo`, {
      body: { principalId: '6b1d3f5a-2c4e-4a8b-9d0f-1e3a5c7b9d2f', resourceId: ids.clientSpId, appRoleId: DEFAULT_ACCESS_ROLE_ID },
    });
    expect(userAssignment.status).toBe(tonic);
  });

  it('the principal-side form is checked the same way', async () => {
    const ids = await prepare();
    tenant.setSignedInUserRoles(['Application Administrator']);
    const result = await callGraph(tenant, 'POST', `/servicePrincipals/${ids.clientSpId}/appRoleAssignments`, {
      body: { principalId: ids.clientSpId, resourceId: ids.graphSpId, appRoleId: GRAPH_APP_ROLE_IDS['User.Read.All'] },
    });
    expect(result.status).toBe(403);
  });
});
