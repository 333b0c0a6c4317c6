// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, SECRET_DESCRIPTION, STEP_IDS } from '../../../utils/steps';
import { memoryCheckpointStore } from '../../../utils/graph/checkpointStore';
import { executePlan } from '../../../utils/graph/executePlan';
import { planSetup } from '../../../utils/graph/planSetup';
import { verifySetup } from '../../../utils/graph/verifySetup';
import type { FakeTenantSwitches, LoggedRequest } from '../../fake-tenant/types';
import { automate, createHarness, seedTonicApp, tenantUser, type Harness } from './graphHarness';

const CREATING = (entry: LoggedRequest) =>
  (entry.method === 'POST' && /\/(applications|servicePrincipals)(\/[^/]+\/appRoleAssignedTo)?$/.test(new URL(entry.url).pathname)) ||
  (entry.method === 'PATCH' && entry.headers.prefer === 'create-if-missing');

function tonicObjects(h: Harness) {
  const apps = h.tenant.state.applications.filter((a) => a.displayName === APP_NAME);
  const sps = h.tenant.state.servicePrincipals.filter((sp) => sp.appId !== MICROSOFT_GRAPH_APP_ID);
  const sp = sps[0];
  return {
    apps,
    sps,
    grants: h.tenant.state.appRoleAssignments.filter((a) => a.principalId === sp?.id),
    assignments: h.tenant.state.appRoleAssignments.filter((a) => a.resourceId === sp?.id),
    passwords: apps.flatMap((a) => a.passwordCredentials),
  };
}

async function expectFullyVerified(h: Harness, recentSecret?: { keyId: string; endDateTime: string }) {
  h.advance(60 * 60_000); // let time-based replication lag settle
  const v = await verifySetup(h.transport, recentSecret ? { recentSecret } : {});
  for (const id of STEP_IDS.filter((s) => s !== 'tonicdm-setup' && s !== 'scope-mailboxes')) {
    expect(v.steps[id].status, `${id}: ${v.steps[id].reason}`).toBe('verified');
  }
  return v;
}

