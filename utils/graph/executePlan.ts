/**
 * Carries out a SetupPlan against Microsoft Graph in as few sequential rounds as the dependencies
 * allow (app → service principal and secret → consent and assignments), checkpointing after every
 * action so an interrupted run resumes without creating anything twice.
 *
 * It changes only the app it creates (`POST /applications`, never an upsert under a key someone else
 * could register first) or the app the admin chose, and for the latter re-reads owners and
 * credentials right before the first change: if they differ from what the admin saw, nothing is sent.
 *
 * The secret value goes to `storeSecret` and nowhere else: not into results, progress events,
 * checkpoints or error messages.
 */
import { i18n } from '#i18n';
import { joinClauses, joinList } from '../i18n/lists';
import { GraphError, type GraphErrorKind, type GraphErrorSummary } from './graphError';
import { appsWithFederatedCall, appsWithOwnersCall, assessOwnership, checkOwnership, NO_KNOWN_CREDENTIALS, servicePrincipalsWithOwnersCall, withFederatedCredentials } from './appOwnership';
import type { BatchOutcome, GraphCall, GraphTransport, RetryEvent } from './graphTransport';
import type { GraphApplication, GraphCollection, GraphServicePrincipal } from './graphTypes';
import type { Checkpoint, CheckpointStore } from './checkpointStore';
import type { SetupAction, SetupActionKind, SetupPlan } from './planSetup';
import { CREATION_TAG_PREFIX, DEFAULT_ACCESS_ROLE_ID } from './wellKnownIds';
import { odataString } from './verifySetup';

export type ActionOutcome =
  | 'created'
  | 'updated'
  | 'granted'
  | 'added'
  | 'assigned'
  /** Graph already had it (upsert found it, or a duplicate assignment). */
  | 'already-done'
  /** The plan found it already right. */
  | 'exists'
  /** An earlier, interrupted run finished it (checkpoint). */
  | 'resumed'
  | 'failed'
  /** Not attempted: aborted, or something it depends on failed. */
  | 'not-run';

export interface ActionReport {
  key: string;
  kind: SetupActionKind;
  title: string;
  outcome: ActionOutcome;
  error?: GraphErrorSummary;
}

export type ProgressEvent =
  | { type: 'start'; key: string; kind: SetupActionKind; title: string }
  | { type: 'finish'; report: ActionReport }
  | { type: 'retry'; retry: RetryEvent };

export interface ExecuteOptions {
  checkpoint: CheckpointStore;
  onProgress(event: ProgressEvent): void;
  /** Receives the new secret's value, its only copy, and its keyId. Throwing means it was not stored. */
  storeSecret(secretText: string, endDateTime: string, keyId: string): Promise<void>;
  /** Stops before the next round of requests. */
  signal?: AbortSignal;
  /** Source of the one-time creation key; default 128 random bits. */
  creationKey?: () => string;
}

export interface ExecutionResult {
  ok: boolean;
  aborted: boolean;
  actions: ActionReport[];
  ids: { tenantId: string; appObjectId?: string; appId?: string; servicePrincipalId?: string };
  /** The secret added (value excluded). */
  secret?: { keyId: string; hint: string | null; displayName: string; endDateTime: string };
  /** The first failure, for a one-line message. */
  error?: { message: string; explanation: string; kind?: GraphErrorKind; code?: string; status?: number };
  warnings: string[];
  /** Sequential Graph round trips this run used. */
  roundTrips: number;
}

interface Ids {
  appObjectId?: string;
  appId?: string;
  servicePrincipalId?: string;
}

type Handled = { outcome: ActionOutcome; error?: GraphErrorSummary };

