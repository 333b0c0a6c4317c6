import { describe, expect, it, vi } from 'vitest';
import { openIdConfigurationUrl, resolveTenantDomain, tenantFromOpenIdConfiguration } from '../../../utils/tenant/resolveTenant';

const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const OTHER = 'e0e0e0e0-6666-4666-8666-666666666666';

/** The document as login.microsoftonline.com serves it (trimmed to the fields that matter). */
function configuration(tenant: string, overrides: Record<string, unknown> = {}) {
  return {
    token_endpoint: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`,
    issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
    authorization_endpoint: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    ...overrides,
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

const NOT_FOUND = {
  error: 'invalid_tenant',
  error_description: "AADSTS90002: Tenant 'nowhere.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.",
  error_codes: [90002],
};

describe('resolveTenantDomain', () => {
  it('asks the public OpenID configuration document of the domain, anonymously', async () => {
    const fetch = vi.fn(async () => json(200, configuration(TENANT)));
    await resolveTenantDomain('contoso.com', { fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration');
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it.each<[string, () => Promise<Response>, Awaited<ReturnType<typeof resolveTenantDomain>>]>([
    ['a known domain: the tenant from issuer and token endpoint', async () => json(200, configuration(TENANT.toUpperCase())), { ok: true, domain: 'contoso.com', tenantId: TENANT }],
    ['a US government tenant (another cloud instance) still names its tenant', async () => json(200, configuration(TENANT, { issuer: `https://login.microsoftonline.us/${TENANT}/v2.0`, cloud_instance_name: 'microsoftonline.us' })), { ok: true, domain: 'contoso.com', tenantId: TENANT }],
    ['an unknown domain: AADSTS90002', async () => json(400, NOT_FOUND), { ok: false, domain: 'contoso.com', reason: 'unknown-domain', code: 'AADSTS90002' }],
    ['an invalid tenant identifier: AADSTS900023', async () => json(400, { error: 'invalid_request', error_description: 'AADSTS900023: Specified tenant identifier is neither a valid DNS name, nor a valid external domain.' }), { ok: false, domain: 'contoso.com', reason: 'unknown-domain', code: 'AADSTS900023' }],
    ['invalid_tenant without a code', async () => json(400, { error: 'invalid_tenant' }), { ok: false, domain: 'contoso.com', reason: 'unknown-domain', code: 'AADSTS90002' }],
    ['a personal-accounts domain', async () => json(200, configuration('9188040d-6c67-4c5b-b112-36a304b66dad')), { ok: false, domain: 'contoso.com', reason: 'consumers' }],
    ['no network (fetch rejects)', async () => Promise.reject(new TypeError('Failed to fetch')), { ok: false, domain: 'contoso.com', reason: 'network' }],
    ['no answer in time', async () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')), { ok: false, domain: 'contoso.com', reason: 'timeout' }],
    ['a server error', async () => new Response('<html>oops</html>', { status: 503 }), { ok: false, domain: 'contoso.com', reason: 'unexpected', code: 'HTTP 503' }],
    ['a captive portal answering with HTML', async () => new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }), { ok: false, domain: 'contoso.com', reason: 'unexpected' }],
    ['issuer and token endpoint disagree', async () => json(200, configuration(TENANT, { token_endpoint: `https://login.microsoftonline.com/${OTHER}/oauth2/v2.0/token` })), { ok: false, domain: 'contoso.com', reason: 'unexpected' }],
  ])('%s', async (_, answer, expected) => {
    expect(await resolveTenantDomain('contoso.com', { fetch: vi.fn(answer) })).toEqual(expected);
  });

  it('gives up after the timeout when nothing answers', async () => {
    const hanging = vi.fn((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    expect(await resolveTenantDomain('contoso.com', { fetch: hanging as unknown as typeof fetch, timeoutMs: 20 })).toMatchObject({ ok: false, reason: 'timeout' });
  });
});

describe('tenantFromOpenIdConfiguration', () => {
  it.each<[string, unknown, string | undefined]>([
    ['both fields', configuration(TENANT), TENANT],
    ['issuer only', { issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` }, TENANT],
    ['token endpoint only', { token_endpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token` }, TENANT],
    ['a {tenantid} template (the common endpoint) names none', { issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0' }, undefined],
    ['http is not accepted', { issuer: `http://login.microsoftonline.com/${TENANT}/v2.0` }, undefined],
    ['not an object', 'nope', undefined],
    ['null', null, undefined],
  ])('%s', (_, document, expected) => {
    expect(tenantFromOpenIdConfiguration(document)).toBe(expected);
  });

  it('puts only the validated domain in the address', () => {
    expect(openIdConfigurationUrl('contoso.onmicrosoft.com')).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration');
  });
});
