/** Pieces both hosts share: CORS (extension pages call them cross-origin), the request log and artificial latency. */
import type { TenantRuntime } from './tenantRuntime';
import type { LoggedRequest } from './types';

const EXPOSED_HEADERS = 'request-id, client-request-id, Retry-After, Location, WWW-Authenticate, Content-Type';
const DEFAULT_ALLOWED_HEADERS =
  'Authorization, Content-Type, Prefer, ConsistencyLevel, client-request-id, return-client-request-id, SdkVersion, x-client-SKU, x-client-VER, x-client-OS, x-client-CPU, x-client-current-telemetry, x-client-last-telemetry, x-ms-lib-capability';

export function corsHeaders(request: Request): Headers {
  const origin = request.headers.get('origin');
  const headers = new Headers({
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': request.headers.get('access-control-request-headers') ?? DEFAULT_ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    'Access-Control-Max-Age': '86400',
  });
  if (origin) headers.set('Vary', 'Origin');
  return headers;
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value;
  });
  return record;
}

function parseLoggedBody(text: string, contentType: string): unknown {
  if (text === '') return undefined;
  if (/x-www-form-urlencoded/i.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface LogInput {
  method: string;
  url: string;
  headers: Headers;
  /** Already-parsed body (batch items). */
  body?: unknown;
  /** Raw body text, parsed as JSON or form fields for the log. */
  bodyText?: string;
  batchItemId?: string;
}

/** Appends an entry at arrival time (so the log keeps arrival order); the caller fills in `status` later. */
export function logRequest(runtime: TenantRuntime, input: LogInput): LoggedRequest {
  const body = input.body !== undefined ? structuredClone(input.body) : parseLoggedBody(input.bodyText ?? '', input.headers.get('content-type') ?? '');
  const entry: LoggedRequest = {
    method: input.method.toUpperCase(),
    url: input.url,
    headers: headerRecord(input.headers),
    time: runtime.now(),
    status: 0,
    ...(body !== undefined ? { body } : {}),
    ...(input.batchItemId !== undefined ? { batchItemId: input.batchItemId } : {}),
  };
  runtime.log.push(entry);
  return entry;
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
