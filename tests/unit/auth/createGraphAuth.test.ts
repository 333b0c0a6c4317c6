/**
 * MSAL as the side panel runs it, against the fake tenant's authority: launchWebAuthFlow is played
 * by the tenant's authorize step, fetch by its token endpoint.
 */
// The page's own Web Storage, taken before createGraphAuth points sessionStorage at memory.
const pageSessionStorage = window.sessionStorage;
const pageLocalStorage = window.localStorage;

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import type { FakeTenant } from '../../fake-tenant/types';
import { createGraphAuth, RENEW_BEFORE_EXPIRY_MS, type GraphAuth, type WebAuthFlow } from '../../../utils/auth/createGraphAuth';
import type { ScopeEcho } from '../../fake-tenant/types';
import { createGraphTransport } from '../../../utils/graph/graphTransport';
import { runFullSetupForBench } from '../../../utils/graph/roundTrips';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { SignInError, type SignInFailure } from '../../../utils/auth/signInError';

const CLIENT_ID = '5d2c1a0b-9e8f-4a7b-8c6d-1e2f3a4b5c6d';
const REDIRECT = 'https://ndidbljncjdglldbnmopdecoogmknlno.chromiumapp.org/';
const UPN = 'admin@contoso.onmicrosoft.com';

let tenant: FakeTenant;
let windows: string[];
/** What the sign-in window does next; the default signs in. */
let nextWindow: ((url: string) => Promise<string | undefined>) | undefined;

const launchWebAuthFlow: WebAuthFlow = async ({ url }) => {
  windows.push(url);
  const behaviour = nextWindow;
  nextWindow = undefined;
  return behaviour ? behaviour(url) : tenant.authorizeRedirectFor(url);
};