describe('executePlan from an empty tenant', () => {
  it('sets everything up in at most 5 sequential round trips, one request at a time', async () => {
    const h = createHarness();
    const adele = tenantUser(h, 'Adele Vance');
    const sales = h.tenant.addGroup({ displayName: 'TonicDM users' });

    const run = await automate(h, { assignees: [adele, { id: sales.id, type: 'group', displayName: sales.displayName }] });

    expect(run.result.ok).toBe(true);
    expect(run.result.error).toBeUndefined();
    const rounds = h.graphRounds();
    const total = run.verification.roundTrips + run.result.roundTrips;
    expect(rounds).toHaveLength(total);
    expect(h.transport.stats.roundTrips).toBe(rounds.length);
    expect(h.maxInFlight()).toBe(1);
    expect(total).toBeLessThanOrEqual(5);

    const objects = tonicObjects(h);
    expect(objects.apps).toHaveLength(1);
    expect(objects.apps[0]).toMatchObject({ signInAudience: 'AzureADMyOrg', uniqueName: null });
    expect(h.tenant.state.owners[objects.apps[0]!.id]).toEqual([h.tenant.state.signedInUserId]);
    expect(objects.sps).toHaveLength(1);
    expect(objects.sps[0]!.appRoleAssignmentRequired).toBe(true);
    expect(objects.grants).toHaveLength(3);
    expect(objects.assignments.map((a) => a.principalId).sort()).toEqual([adele.id, sales.id].sort());
    expect(objects.passwords).toHaveLength(1);
    expect(objects.passwords[0]!.displayName).toBe(SECRET_DESCRIPTION);

    expect(run.result.ids).toEqual({
      tenantId: h.tenant.tenantId,
      appObjectId: objects.apps[0]!.id,
      appId: objects.apps[0]!.appId,
      servicePrincipalId: objects.sps[0]!.id,
    });
    expect(await run.checkpoint.load()).toBeUndefined();
    await expectFullyVerified(h);
  });

  it('hands the secret only to storeSecret', async () => {
    const h = createHarness();
    const saved: unknown[] = [];
    const checkpoint = memoryCheckpointStore();
    const recording = { ...checkpoint, save: async (c: Parameters<typeof checkpoint.save>[0]) => (saved.push(structuredClone(c)), checkpoint.save(c)) };

    const run = await automate(h, { checkpoint: recording });

    expect(run.secrets).toHaveLength(1);
    const [{ secretText, endDateTime }] = run.secrets as [{ secretText: string; endDateTime: string }];
    expect(secretText).toMatch(/^[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}$/);
    expect(h.tenant.secretTextOf(run.result.secret!.keyId)).toBe(secretText);
    expect(endDateTime).toBe(run.result.secret!.endDateTime);
    expect(run.result.secret).toMatchObject({ hint: secretText.slice(0, 3), displayName: SECRET_DESCRIPTION });
    for (const leak of [run.result, run.events, saved, run.plan]) expect(JSON.stringify(leak)).not.toContain(secretText);
    expect(saved.length).toBeGreaterThanOrEqual(run.plan.actions.filter((a) => a.state === 'todo').length);
  });

  it('creates the app with POST /applications under a random one-time tag, never an upsert, and the SP through the appId upsert', async () => {
    const h = createHarness();
    const checkpoints: unknown[] = [];
    const store = memoryCheckpointStore();
    const run = await automate(h, { checkpoint: { ...store, save: async (c) => (checkpoints.push(structuredClone(c)), store.save(c)) } });
    const ops = h.operations();
    const create = ops.find((e) => e.method === 'POST' && new URL(e.url).pathname === '/v1.0/applications');
    const spUpsert = ops.find((e) => e.method === 'PATCH' && e.url.includes('/servicePrincipals(appId='));
    expect(create?.body).toMatchObject({
      displayName: APP_NAME,
      signInAudience: 'AzureADMyOrg',
      requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID }],
      tags: [expect.stringMatching(/^TonicDMSetupRun:[0-9a-f]{32}$/)],
    });
    expect(create?.body).not.toHaveProperty('uniqueName');
    expect(JSON.stringify(create?.body)).not.toMatch(/redirectUri/i);
    expect(ops.some((e) => e.url.includes('/applications(uniqueName='))).toBe(false);
    expect(spUpsert?.body).toEqual({ appRoleAssignmentRequired: true });
    // The key was stored before the create left, and dropped once its answer was recorded.
    const key = (create?.body as { tags: string[] }).tags[0]!.split(':')[1];
    const first = checkpoints[0] as { target?: { creationKey?: string }; done: string[] };
    expect(first.target?.creationKey).toBe(key);
    expect(first.done).toEqual([]);
    expect(JSON.stringify(checkpoints.slice(1))).not.toContain(key);
    expect(run.result.ok).toBe(true);
  });

  it('never uses the same creation key twice', async () => {
    const a = createHarness();
    const b = createHarness();
    await automate(a);
    await automate(b);
    const tag = (h: Harness) => (h.operations().find((e) => e.method === 'POST' && e.url.endsWith('/v1.0/applications'))?.body as { tags: string[] }).tags[0];
    expect(tag(a)).not.toBe(tag(b));
  });
});

describe('executePlan repairs an existing app', () => {
  it('fixes every kind of drift in one run, keeping unrelated permissions', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h, {
      signInAudience: 'AzureADMultipleOrgs',
      redirectUri: 'https://localhost/callback',
      roles: 'delegated',
      consent: false,
      assignmentRequired: false,
      assignUser: false,
      secretEndsInDays: 5,
    });
    const megan = tenantUser(h, 'Megan Bowen');

    const run = await automate(h, { assignees: [megan] });

    expect(run.result.ok).toBe(true);
    expect(run.verification.roundTrips + run.result.roundTrips).toBeLessThanOrEqual(5);
    expect(h.operations().filter(CREATING).every((e) => e.url.endsWith('/appRoleAssignedTo'))).toBe(true);
    const app = h.tenant.state.applications.find((a) => a.id === application.id)!;
    expect(app.signInAudience).toBe('AzureADMyOrg');
    expect(app.web).toMatchObject({ redirectUris: [] });
    const graphAccess = app.requiredResourceAccess.find((r) => r.resourceAppId === MICROSOFT_GRAPH_APP_ID)!.resourceAccess;
    expect(graphAccess.filter((a) => a.type === 'Scope')).toEqual([{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }]);
    expect(graphAccess.filter((a) => a.type === 'Role')).toHaveLength(3);
    expect(app.passwordCredentials.map((p) => p.displayName)).toEqual([SECRET_DESCRIPTION, `${SECRET_DESCRIPTION} Mar 2026`]);
    await expectFullyVerified(h, run.result.secret);
  });

});

