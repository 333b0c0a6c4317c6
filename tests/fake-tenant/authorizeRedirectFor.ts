/**
 * The fake authority's authorize step as a pure function, so a CDP `Fetch.requestPaused` handler (which answers
 * `chrome.identity.launchWebAuthFlow`'s hidden window) can compute the 302 Location without a tenant instance.
 *
 * The authorization code is self-describing: it carries the client, redirect URI, scopes, nonce and PKCE challenge,
 * so any fake tenant's token endpoint can redeem it and check the verifier.
 */
import { base64UrlDecode, base64UrlEncode } from './base64url';
import { FAKE_TENANT_DEFAULTS } from './defaults';
import { createRandomSource, type RandomSource } from './randomSource';

export interface AuthorizeRedirectOptions {
  /** Object id of the user who signs in (bound into the code and client_info). */
  userId?: string;
  /** Tenant id for client_info. */
  tenantId?: string;
  /** The user declines: the redirect carries error=access_denied (AADSTS65004). */
  cancel?: boolean;
  /** Milliseconds since the epoch, stored in the code. */
  now?: number;
  random?: RandomSource;
}

export interface AuthorizationCodeContents {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  nonce: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  userId: string;
  tenantId: string;
  issuedAt: number;
  /** Makes every code unique, so single use can be enforced. */
  jti: string;
}

const CODE_PREFIX = '1.AQ';

export function encodeAuthorizationCode(contents: AuthorizationCodeContents): string {
  return `${CODE_PREFIX}${base64UrlEncode(JSON.stringify(contents))}`;
}

export function decodeAuthorizationCode(code: string): AuthorizationCodeContents | undefined {
  if (!code.startsWith(CODE_PREFIX)) return undefined;
  const json = base64UrlDecode(code.slice(CODE_PREFIX.length));
  if (json === undefined) return undefined;
  try {
    const parsed = JSON.parse(json) as AuthorizationCodeContents;
    return typeof parsed.clientId === 'string' && typeof parsed.redirectUri === 'string' && Array.isArray(parsed.scopes)
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

/** client_info as Entra returns it: base64url JSON with the user's object id and home tenant. */
export function clientInfoFor(userId: string, tenantId: string): string {
  return base64UrlEncode(JSON.stringify({ uid: userId, utid: tenantId }));
}

/** An authorize request Entra would not redirect for (it shows an error page instead). */
export class AuthorizeRequestError extends Error {
  constructor(readonly aadstsCode: number, message: string) {
    super(`AADSTS${aadstsCode}: ${message}`);
    this.name = 'AuthorizeRequestError';
  }
}

const TENANT_SEGMENT = /^\/([^/]+)\/oauth2\/v2\.0\/authorize\/?$/;

export function isWellFormedTenant(segment: string): boolean {
  return (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) ||
    /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(segment) ||
    ['common', 'organizations', 'consumers'].includes(segment.toLowerCase())
  );
}

function withParams(redirectUri: string, mode: string, params: Array<[string, string]>): string {
  const encoded = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  if (mode === 'fragment') return `${redirectUri.split('#')[0]}#${encoded}`;
  return `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${encoded}`;
}

/**
 * The Location of the authority's 302 for an authorize URL:
 * `${redirect_uri}#code=…&state=…&client_info=…&session_state=…` (or `?…` for response_mode=query), or an
 * `error=…&error_description=AADSTS…&state=…` redirect. Throws AuthorizeRequestError when Entra would show an error
 * page instead (no usable redirect_uri or client_id).
 */
export function authorizeRedirectFor(authorizeUrl: string, options: AuthorizeRedirectOptions = {}): string {
  const url = new URL(authorizeUrl);
  const params = url.searchParams;
  const clientId = params.get('client_id');
  if (!clientId) throw new AuthorizeRequestError(900144, "The request body must contain the following parameter: 'client_id'.");
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) throw new AuthorizeRequestError(900144, "The request body must contain the following parameter: 'redirect_uri'.");
  try {
    new URL(redirectUri);
  } catch {
    throw new AuthorizeRequestError(50011, `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`);
  }
  const tenantSegment = TENANT_SEGMENT.exec(url.pathname)?.[1] ?? '';
  const state = params.get('state');
  const mode = params.get('response_mode') ?? 'query';
  const fail = (error: string, aadsts: number, description: string) =>
    withParams(redirectUri, mode, [
      ['error', error],
      ['error_description', `AADSTS${aadsts}: ${description}`],
      ...(state !== null ? ([['state', state]] as Array<[string, string]>) : []),
    ]);
  if (!isWellFormedTenant(tenantSegment)) {
    return fail('invalid_request', 900023, `Specified tenant identifier '${tenantSegment}' is neither a valid DNS name, nor a valid external domain.`);
  }
  if (params.get('response_type') !== 'code') {
    return fail('unsupported_response_type', 700054, "response_type 'code' is the only one supported by this authority.");
  }
  const method = params.get('code_challenge_method');
  const challenge = params.get('code_challenge');
  if (challenge && method !== null && method !== 'S256' && method !== 'plain') {
    return fail('invalid_request', 501491, `Invalid code_challenge_method '${method}'.`);
  }
  if (options.cancel) return fail('access_denied', 65004, 'User declined to consent to access the app.');
  const random = options.random ?? createRandomSource();
  const userId = options.userId ?? FAKE_TENANT_DEFAULTS.signedInUserId;
  const tenantId = options.tenantId ?? FAKE_TENANT_DEFAULTS.tenantId;
  const code = encodeAuthorizationCode({
    clientId,
    redirectUri,
    scopes: (params.get('scope') ?? '').split(' ').filter(Boolean),
    nonce: params.get('nonce'),
    codeChallenge: challenge,
    codeChallengeMethod: challenge ? (method ?? 'plain') : null,
    userId,
    tenantId,
    issuedAt: options.now ?? Date.now(),
    jti: random.guid(),
  });
  return withParams(redirectUri, mode, [
    ['code', code],
    ...(state !== null ? ([['state', state]] as Array<[string, string]>) : []),
    ['client_info', clientInfoFor(userId, tenantId)],
    ['session_state', random.guid()],
  ]);
}
