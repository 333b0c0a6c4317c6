// @vitest-environment node
import { AuthToken, UrlUtils, buildClientInfo } from '@azure/msal-common';
import { describe, expect, it } from 'vitest';
import { base64UrlEncodeBytes } from '../../fake-tenant/base64url';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { postForm } from './graphCall';

/** msal-browser's decoder: base64url → base64 → UTF-8. */
function msalBase64Decode(input: string): string {
  const base64 = input.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return new TextDecoder().decode(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)));
}

describe("MSAL's own parsers accept what the fake authority returns", () => {
  it('redirect fragment, id_token and client_info', async () => {
    const tenant = createFakeTenant({ seed: 4, signedInUser: { displayName: 'Zoë Ångström' } });
    const verifier = 'a'.repeat(43);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    const msalState = 'eyJpZCI6IjAxOWEtYWJjIiwibWV0YSI6eyJpbnRlcmFjdGlvblR5cGUiOiJyZWRpcmVjdCJ9fQ|app-state';
    const authorize = `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: '5d2c1a0b-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
      scope: 'https://graph.microsoft.com/User.Read openid profile offline_access',
      redirect_uri: 'https://abcdefghijklmnop.chromiumapp.org/',
      response_type: 'code',
      response_mode: 'fragment',
      state: msalState,
      nonce: '0194-nonce',
      code_challenge: base64UrlEncodeBytes(new Uint8Array(digest)),
      code_challenge_method: 'S256',
    })}`;
    const location = tenant.authorizeRedirectFor(authorize);
    const response = UrlUtils.getDeserializedResponse(new URL(location).hash);
    expect(response?.state).toBe(msalState);
    expect(response?.code).toBeTruthy();

    const tokens = await postForm(tenant, 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token', {
      client_id: '5d2c1a0b-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
      redirect_uri: 'https://abcdefghijklmnop.chromiumapp.org/',
      grant_type: 'authorization_code',
      code: response?.code ?? '',
      code_verifier: verifier,
      client_info: '1',
    });
    const claims = AuthToken.extractTokenClaims(tokens.json.id_token, msalBase64Decode, 'test');
    expect(claims).toMatchObject({ nonce: '0194-nonce', name: 'Zoë Ångström', tid: tenant.tenantId });
    expect(buildClientInfo(tokens.json.client_info, msalBase64Decode)).toEqual({ uid: tenant.state.signedInUserId, utid: tenant.tenantId });
    expect(AuthToken.extractTokenClaims(tokens.json.access_token, msalBase64Decode, 'test')).toMatchObject({ scp: 'User.Read' });
  });
});