describe('executePlan is idempotent', () => {
  it('plans and sends nothing on a second run without a new secret', async () => {
    const h = createHarness();
    const adele = tenantUser(h, 'Adele Vance');
    await automate(h, { assignees: [adele] });
    const mark = h.tenant.log.length;

    const second = await automate(h, { assignees: [adele], newSecret: false });

    expect(second.plan.actions.filter((a) => a.state === 'todo')).toEqual([]);
    expect(second.plan.actions.at(-1)?.kind).toBe('nothing');
    expect(second.result.ok).toBe(true);
    expect(second.result.roundTrips).toBe(0);
    expect(h.operations(mark).filter((e) => e.method !== 'GET')).toEqual([]);
    expect(tonicObjects(h).apps).toHaveLength(1);
  });

  it('only adds a renewal secret when asked, named after the month', async () => {
    const h = createHarness();
    const adele = tenantUser(h, 'Adele Vance');
    await automate(h, { assignees: [adele] });
    const mark = h.tenant.log.length;

    const second = await automate(h, { assignees: [adele], newSecret: true });

    expect(second.result.ok).toBe(true);
    const writes = h.operations(mark).filter((e) => e.method !== 'GET');
    expect(writes.map((e) => `${e.method} ${new URL(e.url).pathname.replace(/[0-9a-f-]{36}/g, '{id}')}`)).toEqual(['POST /v1.0/applications/{id}/addPassword']);
    expect(writes.filter(CREATING)).toEqual([]);
    const passwords = tonicObjects(h).passwords;
    expect(passwords.map((p) => p.displayName)).toEqual([SECRET_DESCRIPTION, `${SECRET_DESCRIPTION} Mar 2026`]);
  });

  it('treats an assignment that already exists as done', async () => {
    const h = createHarness();
    const { assignee } = seedTonicApp(h);
    const v = await verifySetup(h.transport, { known: h.known });
    // A stale verification that still thinks the user is unassigned.
    const stale = { ...v, facts: { ...v.facts, assignments: [] } };
    const plan = planSetup(stale, { newSecret: false, assignees: [assignee!], now: new Date(h.now()) });
    const result = await executePlan(h.transport, plan, { checkpoint: memoryCheckpointStore(), onProgress: () => {}, storeSecret: async () => {} });
    expect(result.ok).toBe(true);
    expect(result.actions.find((a) => a.kind === 'assign')?.outcome).toBe('already-done');
  });
});

