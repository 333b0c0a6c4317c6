/**
 * MSAL in an extension page. MSAL cannot navigate an extension page to Entra and back, so the
 * config-level `onRedirectNavigate` catches the authorize URL it builds and stops the navigation;
 * `identity.launchWebAuthFlow` shows that URL in the browser's own sign-in window and hands back
 * the final https://<extension-id>.chromiumapp.org/#… address; its fragment goes to
 * `handleRedirectPromise`, which redeems the code (PKCE) and caches the tokens.
 *
 * Tokens stay in MSAL's cache in this page's sessionStorage: never in extension storage,
 * never in local storage (which would also lose them: MSAL's cache-key cookie is `Secure`, and an
 * extension page cannot set it).
 */
import { AuthError, PublicClientApplication, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { missingScopes, scopesFor, type GraphAccess } from './graphScopes';
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
}

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
    // Redirect flows need it (MSAL refuses memoryStorage); it survives a panel reload, not its closing.
    cache: { cacheLocation: 'sessionStorage' },
  });

  let initialised: Promise<void> | undefined;
  let pending: { access: GraphAccess; result: Promise<AuthenticationResult> } | undefined;

  function initialise(): Promise<void> {
    initialised ??= (async () => {
      await pca.initialize();
      // Clears an interaction a reload interrupted; there is no response to process here.
      await pca.handleRedirectPromise({ navigateToLoginRequestUrl: false }).catch(() => null);
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      if (account) pca.setActiveAccount(account);
    })();
    return initialised;
  }

  /** Hands MSAL a cancellation for its pending request, so the next sign-in is not refused as interaction_in_progress. */
  async function abandon(state: string | undefined): Promise<void> {
    if (!state) return;
    await pca.handleRedirectPromise({ hash: cancelFragment(state), navigateToLoginRequestUrl: false }).catch(() => null);
  }

  async function interactive(access: GraphAccess): Promise<AuthenticationResult> {
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
    if (pending && (pending.access === access || pending.access === 'write')) return pending.result;
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
      checkGranted(access, result);
      const account = toAccount(result.account);
      if (!account) throw new SignInError('failed', 'Microsoft returned no account.');
      return account;
    },
    async getToken(access) {
      await initialise();
      const account = pca.getActiveAccount();
      if (account) {
        try {
          return checkGranted(access, await pca.acquireTokenSilent(silentRequest(scopesFor(access), account)));
        } catch (error) {
          if (error instanceof SignInError) throw error;
          if (!needsInteraction(error)) throw fromMsal(error, options.redirectUri);
        }
      }
      return checkGranted(access, await interactiveOnce(access));
    },
    async signOut() {
      await initialise();
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
