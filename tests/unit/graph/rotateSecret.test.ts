// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultExistingChoice, type AppChoice } from '../../../utils/graph/appChoice';
import { identifyCurrent, planRotation, type RotationOptions, type SecretSummary } from '../../../utils/graph/planRotation';
import { removeOldSecret, rotateSecret } from '../../../utils/graph/rotateSecret';
import { memoryRotationStore } from '../../../utils/graph/rotationRecord';
import { renewedSecretName } from '../../../utils/graph/secretName';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { APP_NAME } from '../../../utils/steps';
import { createHarness, SEEDED_SECRET_KEY_ID, seedTonicApp, START, type Harness } from './graphHarness';

const DAY = 86_400_000;

interface Session {
  store: ReturnType<typeof memoryRotationStore>;
  stored: { secretText: string; endDateTime: string; keyId: string }[];
  /** The secret the panel holds (its hint), as session storage would. */
  held?: { appId: string; hint: string };
}

function session(): Session {
  return { store: memoryRotationStore(), stored: [] };
}

async function plan(h: Harness, s: Session, options: Partial<RotationOptions> & { appObjectId?: string } = {}) {
  const record = await s.store.load();
  const known = { ...h.known, ...(s.held ? { held: s.held } : {}), ...(record?.adding ? { pending: { appId: record.appId, displayName: record.adding.displayName, since: record.adding.startedAt } } : {}) };
  const verification = await verifySetup(h.transport, { known, ...(options.appObjectId ? { appObjectId: options.appObjectId } : {}) });
  const app: AppChoice | undefined = options.app ?? defaultExistingChoice(verification);
  return planRotation(verification, { now: new Date(h.now()), ...(app ? { app } : {}), ...(s.held ? { held: s.held } : {}), ...(record ? { record } : {}), ...options });
}

async function run(h: Harness, s: Session, p: Awaited<ReturnType<typeof plan>>) {
  return rotateSecret(h.transport, p, {
    store: s.store,
    storeSecret: async (secretText, endDateTime, keyId) => {
      s.stored.push({ secretText, endDateTime, keyId });
      s.held = { appId: p.app!.appId, hint: secretText.slice(0, 3) };
      h.known.keyIds.push(keyId);
    },
  });
}

const writes = (h: Harness, from: number) => h.operations(from).filter((e) => e.method !== 'GET');
const secretsOf = (h: Harness, appObjectId: string) => h.tenant.state.applications.find((a) => a.id === appObjectId)!.passwordCredentials;