describe('executePlan under faults', () => {
  type Case = [string, (s: FakeTenantSwitches) => void, (h: Harness, run: Awaited<ReturnType<typeof automate>>) => void];
  const cases: Case[] = [
    [
      '429 on a standalone request (Retry-After seconds)',
      (s) => (s.throttle = { status: 429, count: 1, retryAfterSeconds: 7, pathIncludes: '/applications' }),
      (h) => expect(h.sleeps).toContain(7_000),
    ],
    [
      '429 on the outer $batch post',
      (s) => (s.throttle = { status: 429, count: 2, retryAfterSeconds: 3, pathIncludes: '$batch' }),
      (h) => expect(h.sleeps.filter((ms) => ms === 3_000)).toHaveLength(2),
    ],
    [
      '429 on items inside a $batch',
      (s) => (s.throttle = { status: 429, count: 2, retryAfterSeconds: 11, batchItems: true, pathIncludes: 'appRoleAssignedTo' }),
      (h) => expect(h.sleeps).toContain(11_000),
    ],
    [
      '503 with Retry-After as an HTTP date',
      (s) => (s.throttle = { status: 503, count: 1, retryAfterSeconds: 20, retryAfterFormat: 'http-date', pathIncludes: '/applications' }),
      (h) => expect(h.sleeps).toContain(20_000),
    ],
    [
      '504 inside a $batch',
      (s) => (s.throttle = { status: 504, count: 1, retryAfterSeconds: 2, batchItems: true }),
      (h) => expect(h.sleeps).toContain(2_000),
    ],
    [
      'SP create: 400 NoBackingApplicationObject twice',
      (s) => (s.replication.spCreateFailures = 2),
      (h) => expect(h.sleeps.slice(0, 2)).toEqual([1_000, 2_000]),
    ],
    [
      'SP create: the misleading 403 "local tenant"',
      (s) => {
        s.replication.spCreateFailures = 1;
        s.replication.spCreateFailureStatus = 403;
      },
      (h) => expect(h.sleeps).toEqual([1_000]),
    ],
    [
      'fresh objects 404 for their first uses',
      (s) => (s.replication.freshObjectNotFoundReads = 1),
      (h) => expect(h.sleeps.length).toBeGreaterThan(0),
    ],
    [
      'fresh objects 404 for 5 s',
      (s) => (s.replication.freshObjectNotFoundMs = 5_000),
      (h) => expect(h.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5_000),
    ],
    [
      '"Not a valid reference update" on assignments',
      (s) => (s.replication.invalidReferenceUpdates = 2),
      (h) => expect(h.sleeps.length).toBeGreaterThan(0),
    ],
    [
      'a new password hidden from reads',
      (s) => (s.replication.newPasswordHiddenReads = 3),
      (h, run) => {
        // Execution trusts the addPassword answer and never polls for the credential.
        expect(run.result.secret?.keyId).toBeTruthy();
        expect(h.operations().filter((e) => e.method === 'GET' && e.url.includes('/applications'))).toHaveLength(2);
      },
    ],
  ];

  it.each(cases)('%s: completes without duplicates', async (_name, arm, check) => {
    const h = createHarness();
    const adele = tenantUser(h, 'Adele Vance');
    arm(h.tenant.switches);

    const run = await automate(h, { assignees: [adele] });

    expect(run.result.error).toBeUndefined();
    expect(run.result.ok).toBe(true);
    check(h, run);
    const objects = tonicObjects(h);
    expect([objects.apps.length, objects.sps.length, objects.grants.length, objects.assignments.length, objects.passwords.length]).toEqual([1, 1, 3, 1, 1]);
    // Waits during execution are announced to the side panel as retry events.
    expect(run.events.some((e) => e.type === 'retry')).toBe(run.executeSleeps.length > 0);
    await expectFullyVerified(h, run.result.secret);
  });

  it('reports a just-added secret that reads do not show yet', async () => {
    const h = createHarness();
    h.tenant.switches.replication.newPasswordHiddenReads = 5;
    const run = await automate(h);
    const plain = await verifySetup(h.transport);
    expect(plain.steps['client-secret'].status).toBe('missing');
    const informed = await verifySetup(h.transport, { recentSecret: run.result.secret! });
    expect(informed.steps['client-secret'].status).toBe('verified');
    expect(informed.secretExpiry).toBe(run.result.secret!.endDateTime);
    expect(informed.warnings.join(' ')).toMatch(/not visible in Microsoft Graph yet/);
  });

  it('retries 409 on an app PATCH', async () => {
    const h = createHarness();
    seedTonicApp(h, { signInAudience: 'AzureADMultipleOrgs' });
    h.tenant.switches.replication.appPatchConflicts = 2;
    const run = await automate(h, { newSecret: false });
    expect(run.result.ok).toBe(true);
    expect(h.sleeps).toEqual([1_000, 2_000]);
    expect(h.tenant.state.applications[0]!.signInAudience).toBe('AzureADMyOrg');
  });

  it('gives up on throttling once the time budget is spent, and a re-run finishes', async () => {
    const h = createHarness({}, { budgetMs: 60_000 });
    h.tenant.switches.throttle = { status: 429, count: 100, retryAfterSeconds: 25, pathIncludes: '/applications' };
    const checkpoint = memoryCheckpointStore();

    const first = await automate(h, { checkpoint });

    expect(first.result.ok).toBe(false);
    expect(first.result.error).toMatchObject({ kind: 'throttled', status: 429 });
    expect(first.result.error?.explanation).toMatch(/slow down/);
    expect(h.sleeps).toEqual([25_000, 25_000]);
    expect(first.result.actions.find((a) => a.kind === 'create-app')?.outcome).toBe('failed');
    expect(first.result.actions.filter((a) => a.outcome === 'not-run').length).toBeGreaterThan(0);

    h.tenant.switches.throttle = null;
    const second = await automate(h, { checkpoint });
    expect(second.result.ok).toBe(true);
    expect(tonicObjects(h).apps).toHaveLength(1);
  });

  it('explains a password-lifetime policy and succeeds with a shorter lifetime', async () => {
    const h = createHarness();
    h.tenant.switches.policy.maxPasswordLifetimeDays = 400;
    const checkpoint = memoryCheckpointStore();

    const first = await automate(h, { checkpoint });

    expect(first.result.ok).toBe(false);
    const failed = first.result.actions.find((a) => a.outcome === 'failed');
    expect(failed?.kind).toBe('add-secret');
    expect(failed?.error).toMatchObject({ kind: 'password-policy', code: 'CredentialInvalidLifetimeAsPerAppPolicy' });
    expect(first.result.error?.explanation).toMatch(/shorter lifetime/);
    // Everything independent of the secret still went through.
    expect(first.result.actions.filter((a) => a.kind === 'grant-role').map((a) => a.outcome)).toEqual(['granted', 'granted', 'granted']);
    expect(first.secrets).toEqual([]);

    const mark = h.tenant.log.length;
    const second = await automate(h, { checkpoint, secretLifetimeMonths: 12 });
    expect(second.result.ok).toBe(true);
    expect(h.operations(mark).filter(CREATING)).toEqual([]);
    expect(tonicObjects(h).passwords).toHaveLength(1);
    expect(second.secrets).toHaveLength(1);
  });

  it('explains a policy that forbids secrets altogether', async () => {
    const h = createHarness();
    h.tenant.switches.policy.passwordAdditionBlocked = true;
    const run = await automate(h);
    expect(run.result.error).toMatchObject({ kind: 'password-policy' });
    expect(run.result.error?.explanation).toMatch(/does not allow client secrets/);
  });
});

