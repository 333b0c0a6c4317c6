import { BrowserAuthError, CacheLookupPolicy, ClientAuthError, InteractionRequiredAuthError, ServerError, type AccountInfo } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { needsInteraction, silentRequest, SILENT_CACHE_POLICY } from '../../../utils/auth/tokenPolicy';

const account = { homeAccountId: 'u.t', environment: 'login.microsoftonline.com', tenantId: 't', username: 'admin@contoso.onmicrosoft.com', localAccountId: 'u' } as AccountInfo;

describe('silentRequest', () => {
  it('looks in the cache, then uses the refresh token, and never renews in a hidden iframe', () => {
    const request = silentRequest(['https://graph.microsoft.com/User.Read'], account);
    expect(request.cacheLookupPolicy).toBe(CacheLookupPolicy.AccessTokenAndRefreshToken);
    expect(SILENT_CACHE_POLICY).not.toBe(CacheLookupPolicy.Default);
    expect(request).toMatchObject({ scopes: ['https://graph.microsoft.com/User.Read'], account });
  });
});

describe('needsInteraction', () => {
  it.each<[string, unknown, boolean]>([
    ['MSAL says interaction is required', new InteractionRequiredAuthError('interaction_required', ''), true],
    ['consent for new (write) scopes', new InteractionRequiredAuthError('consent_required', '', 'AADSTS65001: The user or administrator has not consented.'), true],
    ['nothing cached for the account', new InteractionRequiredAuthError('no_tokens_found', ''), true],
    ['refresh token rejected (invalid_grant)', new ServerError('invalid_grant', '', 'AADSTS700082: The refresh token has expired due to inactivity.'), true],
    ['MFA required, described only by its AADSTS code', new ServerError('unknown', '', 'AADSTS50076: Due to a configuration change you must use multi-factor authentication.'), true],
    ['a network failure is not fixed by a sign-in window', new BrowserAuthError('post_request_failed', ''), false],
    ['another interaction in progress', new BrowserAuthError('interaction_in_progress', ''), false],
    ['a bad configuration', new ClientAuthError('endpoints_resolution_error', ''), false],
    ['a plain error', new Error('boom'), false],
    ['not an error at all', 'invalid_grant', false],
    ['null', null, false],
  ])('%s → %s', (_, error, expected) => {
    expect(needsInteraction(error)).toBe(expected);
  });
});