describe('rotation through Graph', () => {
  it('plans the secret TonicDM uses, adds one new 24-month secret whose value goes only to storeSecret, and keeps the old one', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const s = session();
    const p = await plan(h, s);
    expect(p.blocked).toBeUndefined();
    expect(p.app).toMatchObject({ id: application.id, appId: application.appId, displayName: APP_NAME });
    expect(p.current).toMatchObject({ keyId: SEEDED_SECRET_KEY_ID, hint: 'abc', displayName: 'TonicDM Office365 Secret', basis: 'only' });
    expect(p.add).toEqual({ state: 'todo', displayName: 'TonicDM Office365 Secret Mar 2026', endDateTime: '2028-03-15T10:00:00.000Z', months: 24 });

    const mark = h.tenant.log.length;
    const result = await run(h, s, p);
    expect(result).toMatchObject({ ok: true, outcome: 'added', roundTrips: 2 });
    expect(writes(h, mark).map((e) => new URL(e.url).pathname)).toEqual([`/v1.0/applications/${application.id}/addPassword`]);
    const added = secretsOf(h, application.id).find((c) => c.keyId === result.secret!.keyId)!;
    expect(added.displayName).toBe('TonicDM Office365 Secret Mar 2026');
    expect(s.stored).toEqual([{ secretText: h.tenant.secretTextOf(added.keyId), endDateTime: added.endDateTime, keyId: added.keyId }]);
    expect(secretsOf(h, application.id).map((c) => c.keyId)).toContain(SEEDED_SECRET_KEY_ID);
    expect(s.store.current).toMatchObject({ oldSecret: { keyId: SEEDED_SECRET_KEY_ID, hint: 'abc' }, newSecret: { keyId: added.keyId } });
    expect(s.store.current?.adding).toBeUndefined();
    expect(JSON.stringify(s.store.current)).not.toContain(h.tenant.secretTextOf(added.keyId)!);
    expect(JSON.stringify(result)).not.toContain(h.tenant.secretTextOf(added.keyId)!);
  });

  it.each([
    ['in the same session (the record)', false],
    ['after the browser forgot the record (a secret of this month\'s name is there)', true],
  ])('a rerun %s adds nothing', async (_name, forget) => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const s = session();
    await run(h, s, await plan(h, s));
    if (forget) await s.store.clear();
    const mark = h.tenant.log.length;
    const again = await plan(h, s);
    expect(again.add.state).toBe('exists');
    const result = await run(h, s, again);
    expect(result).toMatchObject({ ok: true, outcome: 'nothing' });
    expect(writes(h, mark)).toEqual([]);
    expect(secretsOf(h, application.id)).toHaveLength(2);
  });

  it('removes exactly the old secret, by keyId, only when asked, and only once', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    // Another secret someone keeps for something else; the assistant knows it, so the app stays the admin's.
    const other = h.tenant.addPassword(application.id, { displayName: 'Backup job' });
    h.known.keyIds.push(other.credential.keyId);
    const s = session();
    // The assistant holds TonicDM's secret, so it knows which of the two that is.
    s.held = { appId: application.appId, hint: 'abc' };
    const p = await plan(h, s);
    expect(p.current).toMatchObject({ keyId: SEEDED_SECRET_KEY_ID, basis: 'held' });
    const result = await run(h, s, p);
    expect(secretsOf(h, application.id)).toHaveLength(3);

    const mark = h.tenant.log.length;
    const removal = await removeOldSecret(h.transport, s.store, { tenantId: h.tenant.tenantId, appObjectId: application.id });
    expect(removal).toMatchObject({ ok: true, outcome: 'removed', roundTrips: 2 });
    const removals = writes(h, mark);
    expect(removals.map((e) => [new URL(e.url).pathname, e.body])).toEqual([[`/v1.0/applications/${application.id}/removePassword`, { keyId: SEEDED_SECRET_KEY_ID }]]);
    expect(secretsOf(h, application.id).map((c) => c.keyId).sort()).toEqual([other.credential.keyId, result.secret!.keyId].sort());

    const mark2 = h.tenant.log.length;
    expect(await removeOldSecret(h.transport, s.store, { tenantId: h.tenant.tenantId, appObjectId: application.id })).toMatchObject({ ok: true, outcome: 'already-gone' });
    expect(writes(h, mark2)).toEqual([]);
  });

  it.each<[string, (h: Harness, appObjectId: string, newKeyId: string) => void, string]>([
    ['the new secret is gone from the app', (h, id, newKeyId) => {
      const app = h.tenant.state.applications.find((a) => a.id === id)!;
      app.passwordCredentials.splice(app.passwordCredentials.findIndex((c) => c.keyId === newKeyId), 1);
    }, 'is not on the app'],
  ])('keeps the old secret when %s', async (_name, arrange, message) => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const s = session();
    const result = await run(h, s, await plan(h, s));
    arrange(h, application.id, result.secret!.keyId);
    const mark = h.tenant.log.length;
    const removal = await removeOldSecret(h.transport, s.store, { tenantId: h.tenant.tenantId, appObjectId: application.id });
    expect(removal.outcome).toBe('refused');
    expect(removal.error?.message).toContain(message);
    expect(writes(h, mark)).toEqual([]);
    expect(secretsOf(h, application.id).some((c) => c.keyId === SEEDED_SECRET_KEY_ID)).toBe(true);
  });

  it('refuses to remove anything for another app than the recorded rotation', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const s = session();
    await run(h, s, await plan(h, s));
    const removal = await removeOldSecret(h.transport, s.store, { tenantId: h.tenant.tenantId, appObjectId: '00000000-0000-4000-8000-000000000009' });
    expect(removal.outcome).toBe('refused');
    expect(secretsOf(h, application.id)).toHaveLength(2);
  });

  it("a lifetime the tenant's policy refuses: nothing added, the record is clean, and a shorter one works", async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    h.tenant.switches.policy.maxPasswordLifetimeDays = 400;
    const s = session();
    const refused = await run(h, s, await plan(h, s));
    expect(refused).toMatchObject({ ok: false, outcome: 'failed', error: { kind: 'password-policy' } });
    expect(refused.error?.explanation).toContain('shorter lifetime');
    expect(s.store.current?.adding).toBeUndefined();
    expect(secretsOf(h, application.id)).toHaveLength(1);

    const shorter = await plan(h, s, { lifetimeMonths: 12 });
    expect(shorter.add).toMatchObject({ state: 'todo', months: 12, endDateTime: '2027-03-15T10:00:00.000Z' });
    expect(await run(h, s, shorter)).toMatchObject({ ok: true, outcome: 'added' });
    expect(secretsOf(h, application.id)).toHaveLength(2);
  });

  it('a panel closed while the secret was being added: the unusable secret is found, removed, and exactly one new secret remains', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const s = session();
    h.intercept = async (request, forward) => {
      if (request.method === 'POST' && request.url.endsWith('/addPassword')) {
        await forward(request);
        throw new TypeError('Failed to fetch');
      }
      return forward(request);
    };
    const first = await run(h, s, await plan(h, s));
    h.intercept = undefined;
    expect(first).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(s.stored).toEqual([]);
    expect(s.store.current?.adding?.displayName).toBe('TonicDM Office365 Secret Mar 2026');
    const orphan = secretsOf(h, application.id).find((c) => c.keyId !== SEEDED_SECRET_KEY_ID)!;

    h.advance(60_000);
    const again = await plan(h, s);
    // The secret it asked for is its own (though its keyId was never seen): no risk, no confirmation.
    expect(again.blocked).toBeUndefined();
    expect(again.lost.map((x) => x.keyId)).toEqual([orphan.keyId]);
    expect(again.current?.keyId).toBe(SEEDED_SECRET_KEY_ID);
    expect(again.add.state).toBe('todo');
    const second = await run(h, s, again);
    expect(second).toMatchObject({ ok: true, outcome: 'added', removedLost: [orphan.keyId] });
    const named = secretsOf(h, application.id).filter((c) => c.displayName === 'TonicDM Office365 Secret Mar 2026');
    expect(named.map((c) => c.keyId)).toEqual([second.secret!.keyId]);
    expect(s.stored).toHaveLength(1);
    expect(s.store.current?.oldSecret?.keyId).toBe(SEEDED_SECRET_KEY_ID);
  });

  it('a panel closed after the value was stored but before the record was: the held secret is adopted, nothing is sent', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const s = session();
    const p = await plan(h, s);
    // What the closed panel left: the record says "adding", session storage holds the new value.
    await s.store.save({ version: 1, tenantId: h.tenant.tenantId, appObjectId: application.id, appId: application.appId, appDisplayName: APP_NAME, oldSecret: { keyId: SEEDED_SECRET_KEY_ID, hint: 'abc', displayName: 'TonicDM Office365 Secret', endDateTime: null }, adding: { displayName: renewedSecretName(new Date(START)), endDateTime: '2028-03-15T10:00:00.000Z', startedAt: new Date(START).toISOString() }, updatedAt: '' });
    const added = h.tenant.addPassword(application.id, { displayName: p.add.state === 'todo' ? p.add.displayName : '', startDateTime: new Date(START + 1000).toISOString() });
    s.held = { appId: application.appId, hint: added.secretText.slice(0, 3) };

    const again = await plan(h, s);
    expect(again.adopt?.keyId).toBe(added.credential.keyId);
    expect(again.lost).toEqual([]);
    const mark = h.tenant.log.length;
    const result = await run(h, s, again);
    expect(result).toMatchObject({ ok: true, outcome: 'adopted', roundTrips: 0, secret: { keyId: added.credential.keyId } });
    expect(h.tenant.log.length).toBe(mark);
    expect(s.store.current).toMatchObject({ newSecret: { keyId: added.credential.keyId }, oldSecret: { keyId: SEEDED_SECRET_KEY_ID } });
  });

  it('an app that is not clearly the admin\'s is rotated only after a separate confirmation bound to what was shown', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h, { secretKnown: false });
    const s = session();
    const unconfirmed = await plan(h, s, { app: { kind: 'existing', appObjectId: application.id } });
    expect(unconfirmed.blocked).toContain('not clearly yours');
    expect(await run(h, s, unconfirmed)).toMatchObject({ ok: false, outcome: 'failed' });

    const verification = await verifySetup(h.transport, { known: h.known });
    const confirmed = planRotation(verification, { now: new Date(h.now()), app: { kind: 'existing', appObjectId: application.id, confirmedRisk: verification.app!.trust.fingerprint } });
    expect(confirmed.blocked).toBeUndefined();
    expect(confirmed.approval).toBe('confirmed-risk');
    // Someone adds a credential after the confirmation: nothing is sent.
    h.tenant.addPassword(application.id, { displayName: 'late' });
    const mark = h.tenant.log.length;
    const result = await run(h, s, confirmed);
    expect(result.error?.message).toContain('changed after you reviewed it');
    expect(writes(h, mark)).toEqual([]);
  });

  it('never plans for a squatter\'s app without a choice, and names the problem', async () => {
    const h = createHarness();
    h.tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    const s = session();
    const p = await plan(h, s);
    expect(p.blocked).toContain('Choose the app TonicDM uses');
    expect(p.add.state).toBe('exists');
    expect(await run(h, s, p)).toMatchObject({ ok: false });
    expect(writes(h, 0)).toEqual([]);
  });
});

