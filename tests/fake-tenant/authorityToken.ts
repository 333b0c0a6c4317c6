/**
 * The v2.0 token endpoint: authorization_code (with PKCE and single-use codes), refresh_token and
 * client_credentials (how TonicDM itself signs in, used to test the captured values). Tokens are unsigned test JWTs.
 */
import { AuthorityError, LOGIN_ORIGIN, checkTenant, tenantError } from './authorityErrors';
import { clientInfoFor, decodeAuthorizationCode } from './authorizeRedirectFor';
import { base64UrlDecode, base64UrlEncode, base64UrlEncodeBytes } from './base64url';
import { MICROSOFT_GRAPH_APP_ID } from './graphSeed';
import { findApplication, findServicePrincipal, findUser, type TenantRuntime } from './tenantRuntime';
import { mintTestToken } from './testTokens';
import type { ScopeEcho } from './types';

const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const OIDC_SCOPES = ['openid', 'profile', 'offline_access', 'email'];
const ACCESS_TOKEN_LIFETIME_S = 3599;
const CODE_LIFETIME_MS = 10 * 60_000;

/** "https://graph.microsoft.com/Mail.Read", "Mail.Read" and "00000003-…/Mail.Read" all name the Graph scope. */
function graphScopeName(scope: string): string | undefined {
  for (const prefix of [`${GRAPH_RESOURCE}/`, `${MICROSOFT_GRAPH_APP_ID}/`]) {
    if (scope.toLowerCase().startsWith(prefix.toLowerCase())) return scope.slice(prefix.length);
  }
  return /^[A-Za-z][\w.]*$/.test(scope) ? scope : undefined;
}

interface GrantedScopes {
  /** Short names for the access token's `scp`. */
  scp: string[];
  /** The `scope` field of the response: the granted scopes in the form `switches.authority.scopeEcho` picks. */
  echoed: string[];
}

/** A granted Graph scope as the response's `scope` field names it. */
function echoScope(form: ScopeEcho, asked: string, name: string): string {
  if (form === 'short') return name;
  if (form === 'long') return `${GRAPH_RESOURCE}/${name}`;
  return asked;
}

function grantScopes(runtime: TenantRuntime, requested: string[]): GrantedScopes {
  const withheld = new Set(runtime.switches.authority.withheldScopes.map((s) => s.toLowerCase()));
  const form = runtime.switches.authority.scopeEcho;
  const scp: string[] = [];
  const echoed: string[] = [];
  for (const scope of requested) {
    if (OIDC_SCOPES.includes(scope.toLowerCase())) {
      if (scope !== 'offline_access') echoed.push(scope);
      continue;
    }
    const name = graphScopeName(scope);
    if (name === undefined) continue;
    if (name === '.default') {
      for (const consented of runtime.defaultScopes) {
        if (withheld.has(consented.toLowerCase()) || scp.includes(consented)) continue;
        scp.push(consented);
        echoed.push(echoScope(form === 'as-asked' ? 'long' : form, scope, consented));
      }
      continue;
    }
    if (withheld.has(name.toLowerCase()) || scp.includes(name)) continue;
    scp.push(name);
    echoed.push(echoScope(form, scope, name));
  }
  return { scp, echoed };
}

interface UserTokenInput {
  userId: string;
  clientId: string;
  scopes: string[];
  nonce?: string | null;
}

function refreshTokenFor(runtime: TenantRuntime, userId: string, clientId: string): string {
  return `1.AR${base64UrlEncode(JSON.stringify({ kind: 'refresh', userId, clientId, tenantId: runtime.tenantId, issuedAt: runtime.now(), jti: runtime.random.guid() }))}`;
}

function decodeRefreshToken(token: string): { userId: string; clientId: string; issuedAt: number } | undefined {
  if (!token.startsWith('1.AR')) return undefined;
  try {
    const claims = JSON.parse(base64UrlDecode(token.slice(4)) ?? 'null') as Record<string, unknown> | null;
    if (!claims || claims.kind !== 'refresh' || typeof claims.userId !== 'string' || typeof claims.clientId !== 'string') return undefined;
    return { userId: claims.userId, clientId: claims.clientId, issuedAt: Number(claims.issuedAt) };
  } catch {
    return undefined;
  }
}