function newAuth(now?: () => number): GraphAuth {
  return createGraphAuth({ clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/organizations', redirectUri: REDIRECT, launchWebAuthFlow, ...(now ? { now } : {}) });
}

/** Keys of MSAL's interaction state (request, PKCE verifier, response fragment, in-progress flag). */
function interimKeys(): string[] {
  return Object.keys(sessionStorage).filter((key) => /request\.params|code\.verifier|request\.origin|urlHash|request\.native|interaction\.status/.test(key));
}

function tokenRequests(): string[] {
  return tenant.log.filter((e) => e.url.includes('/oauth2/v2.0/token') && e.method === 'POST').map((e) => String((e.body as Record<string, string>).grant_type));
}

async function failure(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInError);
  return error as SignInError;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  tenant = createFakeTenant({ seed: 5 });
  windows = [];
  nextWindow = undefined;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => tenant.handle(new Request(input instanceof Request ? input.url : String(input), init)));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createGraphAuth: sign-in through launchWebAuthFlow', () => {
  it('signs in with read scopes only, and keeps nothing in the page\'s Web Storage', async () => {
    const auth = newAuth();
    const account = await auth.signIn('read');
    expect(account.username).toBe(UPN);
    expect(auth.account()?.username).toBe(UPN);
    expect(windows).toHaveLength(1);
    const authorize = new URL(windows[0]!);
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(authorize.searchParams.get('response_mode')).toBe('fragment');
    expect(authorize.searchParams.get('scope')).not.toMatch(/ReadWrite/);
    expect(tokenRequests()).toEqual(['authorization_code']);
    // MSAL's cache is in memory; the storage Chromium would write to the profile stays empty.
    expect(sessionStorage).not.toBe(pageSessionStorage);
    expect(Object.keys(sessionStorage).some((key) => key.includes('refreshtoken'))).toBe(true);
    expect(pageSessionStorage.length).toBe(0);
    for (let i = 0; i < pageLocalStorage.length; i++) {
      expect(pageLocalStorage.getItem(pageLocalStorage.key(i)!)).not.toMatch(/eyJ|1\.AR/);
    }
  });

  it('no interaction state (request, verifier, code) outlives a sign-in, finished or abandoned', async () => {
    const auth = newAuth();
    nextWindow = async () => Promise.reject(new Error('The user did not approve access.'));
    await failure(auth.signIn('read'));
    expect(interimKeys()).toEqual([]);
    let answer = '';
    nextWindow = async (url) => (answer = tenant.authorizeRedirectFor(url));
    await auth.signIn('read');
    expect(interimKeys()).toEqual([]);
    const code = new URLSearchParams(new URL(answer).hash.slice(1)).get('code')!;
    expect(code.length).toBeGreaterThan(20);
    expect(JSON.stringify(Object.entries(sessionStorage))).not.toContain(code);
  });

  it('adds write scopes when automating (incremental consent) and serves repeats from the cache', async () => {
    const auth = newAuth();
    await auth.signIn('read');
    const write = await auth.getToken('write');
    const again = await auth.getToken('write');
    const read = await auth.getToken('read');
    expect(write.split('.')).toHaveLength(3);
    expect(again).toBe(write);
    expect(read.length).toBeGreaterThan(0);
    expect(tokenRequests()).toEqual(['authorization_code', 'refresh_token']);
    expect(windows).toHaveLength(1);
  });

  it('a reloaded panel starts signed out: its memory, and so the token cache, is gone', async () => {
    await newAuth().signIn('read');
    // A reload starts a new page with empty memory; the page's Web Storage held nothing to restore.
    sessionStorage.clear();
    const reloaded = newAuth();
    expect(await reloaded.ready()).toBeUndefined();
    await reloaded.getToken('read');
    expect(windows).toHaveLength(2);
  });

  it('without an account, a token request opens the sign-in window', async () => {
    const token = await newAuth().getToken('read');
    expect(token.split('.')).toHaveLength(3);
    expect(windows).toHaveLength(1);
  });

  it('parallel token requests share one sign-in window', async () => {
    const auth = newAuth();
    const tokens = await Promise.all([auth.getToken('read'), auth.getToken('read'), auth.getToken('read')]);
    expect(new Set(tokens).size).toBe(1);
    expect(windows).toHaveLength(1);
  });

  it('signing out forgets the account', async () => {
    const auth = newAuth();
    await auth.signIn('read');
    await auth.signOut();
    expect(auth.account()).toBeUndefined();
    await auth.getToken('read');
    expect(windows).toHaveLength(2);
  });
});

describe('createGraphAuth: failures', () => {
  it.each<[string, (url: string) => Promise<string | undefined>, SignInFailure, RegExp]>([
    ['window closed', async () => Promise.reject(new Error('The user did not approve access.')), 'cancelled', /cancelled/],
    ['page unreachable', async () => Promise.reject(new Error('Authorization page could not be loaded.')), 'unreachable', /could not be loaded/],
    ['no answer in the redirect', async () => REDIRECT, 'mismatch', /without an answer/],
    ['tampered state', async (url) => tenant.authorizeRedirectFor(url).replace(/state=[^&]+/, 'state=forged'), 'mismatch', /did not belong to this request/],
  ])('%s: the next sign-in is not blocked', async (_, window, kind, message) => {
    const auth = newAuth();
    nextWindow = window;
    const error = await failure(auth.signIn('read'));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(auth.account()).toBeUndefined();
    // MSAL's interaction_in_progress was cleared; otherwise this would throw interaction_in_progress.
    expect((await auth.signIn('read')).username).toBe(UPN);
  });

  it('a declined sign-in (access_denied) is reported as such', async () => {
    tenant.switches.authority.cancel = true;
    const error = await failure(newAuth().signIn('read'));
    expect(error.kind).toBe('denied');
    expect(error.message).toMatch(/AADSTS65004/);
    expect(error.message).not.toMatch(/Trace ID/);
  });

  it('a rejected refresh token falls back to the sign-in window at once (no hidden-iframe wait)', async () => {
    const auth = newAuth();
    await auth.signIn('read');
    tenant.switches.authority.rejectRefresh = true;
    const started = performance.now();
    const token = await auth.getToken('write');
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(token.split('.')).toHaveLength(3);
    expect(tokenRequests()).toEqual(['authorization_code', 'refresh_token', 'authorization_code']);
    expect(windows).toHaveLength(2);
    expect(new URL(windows[1]!).searchParams.get('scope')).toMatch(/AppRoleAssignment\.ReadWrite\.All/);
  });

  it('a write scope the admin did not consent to is named', async () => {
    const auth = newAuth();
    await auth.signIn('read');
    tenant.switches.authority.withheldScopes = ['AppRoleAssignment.ReadWrite.All'];
    const error = await failure(auth.getToken('write'));
    expect(error.kind).toBe('denied');
    expect(error.message).toMatch(/Consent was not given for AppRoleAssignment\.ReadWrite\.All/);
    // Reading still works with what was granted.
    expect((await auth.getToken('read')).length).toBeGreaterThan(0);
  });
});

