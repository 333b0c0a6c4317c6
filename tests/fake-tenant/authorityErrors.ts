/**
 * Entra's token-endpoint error shape, `{error, error_description: "AADSTS…: … Trace ID … Correlation ID … Timestamp …",
 * error_codes, …}`, and the tenant-segment checks that produce AADSTS90002 / AADSTS900023.
 */
import { isWellFormedTenant } from './authorizeRedirectFor';
import type { TenantRuntime } from './tenantRuntime';

export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export class AuthorityError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadstsCode: number,
    readonly description: string,
  ) {
    super(`AADSTS${aadstsCode}: ${description}`);
  }
}

function aadTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

export function errorBody(runtime: TenantRuntime, error: AuthorityError): Record<string, unknown> {
  const traceId = runtime.random.guid();
  const correlationId = runtime.random.guid();
  const timestamp = aadTimestamp(runtime.now());
  return {
    error: error.error,
    error_description: `AADSTS${error.aadstsCode}: ${error.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [error.aadstsCode],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${LOGIN_ORIGIN}/error?code=${error.aadstsCode}`,
  };
}

export type TenantCheck = 'ok' | 'malformed' | 'not-found';

export function checkTenant(runtime: TenantRuntime, segment: string): TenantCheck {
  const lower = segment.toLowerCase();
  if ([runtime.tenantId.toLowerCase(), runtime.defaultDomain.toLowerCase(), 'organizations', 'common'].includes(lower)) return 'ok';
  return isWellFormedTenant(segment) ? 'not-found' : 'malformed';
}

export function tenantError(segment: string, check: TenantCheck): AuthorityError | undefined {
  if (check === 'malformed') {
    return new AuthorityError(400, 'invalid_request', 900023, `Specified tenant identifier '${segment}' is neither a valid DNS name, nor a valid external domain.`);
  }
  if (check === 'not-found') {
    return new AuthorityError(
      400,
      'invalid_tenant',
      90002,
      `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    );
  }
  return undefined;
}