/** Claims of a delegated Graph access token (v1 shape, as Graph receives it). */
export function delegatedAccessClaims(
  runtime: TenantRuntime,
  input: { userId: string; clientId: string; scp: string[]; lifetimeSeconds?: number },
): Record<string, unknown> {
  const user = findUser(runtime, input.userId);
  const iat = Math.floor(runtime.now() / 1000);
  return {
    aud: GRAPH_RESOURCE,
    iss: `https://sts.windows.net/${runtime.tenantId}/`,
    iat,
    nbf: iat,
    exp: iat + (input.lifetimeSeconds ?? ACCESS_TOKEN_LIFETIME_S),
    acct: 0,
    app_displayname: 'TonicDM Entra Setup Assistant',
    appid: input.clientId,
    idtyp: 'user',
    name: user?.displayName ?? '',
    oid: input.userId,
    scp: input.scp.join(' '),
    sub: base64UrlEncode(`${input.userId}:${input.clientId}`).slice(0, 43),
    tid: runtime.tenantId,
    unique_name: user?.userPrincipalName ?? '',
    upn: user?.userPrincipalName ?? '',
    uti: runtime.random.guid().replace(/-/g, '').slice(0, 22),
    ver: '1.0',
  };
}

function userTokenResponse(runtime: TenantRuntime, input: UserTokenInput): Record<string, unknown> {
  const { scp, echoed } = grantScopes(runtime, input.scopes);
  const user = findUser(runtime, input.userId);
  const iat = Math.floor(runtime.now() / 1000);
  const idToken = mintTestToken({
    aud: input.clientId,
    iss: `${LOGIN_ORIGIN}/${runtime.tenantId}/v2.0`,
    iat,
    nbf: iat,
    exp: iat + 3600,
    name: user?.displayName ?? '',
    ...(input.nonce ? { nonce: input.nonce } : {}),
    oid: input.userId,
    preferred_username: user?.userPrincipalName ?? '',
    rh: '0.fake-tenant',
    sid: runtime.random.guid(),
    sub: base64UrlEncode(`${input.userId}:${input.clientId}`).slice(0, 43),
    tid: runtime.tenantId,
    uti: runtime.random.guid().replace(/-/g, '').slice(0, 22),
    ver: '2.0',
  });
  return {
    token_type: 'Bearer',
    scope: echoed.join(' '),
    expires_in: ACCESS_TOKEN_LIFETIME_S,
    ext_expires_in: ACCESS_TOKEN_LIFETIME_S,
    access_token: mintTestToken(delegatedAccessClaims(runtime, { userId: input.userId, clientId: input.clientId, scp })),
    refresh_token: refreshTokenFor(runtime, input.userId, input.clientId),
    id_token: idToken,
    client_info: clientInfoFor(input.userId, runtime.tenantId),
  };
}

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncodeBytes(new Uint8Array(digest));
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw new AuthorityError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
  return value;
}

