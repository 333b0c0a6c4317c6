// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { base64UrlEncodeBytes } from '../../fake-tenant/base64url';
import { authorizeRedirectFor } from '../../fake-tenant/authorizeRedirectFor';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { GRAPH_APP_ROLE_IDS, MICROSOFT_GRAPH_APP_ID } from '../../fake-tenant/graphSeed';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph, postForm } from './graphCall';

const CLIENT_ID = '5d2c1a0b-9e8f-4a7b-8c6d-1e2f3a4b5c6d';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extension-verifier';
const NOW = Date.UTC(2026, 5, 1, 9, 0, 0);

let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ clock: () => NOW, seed: 13 });
});

async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncodeBytes(new Uint8Array(digest));
}

function decodeJwt(token: string): Record<string, any> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));
}

async function authorizeUrl(overrides: Record<string, string> = {}, tenantSegment = 'organizations'): Promise<string> {
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    scope: 'https://graph.microsoft.com/Application.ReadWrite.All https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All openid profile offline_access',
    redirect_uri: REDIRECT,
    response_type: 'code',
    response_mode: 'fragment',
    state: 'eyJpZCI6IjEyMyJ9|user-state',
    nonce: 'nonce-0f3c',
    code_challenge: await challengeFor(VERIFIER),
    code_challenge_method: 'S256',
    client_info: '1',
    ...overrides,
  });
  return `https://login.microsoftonline.com/${tenantSegment}/oauth2/v2.0/authorize?${params}`;
}

async function authorize(url: string): Promise<Response> {
  return tenant.handle(new Request(url, { redirect: 'manual' }));
}

function fragmentOf(location: string): URLSearchParams {
  return new URLSearchParams(new URL(location).hash.slice(1));
}

async function codeFromAuthorize(overrides: Record<string, string> = {}): Promise<string> {
  const response = await authorize(await authorizeUrl(overrides));
  return fragmentOf(response.headers.get('location') ?? '').get('code') ?? '';
}

function redeem(code: string, fields: Record<string, string> = {}, headers: Record<string, string> = { origin: 'chrome-extension://abc' }) {
  return postForm(
    tenant,
    `https://login.microsoftonline.com/organizations/oauth2/v2.0/token`,
    { client_id: CLIENT_ID, redirect_uri: REDIRECT, grant_type: 'authorization_code', code, code_verifier: VERIFIER, scope: 'https://graph.microsoft.com/Application.ReadWrite.All openid profile offline_access', ...fields },
    headers,
  );
}

