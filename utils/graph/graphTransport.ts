/**
 * The one door to Microsoft Graph: an injected `fetch` and token getter, our own retry loop for
 * throttling and Entra replication faults, `$batch`, and a count of sequential round trips.
 *
 * Built on `@microsoft/microsoft-graph-client` 3.0.7 through `Client.initWithMiddleware` with a
 * custom chain whose only link calls the injected fetch: the SDK's HTTPMessageHandler calls the
 * global `fetch` (tests and fakes cannot intercept it), its RetryHandler only knows 429/503/504 and
 * sleeps on real timers, and its AuthenticationHandler skips hosts it does not recognise. The SDK
 * keeps URL/query building, header merging and JSON serialisation; `ResponseType.RAW` hands every
 * status back to the retry loop below. The token is fetched per attempt outside the chain because
 * the SDK rewraps anything a middleware throws into its own error type.
 */
import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError, graphErrorFromBody } from './graphError';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from './retryDelay';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
export const GRAPH_VERSION = 'v1.0';
/** Graph's documented cap on requests per `$batch`. */
export const BATCH_LIMIT = 20;

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphTransportOptions {
  fetch: FetchLike;
  /** Returns a Graph access token; called before every HTTP request so renewals are picked up. */
  getToken: () => Promise<string>;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds; drives the retry budget and HTTP-date Retry-After. */
  now?: () => number;
  retry?: Partial<RetryPolicy>;
}

export interface GraphCall {
  method: HttpMethod;
  /** Relative to /v1.0 (e.g. `/applications`), or an absolute Graph `@odata.nextLink`. */
  path: string;
  /** Query parameters; values are URI-encoded here. */
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Extra headers such as `Prefer: create-if-missing` or `ConsistencyLevel: eventual`. */
  headers?: Record<string, string>;
  /**
   * `beta` for the few reports v1.0 lacks (credential sign-in activity); default v1.0. A beta call goes on its own
   * through request(): a `$batch` is addressed to one version.
   */
  version?: 'v1.0' | 'beta';
  /**
   * Also retry Entra replication faults (fresh-object 404, NoBackingApplicationObject, the
   * misleading "local tenant" 403, "Not a valid reference update", concurrency 409s). Only for calls
   * that touch objects created moments ago; elsewhere these statuses are real answers.
   */
  retryReplication?: boolean;
}

export interface GraphResult<T> {
  status: number;
  body: T | undefined;
}

export type BatchOutcome<T = unknown> =
  | { ok: true; status: number; body: T | undefined }
  | { ok: false; status: number; error: GraphError };

export interface TransportStats {
  /** Sequential rounds: a request that starts while another is in flight shares its round. */
  roundTrips: number;
  /** HTTP requests sent, retries and `$batch` posts included. */
  requests: number;
  retries: number;
}

export interface RetryEvent {
  reason: 'throttled' | 'replication' | 'network';
  method: HttpMethod;
  path: string;
  status: number;
  attempt: number;
  delayMs: number;
}

