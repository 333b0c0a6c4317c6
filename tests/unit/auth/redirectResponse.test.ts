import { describe, expect, it } from 'vitest';
import {
  authorizeState,
  cancelFragment,
  classifyWebAuthFlowError,
  responseFragment,
  type WebAuthFlowFailure,
} from '../../../utils/auth/redirectResponse';

const REDIRECT = 'https://ndidbljncjdglldbnmopdecoogmknlno.chromiumapp.org/';
const STATE = 'eyJpZCI6IjAxYTIyMTAxIiwibWV0YSI6eyJpbnRlcmFjdGlvblR5cGUiOiJyZWRpcmVjdCJ9fQ==';

describe('authorizeState', () => {
  it.each<[string, string | undefined]>([
    [`https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x&state=${encodeURIComponent(STATE)}&nonce=n`, STATE],
    ['https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x', undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(authorizeState(url)).toBe(expected);
  });
});

describe('responseFragment', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['fragment response (MSAL default)', `${REDIRECT}#code=1.AQabc&state=s1&client_info=eyJ1`, '#code=1.AQabc&state=s1&client_info=eyJ1'],
    ['query response', `${REDIRECT}?code=1.AQabc&state=s1`, '#code=1.AQabc&state=s1'],
    ['error in the fragment', `${REDIRECT}#error=access_denied&error_description=AADSTS65004&state=s1`, '#error=access_denied&error_description=AADSTS65004&state=s1'],
    ['fragment wins over an unrelated query', `${REDIRECT}?x=1#code=c&state=s`, '#code=c&state=s'],
    ['no OAuth parameters', `${REDIRECT}#section`, undefined],
    ['bare redirect URI', REDIRECT, undefined],
    ['nothing', undefined, undefined],
    ['garbage', '::::', undefined],
  ])('%s', (_, url, expected) => {
    expect(responseFragment(url)).toBe(expected);
  });
});

describe('cancelFragment', () => {
  it('carries the exact state so MSAL matches it to the pending request', () => {
    const params = new URLSearchParams(cancelFragment(STATE).slice(1));
    expect(params.get('state')).toBe(STATE);
    expect(params.get('error')).toBe('user_cancelled');
    expect(cancelFragment(STATE).startsWith('#')).toBe(true);
  });
});

describe('classifyWebAuthFlowError', () => {
  it.each<[unknown, WebAuthFlowFailure]>([
    [new Error('The user did not approve access.'), 'cancelled'],
    [new Error('User cancelled or closed the window'), 'cancelled'],
    [new Error('Authorization page could not be loaded.'), 'unreachable'],
    [new Error('net::ERR_NAME_NOT_RESOLVED'), 'unreachable'],
    [new Error('User interaction required.'), 'interaction-required'],
    [new Error('Something else'), 'failed'],
    ['a string', 'failed'],
    [undefined, 'failed'],
  ])('%s → %s', (error, expected) => {
    expect(classifyWebAuthFlowError(error)).toBe(expected);
  });
});
