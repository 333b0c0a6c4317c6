/**
 * How the panel asks MSAL for a token without bothering the admin, and when it must give up and
 * show the sign-in window instead.
 */
import { CacheLookupPolicy, type AccountInfo, type SilentRequest } from '@azure/msal-browser';

/**
 * Cache first, then the refresh token, and never MSAL's hidden-iframe renewal: the iframe's
 * redirect to https://<id>.chromiumapp.org/ never lands in an extension page, so it would hang
 * for ~10 s (redirect_bridge_timeout) before failing anyway.
 */
export const SILENT_CACHE_POLICY = CacheLookupPolicy.AccessTokenAndRefreshToken;

export function silentRequest(scopes: readonly string[], account: AccountInfo): SilentRequest {
  return { scopes: [...scopes], account, cacheLookupPolicy: SILENT_CACHE_POLICY };
}

/** MSAL and Entra codes after which only an interactive sign-in can help. */
const INTERACTIVE_CODES = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'bad_token',
  'no_tokens_found',
  'refresh_token_expired',
  'token_refresh_required',
  'native_account_unavailable',
  'no_account_error',
  // A refresh token that is expired, revoked or for fewer scopes than asked (incremental consent).
  'invalid_grant',
]);

/**
 * AADSTS codes meaning the user must act: consent (65001), MFA (50076, 50079), password or session
 * expiry (50173, 700082, 70008, 70043), sign-in frequency (50133).
 */
const INTERACTIVE_AADSTS = /AADSTS(65001|50076|50079|50173|700082|70008|70043|50133)\b/;

interface ErrorLike {
  errorCode?: unknown;
  errorMessage?: unknown;
  subError?: unknown;
  message?: unknown;
  name?: unknown;
}

/** Whether a silent-token failure should fall back to the sign-in window. */
export function needsInteraction(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorLike;
  if (e.name === 'InteractionRequiredAuthError') return true;
  if (typeof e.errorCode === 'string' && INTERACTIVE_CODES.has(e.errorCode)) return true;
  const text = [e.errorMessage, e.message].filter((part) => typeof part === 'string').join(' ');
  return INTERACTIVE_AADSTS.test(text);
}
