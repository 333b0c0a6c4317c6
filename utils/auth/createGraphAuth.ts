/**
 * MSAL in an extension page. MSAL cannot navigate an extension page to Entra and back, so the
 * config-level `onRedirectNavigate` catches the authorize URL it builds and stops the navigation;
 * `identity.launchWebAuthFlow` shows that URL in the browser's own sign-in window and hands back
 * the final https://<extension-id>.chromiumapp.org/#… address; its fragment goes to
 * `handleRedirectPromise`, which redeems the code (PKCE) and caches the tokens.
 *
 * Tokens live in memory only. MSAL's cache is its "sessionStorage", which this page points at
 * memory before MSAL starts (memoryWebStorage.ts): Chromium would otherwise write it to the
 * profile. Closing (or reloading) the panel therefore signs out.
 *
 * One token per Graph run: MSAL finds a cached access token only when the scopes Entra echoed
 * match the requested strings literally, and Entra echoes Graph scopes sometimes short
 * ("Application.ReadWrite.All"), sometimes resource-qualified. So the token MSAL hands back is held
 * here, by access level, until shortly before it expires; a write token also serves reads.
 */
import { AuthError, PublicClientApplication, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { accessCovers, missingScopes, scopesFor, type GraphAccess } from './graphScopes';
import { clearInterimState, keepSessionStorageInMemory } from './memoryWebStorage';
import { authorizeState, cancelFragment, responseFragment } from './redirectResponse';
import { SignInError, authorityError, webAuthFlowError } from './signInError';
import { needsInteraction, silentRequest } from './tokenPolicy';

/** `identity.launchWebAuthFlow`: resolves with the final redirect URL. */
export type WebAuthFlow = (details: { url: string; interactive: boolean }) => Promise<string | undefined>;

export interface GraphAuthOptions {
  clientId: string;
  authority: string;
  /** `identity.getRedirectURL()`: https://<extension-id>.chromiumapp.org/ in Chromium. */
  redirectUri: string;
  launchWebAuthFlow: WebAuthFlow;
  /** Epoch milliseconds, for the held token's expiry; default Date.now. */
  now?: () => number;
}

/** A held token is renewed this long before it expires (MSAL's own default renewal offset). */
export const RENEW_BEFORE_EXPIRY_MS = 5 * 60_000;

export interface GraphAccount {
  /** The UPN the admin signed in with. */
  username: string;
  name?: string;
  tenantId: string;
}

export interface GraphAuth {
  /** Initialises MSAL and restores an account this page signed in earlier, if any. */
  ready(): Promise<GraphAccount | undefined>;
  account(): GraphAccount | undefined;
  /** Opens the Microsoft sign-in window. */
  signIn(access: GraphAccess): Promise<GraphAccount>;
  /** A Graph access token for the access level: from the cache or refresh token, else the sign-in window (incremental consent). */
  getToken(access: GraphAccess): Promise<string>;
  signOut(): Promise<void>;
}

export function createGraphAuth(options: GraphAuthOptions): GraphAuth {
  const memory = keepSessionStorageInMemory();
  const now = options.now ?? (() => Date.now());
  let capturedUrl: string | undefined;
  const pca = new PublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: options.authority,
      redirectUri: options.redirectUri,
      onRedirectNavigate: (url) => {
        capturedUrl = url;
        return false;
      },
    },
    // MSAL refuses redirect flows with 'memoryStorage'; this page's sessionStorage is memory (see above).
    cache: { cacheLocation: 'sessionStorage' },
  });

  let initialised: Promise<void> | undefined;
  let pending: { access: GraphAccess; result: Promise<AuthenticationResult> } | undefined;
  const held = new Map<GraphAccess, { token: string; expiresAt: number; homeAccountId: string }>();
  const silent = new Map<GraphAccess, Promise<string>>();

  function initialise(): Promise<void> {
    initialised ??= (async () => {
      await pca.initialize();
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      if (account) pca.setActiveAccount(account);
    })();
    return initialised;
  }

  /** A held token for the access level (a write token serves reads) that is not about to expire. */
  function heldToken(access: GraphAccess): string | undefined {
    const account = pca.getActiveAccount();
    for (const [level, entry] of held) {
      if (!accessCovers(level, access)) continue;
      if (account?.homeAccountId === entry.homeAccountId && entry.expiresAt - now() > RENEW_BEFORE_EXPIRY_MS) return entry.token;
    }
    return undefined;
  }

  function hold(access: GraphAccess, result: AuthenticationResult): string {
    const token = checkGranted(access, result);
    if (result.expiresOn && result.account) {
      held.set(access, { token, expiresAt: result.expiresOn.getTime(), homeAccountId: result.account.homeAccountId });
    }
    return token;
  }

  /** Hands MSAL a cancellation for its pending request, so the next sign-in is not refused as interaction_in_progress. */
  async function abandon(state: string | undefined): Promise<void> {
    if (!state) return;
    await pca.handleRedirectPromise({ hash: cancelFragment(state), navigateToLoginRequestUrl: false }).catch(() => null);
  }

  async function interactive(access: GraphAccess): Promise<AuthenticationResult> {
    try {
      return await roundTrip(access);
    } finally {
      // MSAL removes its request state itself; this makes sure no code or verifier outlives the round trip.
      clearInterimState(memory);
    }
  }

  async function roundTrip(access: GraphAccess): Promise<AuthenticationResult> {
    await initialise();
    capturedUrl = undefined;
    const account = pca.getActiveAccount() ?? undefined;
    const scopes = scopesFor(access);
    try {
      if (account) await pca.acquireTokenRedirect({ scopes, account, redirectUri: options.redirectUri });
      else await pca.loginRedirect({ scopes, redirectUri: options.redirectUri, prompt: 'select_account' });
    } catch (error) {
      throw fromMsal(error, options.redirectUri);
    }
    const url = capturedUrl;
    if (!url) throw new SignInError('failed', 'The sign-in address could not be prepared.');
    const state = authorizeState(url);

    let responseUrl: string | undefined;
    try {
      responseUrl = await options.launchWebAuthFlow({ url, interactive: true });
    } catch (error) {
      await abandon(state);
      throw webAuthFlowError(error, options.redirectUri);
    }
    const fragment = responseFragment(responseUrl);
    if (!fragment) {
      await abandon(state);
      throw new SignInError('mismatch', 'The sign-in window closed without an answer from Microsoft.');
    }

    let result: AuthenticationResult | null;
    try {
      result = await pca.handleRedirectPromise({ hash: fragment, navigateToLoginRequestUrl: false });
    } catch (error) {
      throw fromMsal(error, options.redirectUri);
    }
    // A tampered or foreign `state` makes MSAL return null without throwing.
    if (!result) {
      await abandon(state);
      throw new SignInError('mismatch', 'The sign-in answer did not belong to this request, so it was ignored. Sign in again.');
    }
    if (result.account) pca.setActiveAccount(result.account);
    return result;
  }

  /** One sign-in window at a time: parallel token requests share it (a write sign-in also serves reads). */
  async function interactiveOnce(access: GraphAccess): Promise<AuthenticationResult> {
    if (pending && accessCovers(pending.access, access)) return pending.result;
    if (pending) await pending.result.catch(() => undefined);
    const result = interactive(access).finally(() => {
      if (pending?.result === result) pending = undefined;
    });
    pending = { access, result };
    return result;
  }

  function checkGranted(access: GraphAccess, result: AuthenticationResult): string {
    const missing = missingScopes(access, result.scopes);
    if (missing.length > 0) {
      throw new SignInError(
        'denied',
        `Consent was not given for ${missing.join(', ')}. An administrator must approve these permissions for the sign-in app.`,
      );
    }
    return result.accessToken;
  }

  async function acquire(access: GraphAccess): Promise<string> {
    await initialise();
    const account = pca.getActiveAccount();
    if (account) {
      try {
        return hold(access, await pca.acquireTokenSilent(silentRequest(scopesFor(access), account)));
      } catch (error) {
        if (error instanceof SignInError) throw error;
        if (!needsInteraction(error)) throw fromMsal(error, options.redirectUri);
      }
    }
    return hold(access, await interactiveOnce(access));
  }

  return {
    async ready() {
      await initialise();
      return toAccount(pca.getActiveAccount());
    },
    account() {
      return toAccount(pca.getActiveAccount());
    },
    async signIn(access) {
      const result = await interactiveOnce(access);
      hold(access, result);
      const account = toAccount(result.account);
      if (!account) throw new SignInError('failed', 'Microsoft returned no account.');
      return account;
    },
    async getToken(access) {
      const token = heldToken(access);
      if (token) return token;
      // Requests that start together share one token request (a pending write one also serves reads).
      const inFlight = silent.get(access) ?? [...silent].find(([level]) => accessCovers(level, access))?.[1];
      if (inFlight) return inFlight;
      const request = acquire(access).finally(() => {
        if (silent.get(access) === request) silent.delete(access);
      });
      silent.set(access, request);
      return request;
    },
    async signOut() {
      await initialise();
      held.clear();
      // Local only: Entra's logout page would need another window and ends the admin's other sessions.
      pca.setActiveAccount(null);
      await pca.clearCache();
    },
  };
}

function toAccount(account: AccountInfo | null | undefined): GraphAccount | undefined {
  if (!account) return undefined;
  return { username: account.username, ...(account.name ? { name: account.name } : {}), tenantId: account.tenantId };
}

function fromMsal(error: unknown, redirectUri: string): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof AuthError) {
    if (error.errorCode === 'user_cancelled') return new SignInError('cancelled', 'Sign-in was cancelled.');
    return authorityError(error.errorCode, error.errorMessage || error.message, redirectUri);
  }
  return new SignInError('failed', `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
}