export async function executePlan(transport: GraphTransport, plan: SetupPlan, options: ExecuteOptions): Promise<ExecutionResult> {
  const startRounds = transport.stats.roundTrips;
  const reports = new Map<string, ActionReport>();
  const warnings: string[] = [];
  let firstError: ExecutionResult['error'];
  let secret: ExecutionResult['secret'];

  const report = (action: SetupAction, handled: Handled) => {
    const entry: ActionReport = { key: action.key, kind: action.kind, title: action.title, outcome: handled.outcome, ...(handled.error ? { error: handled.error } : {}) };
    reports.set(action.key, entry);
    if (handled.error && !firstError) {
      firstError = { message: handled.error.message, explanation: handled.error.explanation, kind: handled.error.kind, code: handled.error.code, status: handled.error.status };
    }
    options.onProgress({ type: 'finish', report: entry });
  };
  const result = (aborted: boolean): ExecutionResult => {
    const actions = plan.actions.map(
      (action) => reports.get(action.key) ?? { key: action.key, kind: action.kind, title: action.title, outcome: 'not-run' as const },
    );
    const ok = !aborted && !plan.blocked && actions.every((a) => a.outcome !== 'failed' && a.outcome !== 'not-run');
    return {
      ok,
      aborted,
      actions,
      ids: { tenantId: plan.tenantId, ...ids },
      ...(secret ? { secret } : {}),
      ...(firstError ? { error: firstError } : {}),
      warnings,
      roundTrips: transport.stats.roundTrips - startRounds,
    };
  };

  let ids: Ids = {};
  if (plan.blocked) {
    firstError = { message: plan.blocked, explanation: i18n.t('executePlan.nothingChanged') };
    return result(false);
  }

  const target = plan.target.app;
  if (target && (!plan.target.approval || plan.target.fingerprint === undefined)) {
    firstError = { message: i18n.t('executePlan.unchosen'), explanation: i18n.t('executePlan.chooseFirst') };
    return result(false);
  }

  let checkpoint = await options.checkpoint.load();
  if (checkpoint && !sameRun(checkpoint, plan)) checkpoint = undefined;
  const cp: Checkpoint = checkpoint ?? { version: 1, tenantId: plan.tenantId, done: [], unusableSecrets: [], updatedAt: '' };
  if (target) cp.target = { kind: 'existing', appObjectId: target.id };
  else if (cp.target?.kind !== 'new') cp.target = { kind: 'new' };
  ids = {
    ...(cp.appObjectId ? { appObjectId: cp.appObjectId } : {}),
    ...(cp.appId ? { appId: cp.appId } : {}),
    ...(cp.servicePrincipalId ? { servicePrincipalId: cp.servicePrincipalId } : {}),
  };
  // What verification found beats what an older run remembers.
  if (plan.target.app) ids = { ...ids, appObjectId: plan.target.app.id, appId: plan.target.app.appId };
  if (plan.target.servicePrincipalId) ids.servicePrincipalId = plan.target.servicePrincipalId;
  if (cp.secret && cp.done.includes('add-secret')) secret = cp.secret;

  const save = async () => {
    cp.appObjectId = ids.appObjectId;
    cp.appId = ids.appId;
    cp.servicePrincipalId = ids.servicePrincipalId;
    cp.updatedAt = new Date(transport.now()).toISOString();
    await options.checkpoint.save(cp);
  };

  let pending: SetupAction[] = [];
  for (const action of plan.actions) {
    if (action.kind === 'nothing' || action.state === 'exists') report(action, { outcome: 'exists' });
    else if (cp.done.includes(action.key)) report(action, { outcome: 'resumed' });
    else pending.push(action);
  }

  const stopListening = transport.onRetry((retry) => options.onProgress({ type: 'retry', retry }));
  let aborted = false;
  try {
    if (target && pending.length > 0) {
      const changed = await ownershipChange(transport, plan);
      if (changed) {
        firstError = changed;
        return result(false);
      }
    }
    const create = pending.find((action) => action.kind === 'create-app');
    if (create && cp.target?.kind === 'new' && cp.target.creationKey) {
      // The create may have reached Entra while its answer was lost (panel closed): find that app, if it is provably ours.
      const adopted = await findCreatedApp(transport, cp.target, plan);
      if (adopted) {
        ids = { ...ids, appObjectId: adopted.id, appId: adopted.appId };
        cp.target = { kind: 'new' };
        cp.done.push(create.key);
        await save();
        report(create, { outcome: 'already-done' });
        pending = pending.filter((action) => action !== create);
      }
    }
    while (pending.length > 0) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      const wave = pending.filter((action) => isReady(action, ids, pending));
      if (wave.length === 0) break;
      if (wave.some((action) => action.kind === 'create-app')) {
        // Stored before the request leaves, so a lost answer can still be traced to this run's app.
        cp.target = { kind: 'new', creationKey: (options.creationKey ?? randomKey)(), creationStartedAt: new Date(transport.now()).toISOString() };
        await save();
      }
      for (const action of wave) options.onProgress({ type: 'start', key: action.key, kind: action.kind, title: action.title });
      const calls = wave.map((action) => callFor(action, ids, plan, cp));
      const outcomes = await send(transport, calls);
      for (const [index, action] of wave.entries()) {
        const handled = await handle(action, outcomes[index]!).catch((thrown: unknown) => {
          if (thrown instanceof GraphError) return failed(thrown);
          throw thrown;
        });
        if (handled.outcome !== 'failed') cp.done.push(action.key);
        await save();
        report(action, handled);
      }
      pending = pending.filter((action) => !wave.includes(action));
    }
  } finally {
    stopListening();
  }

  const final = result(aborted);
  if (cp.unusableSecrets.length > 0) {
    final.warnings.push(
      i18n.t('executePlan.unusedSecrets', [joinList(cp.unusableSecrets.map((s) => s.hint ?? s.keyId))]),
    );
  }
  if (final.ok) await options.checkpoint.clear();
  return final;

  async function handle(action: SetupAction, outcome: BatchOutcome): Promise<Handled> {
    if (!outcome.ok) {
      if (outcome.error.kind === 'duplicate' && (action.kind === 'grant-role' || action.kind === 'assign')) return { outcome: 'already-done' };
      return failed(outcome.error);
    }
    switch (action.kind) {
      case 'create-app': {
        const created = outcome.body as GraphApplication | undefined;
        if (!created?.id || !created.appId) {
          return failed(new GraphError({ status: 502, code: 'NoApplication', message: i18n.t('executePlan.noApplication') }));
        }
        ids.appObjectId = created.id;
        ids.appId = created.appId;
        cp.target = { kind: 'new' };
        return { outcome: 'created' };
      }
      case 'create-sp': {
        const created = outcome.status === 201 ? (outcome.body as GraphServicePrincipal | undefined) : undefined;
        const sp = created ?? (ids.appId ? await readServicePrincipal(transport, ids.appId) : undefined);
        if (!sp) return failed(new GraphError({ status: 404, code: 'Request_ResourceNotFound', message: i18n.t('executePlan.spUnreadable') }));
        if (!created) {
          // It existed before this run created it, which only this run (interrupted) should have done.
          const trust = assessOwnership({
            meId: plan.signedInUserId,
            app: { appId: sp.appId, owners: [], passwordCredentials: [], keyCredentials: [], federatedIdentityCredentials: [] },
            servicePrincipal: sp,
            known: NO_KNOWN_CREDENTIALS,
            now: new Date(transport.now()),
          });
          if (trust.level === 'risk') {
            return failed(
              new GraphError({
                status: 409,
                code: 'ForeignServicePrincipal',
                message: i18n.t('executePlan.foreignSp', [joinClauses(trust.risks)]),
              }),
            );
          }
        }
        ids.servicePrincipalId = sp.id;
        return { outcome: created ? 'created' : 'already-done' };
      }
      case 'update-app':
      case 'update-sp':
        return { outcome: 'updated' };
      case 'grant-role':
        return { outcome: 'granted' };
      case 'assign':
        return { outcome: 'assigned' };
      case 'add-secret':
        return addedSecret(action, outcome.body);
      case 'nothing':
        return { outcome: 'exists' };
    }
  }

  async function addedSecret(action: Extract<SetupAction, { kind: 'add-secret' }>, body: unknown): Promise<Handled> {
    const credential = body as { keyId?: string; secretText?: string; hint?: string | null; endDateTime?: string } | undefined;
    if (!credential?.keyId || !credential.secretText) {
      return failed(new GraphError({ status: 502, code: 'NoSecretText', message: i18n.t('executePlan.noSecretText') }));
    }
    const info = { keyId: credential.keyId, hint: credential.hint ?? null, displayName: action.displayName, endDateTime: credential.endDateTime ?? action.endDateTime };
    try {
      await options.storeSecret(credential.secretText, info.endDateTime, info.keyId);
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message.split(credential.secretText).join('***') : 'unknown error';
      // Its value is gone, so the credential can never be used; remove it rather than leave a dangling secret.
      const removed = await transport
        .request({ method: 'POST', path: `/applications/${ids.appObjectId}/removePassword`, body: { keyId: info.keyId }, retryReplication: true })
        .then(() => true, () => false);
      if (!removed) cp.unusableSecrets.push({ keyId: info.keyId, hint: info.hint });
      return {
        outcome: 'failed',
        error: {
          status: 0,
          code: 'SecretNotStored',
          kind: 'bad-request',
          message: i18n.t('executePlan.notSaved', [reason]),
          explanation: i18n.t('executePlan.valueLost'),
        },
      };
    }
    secret = info;
    cp.secret = info;
    return { outcome: 'added' };
  }
}

