// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../../utils/graph/graphError';
import { buildUrl, createGraphTransport, type GraphCall } from '../../../utils/graph/graphTransport';
import { createHarness, START } from './graphHarness';

describe('graphTransport requests', () => {
  it('calls https://graph.microsoft.com/v1.0 with the bearer token, JSON and extra headers', async () => {
    const h = createHarness();
    await h.transport.request({
      method: 'PATCH',
      path: "/applications(uniqueName='demo-key')",
      headers: { Prefer: 'create-if-missing' },
      body: { displayName: 'Demo' },
    });
    const [entry] = h.graphRounds();
    expect(entry?.url).toBe("https://graph.microsoft.com/v1.0/applications(uniqueName='demo-key')");
    expect(entry?.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(entry?.headers.prefer).toBe('create-if-missing');
    expect(entry?.headers['content-type']).toBe('application/json');
    expect(entry?.body).toEqual({ displayName: 'Demo' });
    expect(entry?.status).toBe(201);
  });

  it.each<[GraphCall, string]>([
    [{ method: 'GET', path: '/me' }, '/me'],
    [{ method: 'GET', path: 'me', query: { $select: 'id,displayName' } }, '/me?$select=id%2CdisplayName'],
    [{ method: 'GET', path: '/users', query: { $filter: "startswith(displayName,'O''Neil & Co')", $top: 5, $skip: undefined } }, "/users?$filter=startswith(displayName%2C'O''Neil%20%26%20Co')&$top=5"],
    [{ method: 'GET', path: 'https://graph.microsoft.com/v1.0/users?$skiptoken=abc' }, 'https://graph.microsoft.com/v1.0/users?$skiptoken=abc'],
  ])('builds %j as %s', (call, url) => {
    expect(buildUrl(call)).toBe(url);
  });

  it('follows an absolute nextLink but refuses to send the token to another host', async () => {
    const h = createHarness({ pageSize: 2 });
    const first = await h.transport.request<{ value: { id: string }[]; '@odata.nextLink'?: string }>({ method: 'GET', path: '/users', query: { $select: 'id' } });
    expect(first.body?.value).toHaveLength(2);
    const next = first.body?.['@odata.nextLink'];
    expect(next).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?/);
    const second = await h.transport.request<{ value: { id: string }[] }>({ method: 'GET', path: next! });
    expect(second.body?.value.map((u) => u.id)).not.toContain(first.body?.value[0]?.id);

    const before = h.tenant.log.length;
    await expect(h.transport.request({ method: 'GET', path: 'https://evil.example/v1.0/users' })).rejects.toMatchObject({ code: 'UnexpectedHost' });
    expect(h.tenant.log.length).toBe(before);
  });

  it('asks for a token before every attempt, so a renewed token is used on retry', async () => {
    const h = createHarness();
    const getToken = vi.fn(async () => h.tenant.mintAccessToken());
    const sleeps: number[] = [];
    const transport = createGraphTransport({ fetch: h.fetch, getToken, sleep: async (ms) => void sleeps.push(ms), now: h.now });
    h.tenant.switches.throttle = { status: 429, count: 2, retryAfterSeconds: 1 };
    await transport.request({ method: 'GET', path: '/me' });
    expect(getToken).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([1_000, 1_000]);
  });

  it('turns a failing token getter into an unauthorized GraphError without calling Graph', async () => {
    const h = createHarness();
    const transport = createGraphTransport({ fetch: h.fetch, getToken: async () => Promise.reject(new Error('interaction_required')), sleep: async () => {}, now: h.now });
    const error = await transport.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 401, kind: 'unauthorized', code: 'TokenUnavailable' });
    expect(h.tenant.log).toHaveLength(0);
  });

  it('throws the Graph error with its explanation and does not retry a real 404', async () => {
    const h = createHarness();
    const error = await h.transport.request({ method: 'GET', path: '/applications/5f0e0000-0000-4000-8000-000000000000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 404, code: 'Request_ResourceNotFound', kind: 'not-found' });
    expect((error as GraphError).explanation).toMatch(/not found/);
    expect(h.sleeps).toEqual([]);
  });

  it('retries a 404 on a fresh object only when the call opts in', async () => {
    const h = createHarness();
    h.tenant.switches.replication.freshObjectNotFoundReads = 2;
    const created = await h.transport.request<{ id: string }>({ method: 'POST', path: '/applications', body: { displayName: 'Fresh' } });
    const id = created.body!.id;
    await expect(h.transport.request({ method: 'GET', path: `/applications/${id}` })).rejects.toMatchObject({ status: 404 });
    const read = await h.transport.request<{ id: string }>({ method: 'GET', path: `/applications/${id}`, retryReplication: true });
    expect(read.body?.id).toBe(id);
    expect(h.sleeps).toEqual([1_000]);
  });

  it.each([
    ['seconds', 'seconds' as const, 9_000],
    ['an HTTP date', 'http-date' as const, 9_000],
  ])('honours Retry-After given in %s', async (_name, retryAfterFormat, expected) => {
    const h = createHarness();
    h.tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 9, retryAfterFormat };
    await h.transport.request({ method: 'GET', path: '/organization' });
    expect(h.sleeps).toEqual([expected]);
    expect(h.transport.stats).toMatchObject({ requests: 2, retries: 1, roundTrips: 2 });
  });

  it('stops after the time budget and reports throttling', async () => {
    const h = createHarness({}, { budgetMs: 30_000 });
    h.tenant.switches.throttle = { status: 503, count: 50, retryAfterSeconds: 12 };
    const started = h.now();
    const error = await h.transport.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, kind: 'throttled' });
    expect(h.sleeps).toEqual([12_000, 12_000]);
    expect(h.now() - started).toBeLessThanOrEqual(30_000);
  });

  it('stops after the attempt cap with capped exponential backoff', async () => {
    const h = createHarness({}, { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 2_000 });
    h.tenant.switches.replication.invalidReferenceUpdates = 100;
    const app = h.tenant.addApplication({ displayName: 'Client', withServicePrincipal: true });
    const graphSp = h.graphServicePrincipalId();
    const error = await h.transport
      .request({
        method: 'POST',
        path: `/servicePrincipals/${graphSp}/appRoleAssignedTo`,
        body: { principalId: app.servicePrincipal!.id, resourceId: graphSp, appRoleId: 'df021288-bdef-4463-88db-98f22de89214' },
        retryReplication: true,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'replication' });
    expect(h.sleeps).toEqual([500, 1_000, 2_000, 2_000]);
  });

  it('retries a network failure on GET but never on a write', async () => {
    const h = createHarness();
    let failures = 2;
    const flaky: typeof h.fetch = async (input, init) => {
      if (failures-- > 0) throw new TypeError('Failed to fetch');
      return h.fetch(input, init);
    };
    const sleeps: number[] = [];
    const transport = createGraphTransport({ fetch: flaky, getToken: async () => h.tenant.mintAccessToken(), sleep: async (ms) => void sleeps.push(ms), now: h.now });
    await expect(transport.request({ method: 'GET', path: '/me' })).resolves.toMatchObject({ status: 200 });
    expect(sleeps).toEqual([1_000, 2_000]);

    failures = 1;
    await expect(transport.request({ method: 'POST', path: '/applications', body: { displayName: 'X' } })).rejects.toMatchObject({ kind: 'network', status: 0 });
    expect(h.tenant.state.applications).toHaveLength(0);
  });

  it('counts concurrent requests as one round trip', async () => {
    const h = createHarness({ latencyMs: 5 });
    await Promise.all([h.transport.request({ method: 'GET', path: '/me' }), h.transport.request({ method: 'GET', path: '/organization' })]);
    expect(h.transport.stats).toMatchObject({ requests: 2, roundTrips: 1 });
    await h.transport.request({ method: 'GET', path: '/me' });
    expect(h.transport.stats).toMatchObject({ requests: 3, roundTrips: 2 });
  });
});