describe('executePlan resumes after an interruption', () => {
  it.each([1, 2, 3])('aborted after %i finished action(s): the re-run creates nothing twice', async (stopAfter) => {
    const h = createHarness();
    const adele = tenantUser(h, 'Adele Vance');
    const checkpoint = memoryCheckpointStore();
    const controller = new AbortController();
    let finished = 0;

    const first = await automate(h, {
      assignees: [adele],
      checkpoint,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'finish' && ++finished >= stopAfter) controller.abort();
      },
    });
    expect(first.result).toMatchObject({ ok: false, aborted: true });
    expect(checkpoint.current?.done.length).toBeGreaterThanOrEqual(stopAfter);

    // Same plan, same checkpoint: what was finished is skipped.
    const resumed = await executePlan(h.transport, first.plan, {
      checkpoint,
      onProgress: () => {},
      storeSecret: async (secretText, endDateTime) => void first.secrets.push({ secretText, endDateTime }),
    });
    expect(resumed.ok).toBe(true);
    expect(checkpoint.current).toBeUndefined();
    expect(resumed.actions.filter((a) => a.outcome === 'resumed').length).toBe(first.result.actions.filter((a) => a.outcome !== 'not-run').length);
    const objects = tonicObjects(h);
    expect([objects.apps.length, objects.sps.length, objects.grants.length, objects.assignments.length, objects.passwords.length]).toEqual([1, 1, 3, 1, 1]);
    expect(first.secrets).toHaveLength(1);
    expect(h.operations().filter(CREATING).length).toBe(1 + 1 + 3 + 1);
    await expectFullyVerified(h);
  });

  it('after storeSecret fails, removes the unusable secret and the re-run adds exactly one', async () => {
    const h = createHarness();
    const adele = tenantUser(h, 'Adele Vance');
    const checkpoint = memoryCheckpointStore();
    let leaked = '';

    const first = await automate(h, {
      assignees: [adele],
      checkpoint,
      storeSecret: async (secretText) => {
        leaked = secretText;
        throw new Error(`storage refused ${secretText}`);
      },
    });

    expect(first.result.ok).toBe(false);
    expect(first.result.error?.message).toMatch(/could not be saved \(storage refused \*\*\*\)/);
    expect(first.result.error?.explanation).toMatch(/Run again/);
    expect(JSON.stringify([first.result, first.events, checkpoint.current])).not.toContain(leaked);
    expect(tonicObjects(h).passwords).toHaveLength(0);
    expect(h.operations().some((e) => e.url.endsWith('/removePassword'))).toBe(true);

    const mark = h.tenant.log.length;
    const second = await automate(h, { assignees: [adele], checkpoint });
    expect(second.result.ok).toBe(true);
    expect(second.secrets).toHaveLength(1);
    expect(h.operations(mark).filter(CREATING)).toEqual([]);
    const objects = tonicObjects(h);
    expect([objects.apps.length, objects.sps.length, objects.grants.length, objects.assignments.length, objects.passwords.length]).toEqual([1, 1, 3, 1, 1]);
  });

  it('does not add a second secret when the checkpoint says one was stored', async () => {
    const h = createHarness();
    const checkpoint = memoryCheckpointStore();
    const controller = new AbortController();
    const first = await automate(h, {
      checkpoint,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'finish' && event.report.kind === 'add-secret') controller.abort();
      },
    });
    expect(first.result.aborted).toBe(true);
    expect(checkpoint.current?.done).toContain('add-secret');

    const again = await automate(h, { checkpoint, newSecret: true });
    expect(again.result.ok).toBe(true);
    expect(again.result.actions.find((a) => a.kind === 'add-secret')?.outcome).toBe('resumed');
    expect(again.result.secret?.keyId).toBe(first.result.secret?.keyId);
    expect(again.secrets).toEqual([]);
    expect(tonicObjects(h).passwords).toHaveLength(1);
  });

  it('ignores a checkpoint from another tenant', async () => {
    const h = createHarness();
    const checkpoint = memoryCheckpointStore({
      version: 1,
      tenantId: '0f0f0f0f-0000-4000-8000-000000000000',
      appObjectId: 'aaaaaaaa-0000-4000-8000-000000000000',
      done: ['create-app', 'create-sp', 'add-secret'],
      unusableSecrets: [],
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    const run = await automate(h, { checkpoint });
    expect(run.result.ok).toBe(true);
    expect(run.result.actions.some((a) => a.outcome === 'resumed')).toBe(false);
    expect(tonicObjects(h).apps).toHaveLength(1);
  });
});