function failed(error: GraphError): Handled {
  return { outcome: 'failed', error: error.toJSON() };
}

/** An action may go once every id it needs is known; the secret also waits for app changes (they would conflict). */
function isReady(action: SetupAction, ids: Ids, pending: readonly SetupAction[]): boolean {
  const appPending = pending.some((a) => a.kind === 'create-app' || a.kind === 'update-app');
  switch (action.kind) {
    case 'create-app':
      return true;
    case 'update-app':
      return ids.appObjectId !== undefined;
    case 'create-sp':
      return ids.appId !== undefined && !pending.some((a) => a.kind === 'create-app');
    case 'add-secret':
      return ids.appObjectId !== undefined && !appPending;
    case 'update-sp':
    case 'grant-role':
    case 'assign':
      return ids.servicePrincipalId !== undefined;
    case 'nothing':
      return false;
  }
}

function callFor(action: SetupAction, ids: Ids, plan: SetupPlan, cp: Checkpoint): GraphCall {
  const graphSp = plan.target.graphServicePrincipalId;
  // Every other write here may touch an object created moments ago, so replication faults are retried.
  switch (action.kind) {
    case 'create-app': {
      const key = cp.target?.kind === 'new' ? cp.target.creationKey : undefined;
      return { method: 'POST', path: '/applications', body: { ...action.body, ...(key ? { tags: [`${CREATION_TAG_PREFIX}${key}`] } : {}) } };
    }
    case 'update-app':
      return { method: 'PATCH', path: `/applications/${ids.appObjectId}`, body: action.body, retryReplication: true };
    case 'create-sp':
      return {
        method: 'PATCH',
        path: `/servicePrincipals(appId=${odataString(ids.appId ?? '')})`,
        headers: { Prefer: 'create-if-missing' },
        body: { appRoleAssignmentRequired: true },
        retryReplication: true,
      };
    case 'update-sp':
      return { method: 'PATCH', path: `/servicePrincipals/${ids.servicePrincipalId}`, body: { appRoleAssignmentRequired: true }, retryReplication: true };
    case 'grant-role':
      return {
        method: 'POST',
        path: `/servicePrincipals/${graphSp}/appRoleAssignedTo`,
        body: { principalId: ids.servicePrincipalId, resourceId: graphSp, appRoleId: action.appRoleId },
        retryReplication: true,
      };
    case 'add-secret':
      return {
        method: 'POST',
        path: `/applications/${ids.appObjectId}/addPassword`,
        body: { passwordCredential: { displayName: action.displayName, endDateTime: action.endDateTime } },
        retryReplication: true,
      };
    case 'assign':
      return {
        method: 'POST',
        path: `/servicePrincipals/${ids.servicePrincipalId}/appRoleAssignedTo`,
        body: { principalId: action.principal.id, resourceId: ids.servicePrincipalId, appRoleId: DEFAULT_ACCESS_ROLE_ID },
        retryReplication: true,
      };
    case 'nothing':
      throw new Error('nothing to send');
  }
}