describe('createGraphAuth: one token per Graph run, whatever form Entra echoes scopes in', () => {
  const ECHOES: ScopeEcho[] = ['as-asked', 'short', 'long'];

  it.each(ECHOES)('%s: Verify after sign-in asks for no token, Automate for one', async (echo) => {
    tenant.switches.authority.scopeEcho = echo;
    const auth = newAuth();
    await auth.signIn('read');
    for (let i = 0; i < 5; i++) await auth.getToken('read');
    expect(tokenRequests()).toEqual(['authorization_code']);
    for (let i = 0; i < 5; i++) await auth.getToken('write');
    await auth.getToken('read');
    expect(tokenRequests()).toEqual(['authorization_code', 'refresh_token']);
    expect(windows).toHaveLength(1);
  });

  it.each(ECHOES)('%s: a full Verify, then a full automated setup, through the Graph engine', async (echo) => {
    tenant.switches.authority.scopeEcho = echo;
    const auth = newAuth();
    await auth.signIn('read');
    const graphFetch = (input: RequestInfo | URL, init?: RequestInit) => tenant.handle(new Request(input, init));
    const verification = await verifySetup(createGraphTransport({ fetch: graphFetch, getToken: () => auth.getToken('read') }));
    expect(verification.tenant.id).toBe(tenant.tenantId);
    expect(tokenRequests()).toEqual(['authorization_code']);
    const setup = await runFullSetupForBench(graphFetch, () => auth.getToken('write'), { serial: false });
    expect(setup.ok).toBe(true);
    expect(setup.requests).toBeGreaterThan(3);
    expect(tokenRequests()).toEqual(['authorization_code', 'refresh_token']);
  });

  it('token requests that start together share one', async () => {
    tenant.switches.authority.scopeEcho = 'short';
    const auth = newAuth();
    await auth.signIn('read');
    const [write, , writeAgain] = await Promise.all([auth.getToken('write'), auth.getToken('read'), auth.getToken('write'), auth.getToken('read')]);
    expect(writeAgain).toBe(write);
    expect(tokenRequests()).toEqual(['authorization_code', 'refresh_token']);
  });

  it('a held token is renewed shortly before it expires', async () => {
    tenant.switches.authority.scopeEcho = 'short';
    let skew = 0;
    const auth = newAuth(() => Date.now() + skew);
    await auth.signIn('read');
    const first = await auth.getToken('read');
    // The fake issues tokens for 3599 s: one minute inside the renewal window.
    skew = 3_599_000 - RENEW_BEFORE_EXPIRY_MS + 60_000;
    const renewed = await auth.getToken('read');
    expect(tokenRequests()).toEqual(['authorization_code', 'refresh_token']);
    expect(renewed).not.toBe(first);
  });

  it('signing out drops the held tokens', async () => {
    const auth = newAuth();
    await auth.signIn('read');
    await auth.getToken('write');
    await auth.signOut();
    await auth.getToken('read');
    expect(windows).toHaveLength(2);
  });
});