describe('graphTransport $batch', () => {
  it('splits into posts of at most 20 and returns outcomes in call order despite shuffled answers', async () => {
    const h = createHarness();
    const users = Array.from({ length: 25 }, (_, i) => h.tenant.addUser({ displayName: `User ${String(i).padStart(2, '0')}` }));
    const outcomes = await h.transport.batch<{ id: string; displayName: string }>(users.map((u) => ({ method: 'GET', path: `/users/${u.id}`, query: { $select: 'id,displayName' } })));
    expect(outcomes.map((o) => (o.ok ? o.body?.displayName : o.error.message))).toEqual(users.map((u) => u.displayName));
    const posts = h.graphRounds();
    expect(posts.map((p) => (p.body as { requests: unknown[] }).requests.length)).toEqual([20, 5]);
    expect(h.transport.stats.roundTrips).toBe(2);
  });

  it('sends bodies with Content-Type and per-item headers, and reports per-item failures', async () => {
    const h = createHarness();
    const outcomes = await h.transport.batch([
      { method: 'PATCH', path: "/applications(uniqueName='batch-key')", headers: { Prefer: 'create-if-missing' }, body: { displayName: 'Batched' } },
      { method: 'GET', path: '/applications/5f0e0000-0000-4000-8000-000000000000' },
    ]);
    expect(outcomes[0]).toMatchObject({ ok: true, status: 201 });
    expect(outcomes[1]).toMatchObject({ ok: false, status: 404 });
    expect(outcomes[1]?.ok === false && outcomes[1].error).toBeInstanceOf(GraphError);
    const item = h.operations().find((e) => e.method === 'PATCH');
    expect(item?.headers).toMatchObject({ prefer: 'create-if-missing', 'content-type': 'application/json' });
  });

  it('re-sends only the throttled items, after their Retry-After', async () => {
    const h = createHarness();
    h.tenant.switches.throttle = { status: 429, count: 2, retryAfterSeconds: 4, batchItems: true };
    const outcomes = await h.transport.batch([
      { method: 'GET', path: '/me' },
      { method: 'GET', path: '/organization' },
      { method: 'GET', path: '/users', query: { $top: 1 } },
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(h.sleeps).toEqual([4_000]);
    const posts = h.graphRounds();
    expect(posts.map((p) => (p.body as { requests: unknown[] }).requests.length)).toEqual([3, 2]);
  });

  it('gives up on items whose throttling outlasts the budget', async () => {
    const h = createHarness({}, { budgetMs: 10_000 });
    h.tenant.switches.throttle = { status: 429, count: 100, retryAfterSeconds: 6, batchItems: true, pathIncludes: 'organization' };
    const [me, org] = await h.transport.batch([
      { method: 'GET', path: '/me' },
      { method: 'GET', path: '/organization' },
    ]);
    expect(me?.ok).toBe(true);
    expect(org).toMatchObject({ ok: false, status: 429 });
    expect(h.sleeps).toEqual([6_000]);
    expect(h.now()).toBe(START + 6_000);
  });
});