/** One call goes alone (no `$batch` envelope); several share one `$batch` round. */
async function send(transport: GraphTransport, calls: GraphCall[]): Promise<BatchOutcome[]> {
  if (calls.length !== 1) return transport.batch(calls);
  try {
    const response = await transport.request(calls[0]!);
    return [{ ok: true, status: response.status, body: response.body }];
  } catch (thrown) {
    if (thrown instanceof GraphError) return [{ ok: false, status: thrown.status, error: thrown }];
    throw thrown;
  }
}

/** After the upsert answered 204: the enterprise application existed; read it with its owners and credentials. */
async function readServicePrincipal(transport: GraphTransport, appId: string): Promise<GraphServicePrincipal | undefined> {
  return pollFirst<GraphServicePrincipal>(transport, servicePrincipalsWithOwnersCall(`appId eq ${odataString(appId)}`));
}

/** A checkpoint belongs to this plan when it is for the same tenant and the same app (or, for a new app, was creating one). */
function sameRun(cp: Checkpoint, plan: SetupPlan): boolean {
  if (cp.tenantId !== plan.tenantId) return false;
  const target = plan.target.app;
  if (!target) return cp.target?.kind !== 'existing';
  const recorded = cp.appObjectId ?? (cp.target?.kind === 'existing' ? cp.target.appObjectId : undefined);
  return recorded?.toLowerCase() === target.id.toLowerCase();
}

