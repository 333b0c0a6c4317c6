// @vitest-environment node
/**
 * The token endpoint's `scope` field in each form Microsoft documents: as asked, short ("User.Read", the Graph
 * tutorials) and long ("https://graph.microsoft.com/User.Read", the protocol reference). Whatever the form, the
 * access token carries the same short `scp`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { base64UrlEncodeBytes } from '../../fake-tenant/base64url';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { decodeTestToken } from '../../fake-tenant/testTokens';
import type { FakeTenant, ScopeEcho } from '../../fake-tenant/types';
import { postForm } from './graphCall';

const CLIENT_ID = '5d2c1a0b-9e8f-4a7b-8c6d-1e2f3a4b5c6d';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const VERIFIER = 'q'.repeat(43);
const TOKEN_URL = 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token';

let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ seed: 21 });
});

async function redeemFor(scope: string): Promise<Record<string, string>> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(VERIFIER));
  const authorize = `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?${new URLSearchParams({
    client_id: CLIENT_ID,
    scope,
    redirect_uri: REDIRECT,
    response_type: 'code',
    response_mode: 'fragment',
    state: 'echo-state',
    nonce: 'echo-nonce',
    code_challenge: base64UrlEncodeBytes(new Uint8Array(digest)),
    code_challenge_method: 'S256',
  })}`;
  const code = new URLSearchParams(new URL(tenant.authorizeRedirectFor(authorize)).hash.slice(1)).get('code') ?? '';
  const result = await postForm(tenant, TOKEN_URL, { client_id: CLIENT_ID, redirect_uri: REDIRECT, grant_type: 'authorization_code', code, code_verifier: VERIFIER, scope });
  expect(result.status).toBe(200);
  return result.json;
}

const MIXED = 'https://graph.microsoft.com/User.Read Application.Read.All openid profile offline_access';

describe('switches.authority.scopeEcho', () => {
  it('defaults to echoing every scope as it was asked', async () => {
    expect(tenant.switches.authority.scopeEcho).toBe('as-asked');
    expect((await redeemFor(MIXED)).scope).toBe('https://graph.microsoft.com/User.Read Application.Read.All openid profile');
  });

  it.each<[ScopeEcho, string]>([
    ['as-asked', 'https://graph.microsoft.com/User.Read Application.Read.All openid profile'],
    ['short', 'User.Read Application.Read.All openid profile'],
    ['long', 'https://graph.microsoft.com/User.Read https://graph.microsoft.com/Application.Read.All openid profile'],
  ])('%s: scope is "%s" and scp stays short', async (form, echoed) => {
    tenant.switches.authority.scopeEcho = form;
    const tokens = await redeemFor(MIXED);
    expect(tokens.scope).toBe(echoed);
    expect(decodeTestToken(tokens.access_token!)?.scp).toBe('User.Read Application.Read.All');
  });

  it.each<[ScopeEcho, string]>([
    ['as-asked', 'https://graph.microsoft.com/Application.ReadWrite.All'],
    ['short', 'Application.ReadWrite.All'],
    ['long', 'https://graph.microsoft.com/Application.ReadWrite.All'],
  ])('%s applies to refresh-token grants too', async (form, echoed) => {
    tenant.switches.authority.scopeEcho = form;
    const first = await redeemFor('https://graph.microsoft.com/User.Read openid offline_access');
    const refreshed = await postForm(tenant, TOKEN_URL, {
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token!,
      scope: 'https://graph.microsoft.com/Application.ReadWrite.All openid offline_access',
    });
    expect(refreshed.json.scope).toBe(`${echoed} openid`);
  });

  it('reset() restores the default form', () => {
    tenant.switches.authority.scopeEcho = 'short';
    tenant.reset();
    expect(tenant.switches.authority.scopeEcho).toBe('as-asked');
  });
});
