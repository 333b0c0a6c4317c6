/**
 * The https://graph.microsoft.com/v1.0 endpoint: request parsing, bearer-token checks, throttling, the request
 * log, `$batch`, and Graph's response headers and error envelope.
 */
import { GraphHttpError, badRequest, graphErrorBody, invalidAuthenticationToken } from './graphError';
import { routeGraph, type GraphHandler, type GraphVersion } from './graphRouter';
import { MICROSOFT_GRAPH_APP_ID } from './graphSeed';
import { corsHeaders, logRequest, sleep } from './httpSupport';
import { GRAPH_BASE, findServicePrincipal, findUser, type Caller, type GraphResult, type TenantRuntime } from './tenantRuntime';
import { decodeTestToken } from './testTokens';

const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_BATCH_ITEMS = 20;
const GRAPH_AUDIENCES = ['https://graph.microsoft.com', 'https://graph.microsoft.com/', MICROSOFT_GRAPH_APP_ID];

interface Invocation {
  method: string;
  url: URL;
  headers: Headers;
  bodyText: string;
  batchItemId?: string;
}

interface Outcome extends GraphResult {
  requestId: string;
  clientRequestId: string;
}

function authenticate(runtime: TenantRuntime, headers: Headers): Caller {
  const authorization = headers.get('authorization')?.trim() ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!token) throw invalidAuthenticationToken('Access token is empty.');
  const claims = decodeTestToken(token);
  if (!claims) throw invalidAuthenticationToken('CompactToken parsing failed with error code: 80049217');
  if (!GRAPH_AUDIENCES.includes(String(claims.aud))) {
    throw invalidAuthenticationToken('Access token validation failure. Invalid audience.');
  }
  if (String(claims.tid).toLowerCase() !== runtime.tenantId.toLowerCase()) {
    throw invalidAuthenticationToken('Access token validation failure. Invalid issuer.');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= runtime.now()) {
    throw invalidAuthenticationToken('Lifetime validation failed, the token is expired.');
  }
  const appId = String(claims.appid ?? claims.azp ?? '');
  if (typeof claims.scp === 'string') {
    const userId = String(claims.oid ?? '');
    if (!findUser(runtime, userId)) throw invalidAuthenticationToken('Access token validation failure. User not found.');
    return { kind: 'user', userId, appId, scopes: new Set(claims.scp.split(' ').filter(Boolean)) };
  }
  if (Array.isArray(claims.roles)) {
    const sp = findServicePrincipal(runtime, { property: 'appId', value: appId });
    if (!sp) throw invalidAuthenticationToken('Access token validation failure. Invalid application.');
    return { kind: 'app', appId, servicePrincipalId: sp.id, roles: new Set(claims.roles.map(String)) };
  }
  // A token with neither delegated scopes nor app roles carries no permission at all.
  return { kind: 'user', userId: String(claims.oid ?? ''), appId, scopes: new Set() };
}

function retryAfterValue(runtime: TenantRuntime, seconds: number, format: 'seconds' | 'http-date' | undefined): string {
  return format === 'http-date' ? new Date(runtime.now() + seconds * 1000).toUTCString() : String(seconds);
}

function takeThrottle(runtime: TenantRuntime, invocation: Invocation, path: string): void {
  const throttle = runtime.switches.throttle;
  if (!throttle || throttle.count <= 0) return;
  const inBatch = invocation.batchItemId !== undefined;
  if (Boolean(throttle.batchItems) !== inBatch) return;
  if (throttle.pathIncludes !== undefined && !path.includes(throttle.pathIncludes)) return;
  throttle.count -= 1;
  const headers = { 'Retry-After': retryAfterValue(runtime, throttle.retryAfterSeconds, throttle.retryAfterFormat) };
  const [code, message] =
    throttle.status === 429
      ? ['Request_ThrottledTemporarily', `Your request is throttled temporarily. Please try after ${throttle.retryAfterSeconds} seconds.`]
      : throttle.status === 503
        ? ['serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.']
        : ['GatewayTimeout', 'The gateway did not receive a response from the service in time.'];
  throw new GraphHttpError(throttle.status, code, message, undefined, headers);
}

function parseBody(invocation: Invocation): unknown {
  if (invocation.bodyText.trim() === '') return undefined;
  const contentType = invocation.headers.get('content-type') ?? '';
  const invalid = new GraphHttpError(
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );
  if (!/json/i.test(contentType)) throw invalid;
  try {
    return JSON.parse(invocation.bodyText);
  } catch {
    throw invalid;
  }
}