describe('authorize', () => {
  it('redirects 302 to the redirect URI with code, the exact state and client_info in the fragment', async () => {
    const response = await authorize(await authorizeUrl());
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    expect(location.startsWith(`${REDIRECT}#code=`)).toBe(true);
    const fragment = fragmentOf(location);
    expect(fragment.get('state')).toBe('eyJpZCI6IjEyMyJ9|user-state');
    expect(JSON.parse(atob(fragment.get('client_info') ?? ''))).toEqual({ uid: tenant.state.signedInUserId, utid: tenant.tenantId });
    expect([...fragment.keys()]).toEqual(['code', 'state', 'client_info', 'session_state']);
  });

  it('uses the query string for response_mode=query', async () => {
    const response = await authorize(await authorizeUrl({ response_mode: 'query' }));
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.hash).toBe('');
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it.each<{ name: string; setup: (t: FakeTenant) => void; overrides: Record<string, string>; error: string; aadsts: string }>([
    { name: 'cancel switch', setup: (t: FakeTenant) => { t.switches.authority.cancel = true; }, overrides: {}, error: 'access_denied', aadsts: 'AADSTS65004' },
    { name: 'token response type', setup: () => undefined, overrides: { response_type: 'token' }, error: 'unsupported_response_type', aadsts: 'AADSTS700054' },
  ])('$name → redirect with error and state', async ({ setup, overrides, error, aadsts }) => {
    setup(tenant);
    const location = (await authorize(await authorizeUrl(overrides))).headers.get('location') ?? '';
    const fragment = fragmentOf(location);
    expect(fragment.get('error')).toBe(error);
    expect(fragment.get('error_description')).toMatch(new RegExp(`^${aadsts}: `));
    expect(fragment.get('state')).toBe('eyJpZCI6IjEyMyJ9|user-state');
    expect(fragment.has('code')).toBe(false);
  });

  it.each<{ name: string; segment: string; overrides: Record<string, string>; text: string }>([
    { name: 'unknown tenant', segment: 'fabrikam.onmicrosoft.com', overrides: {}, text: 'AADSTS90002' },
    { name: 'missing redirect_uri', segment: 'organizations', overrides: { redirect_uri: '' }, text: 'AADSTS900144' },
  ])('$name → error page, no redirect', async ({ segment, overrides, text }) => {
    const response = await authorize(await authorizeUrl(overrides, segment));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(text);
  });

  it('the pure authorizeRedirectFor and the tenant-bound variant produce redeemable codes', async () => {
    const url = await authorizeUrl();
    for (const location of [authorizeRedirectFor(url, { tenantId: tenant.tenantId, userId: tenant.state.signedInUserId }), tenant.authorizeRedirectFor(url)]) {
      expect(location.startsWith(`${REDIRECT}#code=`)).toBe(true);
      const code = fragmentOf(location).get('code') ?? '';
      expect((await redeem(code)).status).toBe(200);
    }
    expect(fragmentOf(authorizeRedirectFor(url, { cancel: true })).get('error')).toBe('access_denied');
  });
});

describe('token: authorization_code', () => {
  it('returns MSAL-compatible tokens with the nonce, client_info and echoed scopes', async () => {
    const result = await redeem(await codeFromAuthorize());
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ token_type: 'Bearer', expires_in: expect.any(Number), ext_expires_in: expect.any(Number) });
    expect(result.json.scope).toBe('https://graph.microsoft.com/Application.ReadWrite.All openid profile');
    expect(typeof result.json.refresh_token).toBe('string');
    expect(result.json.id_token.split('.')).toHaveLength(3);
    const idToken = decodeJwt(result.json.id_token);
    expect(idToken).toMatchObject({
      nonce: 'nonce-0f3c',
      aud: CLIENT_ID,
      iss: `https://login.microsoftonline.com/${tenant.tenantId}/v2.0`,
      tid: tenant.tenantId,
      oid: tenant.state.signedInUserId,
      preferred_username: `admin@${tenant.defaultDomain}`,
      name: 'MOD Administrator',
      iat: NOW / 1000,
    });
    expect(idToken.exp).toBeGreaterThan(idToken.iat);
    expect(JSON.parse(atob(result.json.client_info))).toEqual({ uid: tenant.state.signedInUserId, utid: tenant.tenantId });
    const access = decodeJwt(result.json.access_token);
    expect(access).toMatchObject({ scp: 'Application.ReadWrite.All', tid: tenant.tenantId, appid: CLIENT_ID, upn: `admin@${tenant.defaultDomain}` });
    expect(result.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
  });

  it('the issued access token works against Graph with exactly its scopes', async () => {
    const result = await redeem(await codeFromAuthorize());
    const token = result.json.access_token;
    expect((await callGraph(tenant, 'POST', '/applications', { token, body: { displayName: 'X' } })).status).toBe(201);
    expect((await callGraph(tenant, 'GET', '/users', { token })).status).toBe(403);
  });

  it.each<{ name: string; fields: Record<string, string>; error: string; code: number }>([
    { name: 'wrong verifier', fields: { code_verifier: 'not-the-verifier-at-all-0000000000000000000' }, error: 'invalid_grant', code: 501481 },
    { name: 'missing verifier', fields: { code_verifier: '' }, error: 'invalid_grant', code: 501481 },
    { name: 'other client', fields: { client_id: '11111111-2222-4333-8444-555555555555' }, error: 'invalid_grant', code: 70000 },
    { name: 'other redirect_uri', fields: { redirect_uri: 'https://evil.example/' }, error: 'invalid_grant', code: 70000 },
    { name: 'garbage code', fields: { code: 'nonsense' }, error: 'invalid_grant', code: 9002313 },
  ])('PKCE and binding: $name → 400 $error AADSTS$code', async ({ fields, error, code }) => {
    const result = await redeem(await codeFromAuthorize(), fields);
    expect(result.status).toBe(400);
    expect(result.json.error).toBe(error);
    expect(result.json.error_codes).toEqual([code]);
    expect(result.json.error_description).toMatch(new RegExp(`^AADSTS${code}: .* Trace ID: [0-9a-f-]{36} Correlation ID: [0-9a-f-]{36} Timestamp: `));
  });

  it('a code is single use', async () => {
    const code = await codeFromAuthorize();
    expect((await redeem(code)).status).toBe(200);
    const second = await redeem(code);
    expect(second.status).toBe(400);
    expect(second.json.error_codes).toEqual([54005]);
  });

  it('cross-origin redemption without PKCE is refused (AADSTS9002325)', async () => {
    const code = await codeFromAuthorize({ code_challenge: '', code_challenge_method: '' });
    const result = await redeem(code, { code_verifier: '' });
    expect(result.json.error_codes).toEqual([9002325]);
  });

  it('withheld scopes are left out of the token and the scope field', async () => {
    tenant.switches.authority.withheldScopes = ['AppRoleAssignment.ReadWrite.All'];
    const code = await codeFromAuthorize();
    const result = await redeem(code, { scope: 'https://graph.microsoft.com/Application.ReadWrite.All https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All' });
    expect(result.json.scope).toBe('https://graph.microsoft.com/Application.ReadWrite.All');
    expect(decodeJwt(result.json.access_token).scp).toBe('Application.ReadWrite.All');
  });

  it('an expired code (10 minutes) is refused', async () => {
    let now = NOW;
    const clocked = createFakeTenant({ clock: () => now });
    const location = clocked.authorizeRedirectFor(await authorizeUrl());
    now += 11 * 60_000;
    const result = await postForm(clocked, 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token', {
      client_id: CLIENT_ID, redirect_uri: REDIRECT, grant_type: 'authorization_code', code: fragmentOf(location).get('code') ?? '', code_verifier: VERIFIER,
    });
    expect(result.json.error_codes).toEqual([70008]);
  });
});