describe('identifyCurrent', () => {
  const secret = (keyId: string, hint: string, end: string): SecretSummary => ({ keyId, hint, displayName: 'x', startDateTime: null, endDateTime: end, expired: false });
  const a = secret('a', 'aaa', '2027-01-01T00:00:00Z');
  const b = secret('b', 'bbb', '2028-06-01T00:00:00Z');
  const c = secret('c', 'ccc', '2026-09-01T00:00:00Z');
  it.each<[string, SecretSummary[], { held?: string; recordedExpiry?: string }, string | undefined, string | undefined]>([
    ['the held secret by hint', [a, b, c], { held: 'ccc' }, 'c', 'held'],
    ['the recorded expiry when nothing is held', [a, b, c], { recordedExpiry: '2027-01-01' }, 'a', 'recorded-expiry'],
    ['held beats recorded expiry', [a, b, c], { held: 'bbb', recordedExpiry: '2027-01-01' }, 'b', 'held'],
    ['a recorded local date a day off the UTC expiry', [a, b, c], { recordedExpiry: '2026-12-31' }, 'a', 'recorded-expiry'],
    ['a recorded date far from every expiry', [a, b, c], { recordedExpiry: '2026-10-15' }, 'b', 'latest'],
    ['an ambiguous hint falls through', [a, { ...b, hint: 'aaa' }], { held: 'aaa', recordedExpiry: '2028-06-01' }, 'b', 'recorded-expiry'],
    ['the only secret', [a], {}, 'a', 'only'],
    ['otherwise the latest expiry, as a guess', [a, b, c], {}, 'b', 'latest'],
    ['no secret', [], { held: 'aaa' }, undefined, undefined],
  ])('%s', (_name, secrets, hints, keyId, basis) => {
    const current = identifyCurrent(secrets, hints);
    expect(current?.keyId).toBe(keyId);
    expect(current?.basis).toBe(basis);
  });
});

describe('renewedSecretName', () => {
  it.each([
    ['2026-03-15T10:00:00Z', 'TonicDM Office365 Secret Mar 2026'],
    ['2026-12-31T23:59:59Z', 'TonicDM Office365 Secret Dec 2026'],
    ['2027-01-01T00:00:00Z', 'TonicDM Office365 Secret Jan 2027'],
  ])('%s → %s', (iso, name) => {
    expect(renewedSecretName(new Date(iso))).toBe(name);
  });
});

describe('planRotation guards', () => {
  it('rejects a lifetime outside 1–24 months', async () => {
    const h = createHarness();
    seedTonicApp(h);
    await expect(plan(h, session(), { lifetimeMonths: 25 })).rejects.toThrow(RangeError);
  });

  it('says so when the held secret is no longer on the app', async () => {
    const h = createHarness();
    const { application } = seedTonicApp(h, { secretEndsInDays: 20 });
    const s = session();
    s.held = { appId: application.appId, hint: 'zzz' };
    const p = await plan(h, s);
    expect(p.warnings.join(' ')).toContain('not on this app any more');
    expect(p.current?.expired).toBe(false);
    expect(Date.parse(p.current!.endDateTime!) - START).toBe(20 * DAY);
  });
});
