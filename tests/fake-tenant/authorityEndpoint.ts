/**
 * https://login.microsoftonline.com: authorize (302 with a code), the token endpoint (authorityToken.ts), admin
 * consent, and the discovery documents some MSAL configurations fetch. CORS on everything, because the extension
 * page calls these cross-origin.
 */
import { AuthorityError, LOGIN_ORIGIN, checkTenant, errorBody, tenantError } from './authorityErrors';
import { tokenEndpoint } from './authorityToken';
import { AuthorizeRequestError, authorizeRedirectFor } from './authorizeRedirectFor';
import { grantAppRole } from './graphAppRoleAssignments';
import { GRAPH_CONSENT_ROLES } from './graphSeed';
import { seedServicePrincipal } from './graphServicePrincipals';
import { corsHeaders, logRequest, sleep } from './httpSupport';
import { findApplication, findServicePrincipal, rolesOfUser, type TenantRuntime } from './tenantRuntime';

function redirect(location: string, cors: Headers): Response {
  const headers = new Headers(cors);
  headers.set('Location', location);
  headers.set('Cache-Control', 'no-store, no-cache');
  return new Response(null, { status: 302, headers });
}

function errorPage(status: number, message: string, cors: Headers): Response {
  const headers = new Headers(cors);
  headers.set('Content-Type', 'text/html; charset=utf-8');
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return new Response(`<!doctype html><title>Sign in to your account</title><main><h1>Sign in</h1><p>Sorry, but we're having trouble signing you in.</p><p id="error">${escaped}</p></main>`, { status, headers });
}

function authorize(runtime: TenantRuntime, url: URL, tenantSegment: string, cors: Headers): Response {
  try {
    const check = checkTenant(runtime, tenantSegment);
    if (check === 'not-found') {
      const problem = tenantError(tenantSegment, check) as AuthorityError;
      return errorPage(400, problem.message, cors);
    }
    return redirect(
      authorizeRedirectFor(url.href, {
        userId: runtime.state.signedInUserId,
        tenantId: runtime.tenantId,
        cancel: runtime.switches.authority.cancel,
        now: runtime.now(),
        random: runtime.random,
      }),
      cors,
    );
  } catch (error) {
    if (error instanceof AuthorizeRequestError) return errorPage(400, error.message, cors);
    throw error;
  }
}

/**
 * `/{tenant}/adminconsent` and `/{tenant}/v2.0/adminconsent`: a Global or Privileged Role Administrator grants every
 * app role the client's registration requires (creating its service principal if needed).
 */
function adminConsent(runtime: TenantRuntime, url: URL, tenantSegment: string, cors: Headers): Response {
  const params = url.searchParams;
  const clientId = params.get('client_id');
  const redirectUri = params.get('redirect_uri');
  if (!clientId || !redirectUri) {
    return errorPage(400, `AADSTS900144: The request body must contain the following parameter: '${clientId ? 'redirect_uri' : 'client_id'}'.`, cors);
  }
  const state = params.get('state');
  const back = (pairs: Array<[string, string]>) =>
    redirect(
      `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${[...pairs, ...(state !== null ? ([['state', state]] as Array<[string, string]>) : [])]
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join('&')}`,
      cors,
    );
  const problem = tenantError(tenantSegment, checkTenant(runtime, tenantSegment));
  if (problem) return errorPage(400, problem.message, cors);
  if (runtime.switches.authority.cancel) {
    return back([['error', 'access_denied'], ['error_description', 'AADSTS65004: User declined to consent to access the app.']]);
  }
  if (!rolesOfUser(runtime, runtime.state.signedInUserId).some((role) => GRAPH_CONSENT_ROLES.includes(role))) {
    return back([['error', 'access_denied'], ['error_description', 'AADSTS90094: The grant requires admin permission.']]);
  }
  const app = findApplication(runtime, { property: 'appId', value: clientId });
  if (!app) {
    return back([['error', 'unauthorized_client'], ['error_description', `AADSTS700016: Application with identifier '${clientId}' was not found in the directory '${runtime.tenantName}'.`]]);
  }
  const client = findServicePrincipal(runtime, { property: 'appId', value: clientId }) ?? seedServicePrincipal(runtime, app);
  for (const requirement of app.requiredResourceAccess) {
    const resource = findServicePrincipal(runtime, { property: 'appId', value: requirement.resourceAppId });
    if (!resource) continue;
    for (const access of requirement.resourceAccess) {
      if (access.type === 'Role' && resource.appRoles.some((r) => r.id === access.id && r.isEnabled)) {
        grantAppRole(runtime, client, resource, access.id);
      }
    }
  }
  return back([['admin_consent', 'True'], ['tenant', runtime.tenantId], ...(params.get('scope') ? ([['scope', params.get('scope') as string]] as Array<[string, string]>) : [])]);
}

function openIdConfiguration(tenant: string): Record<string, unknown> {
  const base = `${LOGIN_ORIGIN}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${LOGIN_ORIGIN}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${LOGIN_ORIGIN}/${tenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'oid'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

function json(status: number, body: unknown, cors: Headers): Response {
  const headers = new Headers(cors);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('Cache-Control', 'no-store, no-cache');
  headers.set('Pragma', 'no-cache');
  return new Response(JSON.stringify(body), { status, headers });
}

export async function handleAuthority(runtime: TenantRuntime, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cors = corsHeaders(request);
  if (request.method === 'OPTIONS') {
    logRequest(runtime, { method: 'OPTIONS', url: url.href, headers: request.headers }).status = 204;
    return new Response(null, { status: 204, headers: cors });
  }
  const bodyText = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  const entry = logRequest(runtime, { method: request.method, url: url.href, headers: request.headers, bodyText });
  await sleep(runtime.latencyMs);
  const response = await answer(runtime, request, url, cors, bodyText);
  entry.status = response.status;
  return response;
}

async function answer(runtime: TenantRuntime, request: Request, url: URL, cors: Headers, bodyText: string): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '');
  const [, rawTenant = '', ...rest] = path.split('/');
  let tenant = rawTenant;
  try {
    tenant = decodeURIComponent(rawTenant);
  } catch {
    // Leave it encoded: it is then reported as a malformed tenant identifier.
  }
  const route = rest.join('/');
  try {
    if (route === 'oauth2/v2.0/authorize' && request.method === 'GET') return authorize(runtime, url, tenant, cors);
    if (route === 'oauth2/v2.0/token') return json(200, await tokenEndpoint(runtime, request, tenant, bodyText), cors);
    if ((route === 'adminconsent' || route === 'v2.0/adminconsent') && request.method === 'GET') return adminConsent(runtime, url, tenant, cors);
    if (route === 'v2.0/.well-known/openid-configuration' && request.method === 'GET') return json(200, openIdConfiguration(tenant), cors);
    if (tenant === 'common' && route === 'discovery/instance' && request.method === 'GET') {
      return json(200, {
        tenant_discovery_endpoint: `${LOGIN_ORIGIN}/${url.searchParams.get('authorization_endpoint')?.split('/')[3] ?? 'common'}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
      }, cors);
    }
    return json(404, { error: 'not_found', error_description: `The fake authority does not serve '${url.pathname}'.` }, cors);
  } catch (error) {
    if (error instanceof AuthorityError) return json(error.status, errorBody(runtime, error), cors);
    // A defect in the fake must surface as a visible response, not a hung Playwright route.
    return json(500, { error: 'server_error', error_description: `Fake authority failure: ${error instanceof Error ? error.message : String(error)}` }, cors);
  }
}