async function authorizationCodeGrant(runtime: TenantRuntime, form: URLSearchParams, request: Request): Promise<Record<string, unknown>> {
  const clientId = required(form, 'client_id');
  const code = required(form, 'code');
  const contents = decodeAuthorizationCode(code);
  if (!contents) throw new AuthorityError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  if (runtime.redeemedCodes.has(contents.jti)) {
    throw new AuthorityError(400, 'invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');
  }
  if (runtime.now() - contents.issuedAt > CODE_LIFETIME_MS) {
    throw new AuthorityError(400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.');
  }
  if (contents.clientId !== clientId) {
    throw new AuthorityError(400, 'invalid_grant', 70000, "Provided grant is invalid or malformed. The code was issued to a different client.");
  }
  const redirectUri = form.get('redirect_uri');
  if (redirectUri !== null && redirectUri !== contents.redirectUri) {
    throw new AuthorityError(400, 'invalid_grant', 70000, "Provided grant is invalid or malformed. The redirect_uri does not match the one used to obtain the code.");
  }
  if (contents.codeChallenge) {
    const verifier = form.get('code_verifier');
    const computed = verifier === null ? null : contents.codeChallengeMethod === 'S256' ? await s256(verifier) : verifier;
    if (computed !== contents.codeChallenge) {
      throw new AuthorityError(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    }
  } else if (request.headers.get('origin')) {
    throw new AuthorityError(400, 'invalid_request', 9002325, 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.');
  }
  if (!findUser(runtime, contents.userId)) {
    throw new AuthorityError(400, 'invalid_grant', 50034, `The user account ${contents.userId} does not exist in the ${runtime.tenantId} directory.`);
  }
  runtime.redeemedCodes.add(contents.jti);
  const requested = form.get('scope')?.split(' ').filter(Boolean) ?? contents.scopes;
  return userTokenResponse(runtime, { userId: contents.userId, clientId, scopes: requested, nonce: contents.nonce });
}

function refreshTokenGrant(runtime: TenantRuntime, form: URLSearchParams): Record<string, unknown> {
  const clientId = required(form, 'client_id');
  const token = decodeRefreshToken(required(form, 'refresh_token'));
  if (!token) throw new AuthorityError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  if (runtime.switches.authority.rejectRefresh) {
    throw new AuthorityError(
      400,
      'invalid_grant',
      700082,
      `The refresh token has expired due to inactivity. The token was issued on ${new Date(token.issuedAt).toISOString()} and was inactive for 90.00:00:00.`,
    );
  }
  if (token.clientId !== clientId) {
    throw new AuthorityError(400, 'invalid_grant', 70000, 'Provided grant is invalid or malformed. The refresh token was issued to a different client.');
  }
  const scopes = required(form, 'scope').split(' ').filter(Boolean);
  return userTokenResponse(runtime, { userId: token.userId, clientId, scopes });
}

/** The grant TonicDM itself uses; the setup assistant calls it to test the captured client id, tenant and secret. */
function clientCredentialsGrant(runtime: TenantRuntime, form: URLSearchParams): Record<string, unknown> {
  const clientId = required(form, 'client_id');
  const scope = required(form, 'scope');
  if (!scope.endsWith('/.default')) {
    throw new AuthorityError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
  }
  const secret = form.get('client_secret');
  if (!secret) {
    throw new AuthorityError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  }
  const app = findApplication(runtime, { property: 'appId', value: clientId });
  if (!app) {
    throw new AuthorityError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${runtime.tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  const now = runtime.now();
  const matching = app.passwordCredentials.filter((c) => runtime.secrets.get(c.keyId)?.secretText === secret);
  if (matching.length === 0) {
    throw new AuthorityError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    );
  }
  if (matching.every((c) => Date.parse(c.endDateTime) <= now)) {
    throw new AuthorityError(401, 'invalid_client', 7000222, `The provided client secret keys for app '${clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`);
  }
  const sp = findServicePrincipal(runtime, { property: 'appId', value: clientId });
  if (!sp) {
    throw new AuthorityError(400, 'invalid_client', 7000229, `The client application ${clientId} is missing service principal in the tenant ${runtime.tenantId}.`);
  }
  // The credential-activity report shows this use (the first still-valid secret with this value).
  const used = matching.find((c) => Date.parse(c.endDateTime) > now);
  if (used) runtime.state.credentialSignIns[used.keyId.toLowerCase()] = now;
  const graph = findServicePrincipal(runtime, { property: 'appId', value: MICROSOFT_GRAPH_APP_ID });
  const roles = runtime.state.appRoleAssignments
    .filter((a) => a.principalId === sp.id && a.resourceId === graph?.id)
    .map((a) => graph?.appRoles.find((r) => r.id === a.appRoleId)?.value)
    .filter((value): value is string => typeof value === 'string');
  const iat = Math.floor(now / 1000);
  const accessToken = mintTestToken({
    aud: GRAPH_RESOURCE,
    iss: `https://sts.windows.net/${runtime.tenantId}/`,
    iat,
    nbf: iat,
    exp: iat + ACCESS_TOKEN_LIFETIME_S,
    app_displayname: app.displayName,
    appid: clientId,
    idtyp: 'app',
    oid: sp.id,
    roles,
    sub: sp.id,
    tid: runtime.tenantId,
    ver: '1.0',
  });
  return { token_type: 'Bearer', expires_in: ACCESS_TOKEN_LIFETIME_S, ext_expires_in: ACCESS_TOKEN_LIFETIME_S, access_token: accessToken };
}

export async function tokenEndpoint(runtime: TenantRuntime, request: Request, tenantSegment: string, bodyText: string): Promise<Record<string, unknown>> {
  if (request.method !== 'POST') {
    throw new AuthorityError(405, 'invalid_request', 900561, 'The endpoint only accepts POST, OPTIONS requests. Received a GET request.');
  }
  const tenantProblem = tenantError(tenantSegment, checkTenant(runtime, tenantSegment));
  if (tenantProblem) throw tenantProblem;
  if (!/application\/x-www-form-urlencoded/i.test(request.headers.get('content-type') ?? '')) {
    throw new AuthorityError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  }
  const form = new URLSearchParams(bodyText);
  switch (form.get('grant_type')) {
    case 'authorization_code':
      return authorizationCodeGrant(runtime, form, request);
    case 'refresh_token':
      return refreshTokenGrant(runtime, form);
    case 'client_credentials':
      return clientCredentialsGrant(runtime, form);
    case null:
      throw new AuthorityError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
    default:
      throw new AuthorityError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${form.get('grant_type')}'.`);
  }
}