describe('token: refresh_token', () => {
  async function refreshToken(): Promise<string> {
    return (await redeem(await codeFromAuthorize())).json.refresh_token;
  }
  const refresh = (token: string) =>
    postForm(tenant, 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token', {
      client_id: CLIENT_ID, grant_type: 'refresh_token', refresh_token: token, scope: 'https://graph.microsoft.com/User.Read openid profile offline_access',
    });

  it('issues new tokens for the requested scopes', async () => {
    const result = await refresh(await refreshToken());
    expect(result.status).toBe(200);
    expect(decodeJwt(result.json.access_token).scp).toBe('User.Read');
    expect(decodeJwt(result.json.id_token).nonce).toBeUndefined();
  });

  it('rejectRefresh → 400 invalid_grant AADSTS700082', async () => {
    const token = await refreshToken();
    tenant.switches.authority.rejectRefresh = true;
    const result = await refresh(token);
    expect(result.status).toBe(400);
    expect(result.json.error).toBe('invalid_grant');
    expect(result.json.error_codes).toEqual([700082]);
    expect(result.json.error_description).toMatch(/^AADSTS700082: The refresh token has expired due to inactivity/);
  });
});

describe('token: client_credentials ("test these values")', () => {
  async function tonicApp(endDateTime?: string) {
    const { application, servicePrincipal } = tenant.addApplication({
      displayName: 'TonicDM Office 365 Token',
      withServicePrincipal: true,
      requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [{ id: GRAPH_APP_ROLE_IDS['Mail.ReadWrite'], type: 'Role' }] }],
    });
    const added = await callGraph(tenant, 'POST', `/applications/${application.id}/addPassword`, {
      body: { passwordCredential: { displayName: 'TonicDM Office365 Secret', ...(endDateTime ? { startDateTime: '2025-01-01T00:00:00Z', endDateTime } : {}) } },
    });
    return { application, servicePrincipal, secret: added.json.secretText as string, keyId: added.json.keyId as string };
  }

  const clientCredentials = (tenantSegment: string, fields: Record<string, string>) =>
    postForm(tenant, `https://login.microsoftonline.com/${tenantSegment}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default', ...fields,
    });

  it('issues an app token whose roles are the granted Graph app roles', async () => {
    const { application, servicePrincipal, secret } = await tonicApp();
    const graphId = tenant.state.servicePrincipals.find((s) => s.appId === MICROSOFT_GRAPH_APP_ID)?.id ?? '';
    await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, {
      body: { principalId: servicePrincipal?.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['User.Read.All'] },
    });
    const result = await clientCredentials(tenant.tenantId, { client_id: application.appId, client_secret: secret });
    expect(result.status).toBe(200);
    const claims = decodeJwt(result.json.access_token);
    expect(claims).toMatchObject({ roles: ['User.Read.All'], idtyp: 'app', appid: application.appId, tid: tenant.tenantId });
    expect((await callGraph(tenant, 'GET', '/users', { token: result.json.access_token })).status).toBe(200);
    expect((await callGraph(tenant, 'GET', '/me', { token: result.json.access_token })).status).toBe(400);
  });

  it.each([
    { name: 'secret ID pasted instead of Value', tenantSegment: 'tenantId', use: 'keyId', status: 401, code: 7000215 },
    { name: 'wrong secret', tenantSegment: 'tenantId', use: 'wrong', status: 401, code: 7000215 },
    { name: 'unknown client id', tenantSegment: 'tenantId', use: 'otherClient', status: 400, code: 700016 },
    { name: 'unknown tenant', tenantSegment: '0d9f8e7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f', use: 'secret', status: 400, code: 90002 },
    { name: 'malformed tenant', tenantSegment: 'not a tenant!', use: 'secret', status: 400, code: 900023 },
    { name: 'expired secret', tenantSegment: 'tenantId', use: 'expired', status: 401, code: 7000222 },
    { name: 'scope without /.default', tenantSegment: 'tenantId', use: 'badScope', status: 400, code: 1002012 },
  ])('$name → $status AADSTS$code', async ({ tenantSegment, use, status, code }) => {
    const { application, secret, keyId } = await tonicApp(use === 'expired' ? '2025-06-01T00:00:00Z' : undefined);
    const fields: Record<string, string> = { client_id: application.appId, client_secret: secret };
    if (use === 'keyId') fields.client_secret = keyId;
    if (use === 'wrong') fields.client_secret = `${secret.slice(0, 39)}x`;
    if (use === 'otherClient') fields.client_id = '22222222-3333-4444-8555-666666666666';
    if (use === 'badScope') fields.scope = 'https://graph.microsoft.com/Mail.Read';
    const segment = tenantSegment === 'tenantId' ? tenant.tenantId : encodeURIComponent(tenantSegment);
    const result = await clientCredentials(segment, fields);
    expect(result.status).toBe(status);
    expect(result.json.error_codes).toEqual([code]);
    expect(result.json.error_description.startsWith(`AADSTS${code}: `)).toBe(true);
  });
});

describe('admin consent and CORS', () => {
  it('grants the app roles the registration requires and redirects with admin_consent=True', async () => {
    const { application } = tenant.addApplication({
      displayName: 'TonicDM Office 365 Token',
      requiredResourceAccess: [{
        resourceAppId: MICROSOFT_GRAPH_APP_ID,
        resourceAccess: [
          { id: GRAPH_APP_ROLE_IDS['MailboxSettings.ReadWrite'], type: 'Role' },
          { id: GRAPH_APP_ROLE_IDS['Mail.ReadWrite'], type: 'Role' },
          { id: GRAPH_APP_ROLE_IDS['User.Read.All'], type: 'Role' },
          { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
        ],
      }],
    });
    const response = await tenant.handle(new Request(`https://login.microsoftonline.com/${tenant.tenantId}/adminconsent?client_id=${application.appId}&redirect_uri=${encodeURIComponent('https://app.example/done')}&state=s1`));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(Object.fromEntries(location.searchParams)).toEqual({ admin_consent: 'True', tenant: tenant.tenantId, state: 's1' });
    expect(tenant.state.appRoleAssignments).toHaveLength(3);
  });

  it('a non-admin cannot consent', async () => {
    const { application } = tenant.addApplication({ displayName: 'X' });
    tenant.setSignedInUserRoles(['Application Administrator']);
    const response = await tenant.handle(new Request(`https://login.microsoftonline.com/organizations/adminconsent?client_id=${application.appId}&redirect_uri=https%3A%2F%2Fapp.example%2F`));
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe('access_denied');
  });

  it('answers preflights on the token endpoint', async () => {
    const response = await tenant.handle(new Request('https://login.microsoftonline.com/organizations/oauth2/v2.0/token', {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST' },
    }));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('GET on the token endpoint is refused', async () => {
    const response = await tenant.handle(new Request('https://login.microsoftonline.com/organizations/oauth2/v2.0/token'));
    expect(response.status).toBe(405);
  });
});