/** Version and path segments after it, decoded; undefined when the URL is not a v1.0 or beta Graph URL. */
function graphPath(url: URL): { version: GraphVersion; segments: string[] } | undefined {
  if (url.host !== 'graph.microsoft.com' || url.protocol !== 'https:') return undefined;
  const match = /^\/(v1\.0|beta)\/(.+)$/.exec(url.pathname);
  if (!match?.[1] || !match[2]) return undefined;
  return { version: match[1] as GraphVersion, segments: match[2].replace(/\/+$/, '').split('/').map(safeDecode) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function invoke(runtime: TenantRuntime, invocation: Invocation): Promise<Outcome> {
  const requestId = runtime.random.guid();
  const clientRequestId = invocation.headers.get('client-request-id') ?? requestId;
  try {
    const address = graphPath(invocation.url);
    if (!address) throw new GraphHttpError(404, 'BadRequest', `Invalid version or resource: '${invocation.url.pathname}'.`);
    const { segments } = address;
    const isBatch = segments.length === 1 && segments[0] === '$batch';
    let handler: GraphHandler | undefined;
    if (isBatch) {
      if (invocation.batchItemId !== undefined) throw badRequest('Nested batch requests are not supported.', 'BadRequest');
      if (invocation.method !== 'POST') throw new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    } else {
      handler = routeGraph(invocation.method, segments, address.version);
    }
    const caller = authenticate(runtime, invocation.headers);
    takeThrottle(runtime, invocation, `/${segments.join('/')}`);
    const body = parseBody(invocation);
    const result = handler
      ? await handler(runtime, { method: invocation.method, url: invocation.url, headers: invocation.headers, body, caller })
      : await runBatch(runtime, invocation, body);
    return { ...result, requestId, clientRequestId };
  } catch (caught) {
    // A defect in the fake must surface as a visible response, not a hung Playwright route.
    const error =
      caught instanceof GraphHttpError
        ? caught
        : new GraphHttpError(500, 'UnknownError', `Fake tenant failure: ${caught instanceof Error ? caught.message : String(caught)}`);
    return {
      status: error.status,
      headers: error.headers,
      body: graphErrorBody(error, { now: runtime.now(), requestId, clientRequestId }) as Record<string, unknown>,
      requestId,
      clientRequestId,
    };
  }
}

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

function invalidBatch(message = 'Invalid batch payload format.'): GraphHttpError {
  return badRequest(message, 'BadRequest');
}

function parseBatch(body: unknown): BatchItem[] {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { requests?: unknown }).requests)) throw invalidBatch();
  const requests = (body as { requests: unknown[] }).requests;
  if (requests.length === 0) throw invalidBatch('The batch request must contain at least one request.');
  if (requests.length > MAX_BATCH_ITEMS) {
    throw invalidBatch(`The number of requests in a batch exceeds the limit of ${MAX_BATCH_ITEMS}.`);
  }
  const items = requests.map((raw): BatchItem => {
    if (!raw || typeof raw !== 'object') throw invalidBatch();
    const { id, method, url, headers, body: itemBody, dependsOn } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || typeof method !== 'string' || typeof url !== 'string') throw invalidBatch();
    if (headers !== undefined && (typeof headers !== 'object' || headers === null)) throw invalidBatch();
    if (dependsOn !== undefined && (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))) throw invalidBatch();
    return {
      id,
      method: method.toUpperCase(),
      url,
      headers: Object.fromEntries(Object.entries((headers ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
      body: itemBody,
      dependsOn: (dependsOn ?? []) as string[],
    };
  });
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw invalidBatch(`The batch request contains duplicate request id '${item.id}'.`);
    seen.add(item.id);
  }
  for (const item of items) {
    for (const dependency of item.dependsOn) {
      if (!seen.has(dependency) || dependency === item.id) throw invalidBatch(`Request '${item.id}' depends on unknown request '${dependency}'.`);
    }
  }
  return items;
}

/** Dependencies first, otherwise request order; a cycle is a malformed batch. */
function executionOrder(items: BatchItem[]): BatchItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered: BatchItem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (item: BatchItem) => {
    const mark = state.get(item.id);
    if (mark === 'done') return;
    if (mark === 'visiting') throw invalidBatch('The batch request contains circular dependencies.');
    state.set(item.id, 'visiting');
    for (const dependency of item.dependsOn) visit(byId.get(dependency) as BatchItem);
    state.set(item.id, 'done');
    ordered.push(item);
  };
  items.forEach(visit);
  return ordered;
}

function itemHeaders(outcome: Outcome): Record<string, string> {
  const headers: Record<string, string> = { ...(outcome.headers ?? {}) };
  if (outcome.body !== undefined) headers['Content-Type'] = JSON_CONTENT_TYPE;
  return headers;
}

