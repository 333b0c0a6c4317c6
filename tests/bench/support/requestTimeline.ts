/**
 * Every HTTP request the fake tenant answers, with when it arrived and when its answer left, so a
 * run can be measured in sequential round trips: a request that starts while another is in flight
 * shares its round (the same rule as the Graph transport's own count).
 */
import type { BrowserContext } from '@playwright/test';
import { routeFakeTenant } from '../../fake-tenant/playwrightRoutes';
import type { FakeTenant } from '../../fake-tenant/types';

export interface TimedRequest {
  method: string;
  url: string;
  kind: 'token' | 'graph' | 'other';
  start: number;
  end: number;
  /** For `$batch`: "METHOD /path" of each item. */
  items?: string[];
}

export interface RoundTripSummary {
  roundTrips: number;
  requests: number;
  tokenRequests: number;
  /** Rounds that contained a token request. */
  tokenRounds: number;
  /** One line per round: what ran in it, e.g. "token" or "GET /me, POST /$batch". */
  rounds: string[];
}

function kindOf(url: string): TimedRequest['kind'] {
  if (/^https:\/\/login\.microsoftonline\.com\/[^/]+\/oauth2\/v2\.0\/token/.test(url)) return 'token';
  if (url.startsWith('https://graph.microsoft.com/')) return 'graph';
  return 'other';
}

export async function routeTimedTenant(context: BrowserContext, tenant: FakeTenant): Promise<TimedRequest[]> {
  const timeline: TimedRequest[] = [];
  const handle = async (request: Request): Promise<Response> => {
    const entry: TimedRequest = { method: request.method, url: request.url, kind: kindOf(request.url), start: performance.now(), end: Number.NaN };
    timeline.push(entry);
    if (request.url.endsWith('/$batch')) entry.items = await batchItems(request.clone());
    try {
      return await tenant.handle(request);
    } finally {
      entry.end = performance.now();
    }
  };
  await routeFakeTenant(context, { ...tenant, handle });
  return timeline;
}

async function batchItems(request: Request): Promise<string[]> {
  try {
    const body = (await request.json()) as { requests?: Array<{ method?: string; url?: string }> };
    return (body.requests ?? []).map((item) => `${item.method ?? '?'} ${decodeURIComponent(String(item.url ?? '')).split('?')[0]}`);
  } catch {
    return [];
  }
}

function label(request: TimedRequest): string {
  if (request.kind === 'token') return 'token';
  const url = new URL(request.url);
  const base = `${request.method} ${url.pathname.replace(/^\/v1\.0/, '')}`;
  return request.items ? `${base} [${request.items.join('; ')}]` : base;
}

export function roundTrips(requests: readonly TimedRequest[]): RoundTripSummary {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const rounds: TimedRequest[][] = [];
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const request of sorted) {
    if (request.start >= busyUntil || rounds.length === 0) rounds.push([request]);
    else rounds[rounds.length - 1]!.push(request);
    busyUntil = Math.max(busyUntil, request.end);
  }
  return {
    roundTrips: rounds.length,
    requests: sorted.length,
    tokenRequests: sorted.filter((r) => r.kind === 'token').length,
    tokenRounds: rounds.filter((round) => round.some((r) => r.kind === 'token')).length,
    rounds: rounds.map((round) => round.map(label).join(', ')),
  };
}