describe('executePlan without the consent role', () => {
  it('warns before, explains the 403, and completes once a Global Administrator re-runs it', async () => {
    const h = createHarness({ signedInUserRoles: ['Application Administrator'] });
    const adele = tenantUser(h, 'Adele Vance');
    const checkpoint = memoryCheckpointStore();

    const first = await automate(h, { assignees: [adele], checkpoint });

    expect(first.verification.admin.canConsent).toBe(false);
    expect(first.plan.warnings.join(' ')).toMatch(/Global Administrator or Privileged Role Administrator/);
    expect(first.result.ok).toBe(false);
    const grants = first.result.actions.filter((a) => a.kind === 'grant-role');
    expect(grants.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);
    expect(grants[0]?.error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', kind: 'forbidden' });
    expect(first.result.error?.explanation).toMatch(/Privileged Role Administrator/);
    expect(first.result.actions.filter((a) => a.kind !== 'grant-role').map((a) => a.outcome)).toEqual(['created', 'created', 'added', 'assigned']);

    h.tenant.setSignedInUserRoles(['Global Administrator']);
    const mark = h.tenant.log.length;
    const second = await automate(h, { assignees: [adele], checkpoint, newSecret: false });
    expect(second.result.ok).toBe(true);
    const writes = h.operations(mark).filter((e) => e.method !== 'GET');
    expect(writes).toHaveLength(3);
    expect(writes.every((e) => e.url.endsWith(`/servicePrincipals/${h.graphServicePrincipalId()}/appRoleAssignedTo`))).toBe(true);
    await expectFullyVerified(h);
  });
});

describe('executePlan refuses a blocked plan', () => {
  it('sends nothing while several apps share the name and none is clearly the admin\'s', async () => {
    const h = createHarness();
    seedTonicApp(h, { owners: [] });
    h.tenant.addApplication({ displayName: APP_NAME });
    const mark = h.tenant.log.length;
    const run = await automate(h);
    expect(run.plan.blocked).toMatch(/2 apps already carry TonicDM's name\. Choose the one to use, or create a new app\./);
    expect(run.result).toMatchObject({ ok: false, roundTrips: 0 });
    expect(run.result.error?.message).toMatch(/2 apps/);
    expect(h.operations(mark).filter((e) => e.method !== 'GET')).toEqual([]);
  });

  it('refuses a hand-made plan that changes an app nobody chose', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const v = await verifySetup(h.transport, { known: h.known });
    const plan = planSetup(v, { newSecret: true, assignees: [], now: new Date(h.now()) });
    const { approval: _approval, ...unapproved } = plan.target;
    const mark = h.tenant.log.length;
    const result = await executePlan(h.transport, { ...plan, target: unapproved }, { checkpoint: memoryCheckpointStore(), onProgress: () => {}, storeSecret: async () => {} });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/nobody chose/);
    expect(h.tenant.log.slice(mark)).toEqual([]);
    expect(application.passwordCredentials).toHaveLength(1);
  });
});