/** Graph answers items in whatever order they finish; the shuffle makes clients that assume order fail fast. */
function shuffled<T>(runtime: TenantRuntime, items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = runtime.random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  if (copy.length > 1 && copy.every((item, index) => item === items[index])) copy.push(copy.shift() as T);
  return copy;
}

async function runBatch(runtime: TenantRuntime, outer: Invocation, body: unknown): Promise<GraphResult> {
  const items = executionOrder(parseBatch(body));
  const statuses = new Map<string, number>();
  const responses: Array<Record<string, unknown>> = [];
  for (const item of items) {
    const failed = item.dependsOn.find((dependency) => {
      const status = statuses.get(dependency) ?? 0;
      return status < 200 || status >= 300;
    });
    let outcome: Outcome;
    if (failed !== undefined) {
      const requestId = runtime.random.guid();
      const error = new GraphHttpError(424, 'FailedDependency', `The request depends on request '${failed}', which failed.`);
      outcome = {
        status: 424,
        body: graphErrorBody(error, { now: runtime.now(), requestId, clientRequestId: requestId }) as Record<string, unknown>,
        requestId,
        clientRequestId: requestId,
      };
    } else {
      outcome = await runBatchItem(runtime, outer, item);
    }
    statuses.set(item.id, outcome.status);
    responses.push({ id: item.id, status: outcome.status, headers: itemHeaders(outcome), ...(outcome.body !== undefined ? { body: outcome.body } : {}) });
  }
  return { status: 200, body: { responses: shuffled(runtime, responses) } };
}

async function runBatchItem(runtime: TenantRuntime, outer: Invocation, item: BatchItem): Promise<Outcome> {
  const headers = new Headers(item.headers);
  const authorization = outer.headers.get('authorization');
  if (authorization) headers.set('authorization', authorization);
  // The JS SDK's BatchRequestContent keeps the version segment ("/v1.0/me"); Graph accepts both forms.
  const relative = (item.url.startsWith('/') ? item.url : `/${item.url}`).replace(/^\/v1\.0(?=\/)/, '');
  const url = new URL(`${GRAPH_BASE}${relative}`);
  const bodyText = item.body === undefined ? '' : JSON.stringify(item.body);
  const entry = logRequest(runtime, { method: item.method, url: url.href, headers, body: item.body, batchItemId: item.id });
  let outcome: Outcome;
  if (/^https?:/i.test(item.url)) {
    const requestId = runtime.random.guid();
    const error = badRequest('Invalid request URI: batch request URLs must be relative to the version root.', 'BadRequest');
    outcome = { status: 400, body: graphErrorBody(error, { now: runtime.now(), requestId, clientRequestId: requestId }) as Record<string, unknown>, requestId, clientRequestId: requestId };
  } else if (item.body !== undefined && !headers.has('content-type')) {
    const requestId = runtime.random.guid();
    const error = badRequest('Content-Type header must be specified for a request with a body.', 'BadRequest');
    outcome = { status: 400, body: graphErrorBody(error, { now: runtime.now(), requestId, clientRequestId: requestId }) as Record<string, unknown>, requestId, clientRequestId: requestId };
  } else {
    outcome = await invoke(runtime, { method: item.method, url, headers, bodyText, batchItemId: item.id });
  }
  entry.status = outcome.status;
  return outcome;
}

export async function handleGraph(runtime: TenantRuntime, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cors = corsHeaders(request);
  if (request.method === 'OPTIONS') {
    logRequest(runtime, { method: 'OPTIONS', url: url.href, headers: request.headers }).status = 204;
    return new Response(null, { status: 204, headers: cors });
  }
  const bodyText = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  const entry = logRequest(runtime, { method: request.method, url: url.href, headers: request.headers, bodyText });
  await sleep(runtime.latencyMs);
  const outcome = await invoke(runtime, { method: request.method.toUpperCase(), url, headers: request.headers, bodyText });
  entry.status = outcome.status;
  const headers = new Headers(cors);
  headers.set('request-id', outcome.requestId);
  headers.set('client-request-id', outcome.clientRequestId);
  for (const [name, value] of Object.entries(outcome.headers ?? {})) headers.set(name, value);
  if (outcome.body === undefined || outcome.status === 204) return new Response(null, { status: outcome.status, headers });
  headers.set('Content-Type', outcome.status >= 400 ? 'application/json' : JSON_CONTENT_TYPE);
  return new Response(JSON.stringify(outcome.body), { status: outcome.status, headers });
}