/**
 * Re-reads the chosen app's owners and credentials (one round) and compares them with what the admin
 * saw; a difference stops the run before its first change.
 */
async function ownershipChange(transport: GraphTransport, plan: SetupPlan): Promise<ExecutionResult['error'] | undefined> {
  const target = plan.target.app;
  if (!target) return undefined;
  try {
    const known = { keyIds: plan.target.knownCredentialIds ?? [] };
    const check = await checkOwnership(transport, { appObjectId: target.id, appId: target.appId }, { meId: plan.signedInUserId, known, now: new Date(transport.now()) });
    if (!check.trust) return { message: i18n.t('executePlan.gone'), explanation: i18n.t('executePlan.goneExplanation') };
    if (check.trust.fingerprint === plan.target.fingerprint) return undefined;
    return {
      message: i18n.t('executePlan.changed'),
      explanation: i18n.t('executePlan.changedExplanation', [check.trust.summary]),
    };
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    return { message: i18n.t('executePlan.recheckFailed', [thrown.message]), explanation: i18n.t('executePlan.nothingChanged'), kind: thrown.kind, code: thrown.code, status: thrown.status };
  }
}

/**
 * The app an interrupted create made, if the lost request reached Entra: tagged with this run's key,
 * created after the run started, owned by the signed-in admin alone and holding no credentials. The
 * tag is public once the app exists, so a copy on someone else's app never matches.
 */
async function findCreatedApp(
  transport: GraphTransport,
  target: { creationKey?: string; creationStartedAt?: string },
  plan: SetupPlan,
): Promise<GraphApplication | undefined> {
  if (!target.creationKey || !plan.signedInUserId) return undefined;
  const filter = `tags/any(t:t eq ${odataString(`${CREATION_TAG_PREFIX}${target.creationKey}`)})`;
  const [apps, federated] = await transport.batch<GraphCollection<GraphApplication>>([appsWithOwnersCall(filter), appsWithFederatedCall(filter)]);
  if (!apps?.ok || !federated?.ok) return undefined;
  const started = target.creationStartedAt ? Date.parse(target.creationStartedAt) : Number.NaN;
  const matches = withFederatedCredentials(apps.body?.value ?? [], federated.body?.value ?? []).filter((app) => {
    const trust = assessOwnership({ meId: plan.signedInUserId, app, known: NO_KNOWN_CREDENTIALS, now: new Date(transport.now()) });
    const created = app.createdDateTime ? Date.parse(app.createdDateTime) : Number.NaN;
    // Clocks differ between the browser and Entra; fifteen minutes of slack still excludes anything older.
    const fresh = !Number.isNaN(started) && !Number.isNaN(created) && created >= started - CLOCK_SLACK_MS;
    return trust.level === 'yours' && trust.credentials.length === 0 && trust.expiredCredentials === 0 && fresh;
  });
  return matches.length === 1 ? matches[0] : undefined;
}

const CLOCK_SLACK_MS = 15 * 60_000;

function randomKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lists lag behind writes, so an empty answer right after an upsert is retried a few times. */
async function pollFirst<T>(transport: GraphTransport, call: GraphCall, attempts = 6): Promise<T | undefined> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const response = await transport.request<GraphCollection<T>>({ ...call, retryReplication: true });
    const first = response.body?.value?.[0];
    if (first) return first;
    if (attempt < attempts) await transport.sleep(Math.min(32_000, 1_000 * 2 ** (attempt - 1)));
  }
  return undefined;
}