export interface GraphTransport {
  /** Sends one request; resolves on 2xx, throws GraphError once retries are exhausted or not applicable. */
  request<T = unknown>(call: GraphCall): Promise<GraphResult<T>>;
  /** Sends calls through `$batch` (≤20 per post), retrying throttled or replicating items; one outcome per call, in order. */
  batch<T = unknown>(calls: readonly GraphCall[]): Promise<BatchOutcome<T>[]>;
  readonly stats: Readonly<TransportStats>;
  now(): number;
  sleep(ms: number): Promise<void>;
  onRetry(listener: (event: RetryEvent) => void): () => void;
}

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function createGraphTransport(options: GraphTransportOptions): GraphTransport {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const stats: TransportStats = { roundTrips: 0, requests: 0, retries: 0 };
  const listeners = new Set<(event: RetryEvent) => void>();
  let inFlight = 0;

  const client = Client.initWithMiddleware({
    middleware: new InjectedFetchMiddleware(async (input, init) => {
      if (inFlight === 0) stats.roundTrips += 1;
      inFlight += 1;
      stats.requests += 1;
      try {
        return await options.fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    }),
    baseUrl: GRAPH_ORIGIN,
    defaultVersion: GRAPH_VERSION,
  });

  function emit(event: RetryEvent): void {
    stats.retries += 1;
    for (const listener of listeners) listener(event);
  }

  /** Delay before the next attempt, or undefined when the error is final. */
  function retryDelay(error: GraphError, call: GraphCall, attempt: number, startedAt: number, waited: number): number | undefined {
    let delay: number;
    if (error.kind === 'throttled') {
      delay = parseRetryAfter(error.retryAfter, now()) ?? backoffDelay(attempt, policy);
    } else if (call.retryReplication && isReplicationFault(error, call)) {
      delay = backoffDelay(attempt, policy);
    } else if (error.kind === 'network' && call.method === 'GET') {
      delay = backoffDelay(attempt, policy);
    } else {
      return undefined;
    }
    if (attempt >= policy.maxAttempts) return undefined;
    const spent = Math.max(now() - startedAt, waited);
    if (spent + delay > policy.budgetMs) return undefined;
    return delay;
  }

  async function bearer(): Promise<string> {
    try {
      return `Bearer ${await options.getToken()}`;
    } catch (thrown) {
      throw new GraphError({ status: 401, code: 'TokenUnavailable', message: thrown instanceof Error ? thrown.message : String(thrown) });
    }
  }

  async function sendOnce(call: GraphCall): Promise<Response> {
    const url = buildUrl(call);
    const request = client
      .api(url)
      .version(call.version ?? GRAPH_VERSION)
      .responseType(ResponseType.RAW)
      .headers({ ...call.headers, Authorization: await bearer() });
    try {
      switch (call.method) {
        case 'GET':
          return (await request.get()) as Response;
        case 'POST':
          return (await request.post(call.body ?? {})) as Response;
        case 'PATCH':
          return (await request.patch(call.body ?? {})) as Response;
        case 'DELETE':
          return (await request.delete()) as Response;
      }
    } catch (thrown) {
      // With ResponseType.RAW the SDK only throws when the request never got an answer.
      throw new GraphError({
        status: 0,
        code: 'NetworkError',
        message: thrown instanceof Error ? thrown.message : String(thrown),
        method: call.method,
        path: call.path,
      });
    }
  }

  async function request<T>(call: GraphCall): Promise<GraphResult<T>> {
    const startedAt = now();
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let error: GraphError;
      try {
        const response = await sendOnce(call);
        const body = await readBody(response);
        if (response.ok) return { status: response.status, body: body as T | undefined };
        error = graphErrorFromBody(response.status, body, {
          method: call.method,
          path: call.path,
          retryAfter: response.headers.get('Retry-After'),
          requestId: response.headers.get('request-id'),
        });
      } catch (thrown) {
        if (!(thrown instanceof GraphError) || thrown.kind !== 'network') throw thrown;
        error = thrown;
      }
      const delay = retryDelay(error, call, attempt, startedAt, waited);
      if (delay === undefined) throw error;
      emit({ reason: retryReason(error), method: call.method, path: call.path, status: error.status, attempt, delayMs: delay });
      await sleep(delay);
      waited += delay;
    }
  }

  async function batch<T>(calls: readonly GraphCall[]): Promise<BatchOutcome<T>[]> {
    const outcomes: (BatchOutcome<T> | undefined)[] = new Array(calls.length);
    const attempts = new Array<number>(calls.length).fill(0);
    const startedAt = now();
    let waited = 0;
    let pending = calls.map((_, index) => index);
    while (pending.length > 0) {
      const again: number[] = [];
      let wait = 0;
      for (let offset = 0; offset < pending.length; offset += BATCH_LIMIT) {
        const chunk = pending.slice(offset, offset + BATCH_LIMIT);
        const response = await request<{ responses?: BatchResponseItem[] }>({
          method: 'POST',
          path: '/$batch',
          body: { requests: chunk.map((index) => toBatchRequest(String(index), calls[index]!)) },
        });
        const byId = new Map((response.body?.responses ?? []).map((item) => [item.id, item]));
        for (const index of chunk) {
          const call = calls[index]!;
          attempts[index]! += 1;
          const item = byId.get(String(index));
          if (item && item.status < 400) {
            outcomes[index] = { ok: true, status: item.status, body: item.body as T | undefined };
            continue;
          }
          const error = item
            ? graphErrorFromBody(item.status, item.body, {
                method: call.method,
                path: call.path,
                retryAfter: headerOf(item.headers, 'Retry-After'),
              })
            : new GraphError({ status: 502, code: 'MissingBatchResponse', message: 'The $batch response left this request out.', method: call.method, path: call.path });
          const delay = retryDelay(error, call, attempts[index]!, startedAt, waited);
          if (delay === undefined) {
            outcomes[index] = { ok: false, status: error.status, error };
          } else {
            again.push(index);
            wait = Math.max(wait, delay);
            emit({ reason: retryReason(error), method: call.method, path: call.path, status: error.status, attempt: attempts[index]!, delayMs: delay });
          }
        }
      }
      if (again.length > 0) {
        await sleep(wait);
        waited += wait;
      }
      pending = again;
    }
    return outcomes as BatchOutcome<T>[];
  }

  return {
    request,
    batch,
    stats,
    now,
    sleep,
    onRetry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function isReplicationFault(error: GraphError, call: GraphCall): boolean {
  if (error.kind === 'replication' || error.kind === 'not-found') return true;
  // A concurrency 409 (app PATCH, or two writes to one app in a parallel $batch) was not applied and
  // clears up; "another object has this key" never does.
  return error.kind === 'conflict' && call.method !== 'GET' && error.code !== 'Request_MultipleObjectsWithSameKeyValue';
}

function retryReason(error: GraphError): RetryEvent['reason'] {
  if (error.kind === 'throttled') return 'throttled';
  if (error.kind === 'network') return 'network';
  return 'replication';
}

/** Path plus encoded query, relative to /v1.0 (absolute nextLinks pass through once checked). */
export function buildUrl(call: Pick<GraphCall, 'path' | 'query'>): string {
  let path = call.path;
  if (/^https?:\/\//i.test(path)) {
    const url = new URL(path);
    // Never send the token anywhere but Graph, whatever a nextLink says.
    if (url.origin !== GRAPH_ORIGIN) throw new GraphError({ status: 400, code: 'UnexpectedHost', message: `Refusing to call ${url.origin}` });
    return path;
  }
  if (!path.startsWith('/')) path = `/${path}`;
  const query = Object.entries(call.query ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  if (!query) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

function toBatchRequest(id: string, call: GraphCall): Record<string, unknown> {
  if (call.version && call.version !== GRAPH_VERSION) throw new Error(`A ${call.version} call cannot share a ${GRAPH_VERSION} $batch.`);
  const headers: Record<string, string> = { ...call.headers };
  const hasBody = call.method === 'POST' || call.method === 'PATCH';
  if (hasBody) headers['Content-Type'] = 'application/json';
  return {
    id,
    method: call.method,
    url: buildUrl(call),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(hasBody ? { body: call.body ?? {} } : {}),
  };
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Terminal link: the SDK's HTTPMessageHandler would call the global fetch, which tests and fakes cannot intercept. */
class InjectedFetchMiddleware implements Middleware {
  constructor(private readonly send: FetchLike) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.send(context.request, context.options as RequestInit);
  }
}
