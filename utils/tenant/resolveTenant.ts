/**
 * Finds a tenant's ID from one of its domains (contoso.com, contoso.onmicrosoft.com) through
 * Microsoft's public OpenID configuration document, the same anonymous request every sign-in
 * library makes before a sign-in:
 *   GET https://login.microsoftonline.com/<domain>/v2.0/.well-known/openid-configuration
 * Its `issuer` (https://login.microsoftonline.com/<tenant ID>/v2.0) and `token_endpoint`
 * (…/<tenant ID>/oauth2/v2.0/token) name the tenant. The side panel asks directly, with CORS,
 * as single-page apps do (MSAL.js fetches this document from web pages); no cookie is sent.
 * If that ever fails, the admin is told so and types the GUID instead.
 */
import { isGuid } from '../values/guid';
import { CONSUMERS_TENANT_ID } from '../values/wellKnownTenants';

export type TenantLookupFailure =
  /** AADSTS90002 (tenant not found) or AADSTS900023 (invalid tenant identifier). */
  | 'unknown-domain'
  /** The domain belongs to personal Microsoft accounts (outlook.com, hotmail.com…). */
  | 'consumers'
  /** No answer at all: offline, blocked by a proxy or firewall, or refused by the browser. */
  | 'network'
  | 'timeout'
  /** An answer that does not name one tenant. */
  | 'unexpected';

export type TenantLookup =
  | { ok: true; domain: string; tenantId: string }
  | { ok: false; domain: string; reason: TenantLookupFailure; /** AADSTS code or HTTP status, for support. */ code?: string };

export interface LookupOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export const OPENID_AUTHORITY = 'https://login.microsoftonline.com';
const DEFAULT_TIMEOUT_MS = 10_000;

export function openIdConfigurationUrl(domain: string): string {
  return `${OPENID_AUTHORITY}/${encodeURIComponent(domain)}/v2.0/.well-known/openid-configuration`;
}

/** The tenant GUID an https endpoint of the document names as its first path segment. */
function tenantInEndpoint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    const first = url.pathname.split('/').filter(Boolean)[0];
    return url.protocol === 'https:' && first && isGuid(first) ? first.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the tenant from the document: `issuer` and `token_endpoint` must agree when both name one. */
export function tenantFromOpenIdConfiguration(document: unknown): string | undefined {
  if (!document || typeof document !== 'object') return undefined;
  const doc = document as Record<string, unknown>;
  const fromIssuer = tenantInEndpoint(doc.issuer);
  const fromToken = tenantInEndpoint(doc.token_endpoint);
  if (fromIssuer && fromToken && fromIssuer !== fromToken) return undefined;
  return fromIssuer ?? fromToken;
}

/** The AADSTS code of an error answer: `error_codes: [90002]`, or the code quoted in its description. */
function aadstsCode(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { error_codes: codes, error_description: description } = body as Record<string, unknown>;
  if (Array.isArray(codes) && typeof codes[0] === 'number') return `AADSTS${codes[0]}`;
  return typeof description === 'string' ? description.match(/AADSTS\d{5,7}/)?.[0] : undefined;
}

const UNKNOWN_TENANT_CODES = new Set(['AADSTS90002', 'AADSTS900023']);

export async function resolveTenantDomain(domain: string, options: LookupOptions = {}): Promise<TenantLookup> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(openIdConfigurationUrl(domain), {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    return { ok: false, domain, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const code = aadstsCode(body);
    const invalidTenant = (body as { error?: unknown } | undefined)?.error === 'invalid_tenant';
    if ((code && UNKNOWN_TENANT_CODES.has(code)) || invalidTenant) return { ok: false, domain, reason: 'unknown-domain', code: code ?? 'AADSTS90002' };
    return { ok: false, domain, reason: 'unexpected', code: code ?? `HTTP ${response.status}` };
  }
  const tenantId = tenantFromOpenIdConfiguration(body);
  if (!tenantId) return { ok: false, domain, reason: 'unexpected' };
  if (tenantId === CONSUMERS_TENANT_ID) return { ok: false, domain, reason: 'consumers' };
  return { ok: true, domain, tenantId };
}
