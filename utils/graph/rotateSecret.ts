/**
 * Carries out a RotationPlan: re-reads the app's owners and credentials (a difference from what the admin saw
 * stops it), records that a secret is being added, adds it, hands its value to `storeSecret` (its only copy,
 * nowhere else) and records the result. Removing the old secret is a separate call the admin makes once
 * TonicDM has the new one, and it removes exactly that credential, by keyId.
 */
import { i18n } from '#i18n';
import { checkOwnership } from './appOwnership';
import { GraphError, type GraphErrorKind } from './graphError';
import type { GraphTransport } from './graphTransport';
import type { GraphApplication } from './graphTypes';
import { secretInfo, type RotationPlan } from './planRotation';
import type { RotationRecord, RotationStore, SecretInfo } from './rotationRecord';

export interface RunFailure {
  message: string;
  explanation: string;
  kind?: GraphErrorKind;
  code?: string;
  status?: number;
}

export interface RotationResult {
  ok: boolean;
  /** What the run did: added a secret, took an interrupted run's secret as the new one, or nothing. */
  outcome: 'added' | 'adopted' | 'nothing' | 'failed';
  secret?: SecretInfo;
  /** Unusable secrets (their value was lost) this run removed. */
  removedLost: string[];
  error?: RunFailure;
  /** Sequential Graph round trips this run used. */
  roundTrips: number;
}

export interface RotateOptions {
  store: RotationStore;
  /** Receives the new secret's value, its only copy. Throwing means it was not stored. */
  storeSecret(secretText: string, endDateTime: string, keyId: string): Promise<void>;
}

export async function rotateSecret(transport: GraphTransport, plan: RotationPlan, options: RotateOptions): Promise<RotationResult> {
  const startRounds = transport.stats.roundTrips;
  const removedLost: string[] = [];
  const done = (outcome: RotationResult['outcome'], extra: Partial<RotationResult> = {}): RotationResult => ({
    ok: outcome !== 'failed',
    outcome,
    removedLost,
    roundTrips: transport.stats.roundTrips - startRounds,
    ...extra,
  });
  const fail = (error: RunFailure) => done('failed', { error });
  const app = plan.app;
  if (plan.blocked || !app) return fail({ message: plan.blocked ?? i18n.t('rotateSecret.noApp'), explanation: i18n.t('rotateSecret.nothingChanged') });
  if (plan.fingerprint === undefined || !plan.approval) return fail({ message: i18n.t('rotateSecret.unchosen'), explanation: i18n.t('rotateSecret.chooseFirst') });

  const now = () => new Date(transport.now()).toISOString();
  const record: RotationRecord = plan.record
    ? structuredClone(plan.record)
    : {
        version: 1,
        tenantId: plan.tenantId,
        appObjectId: app.id,
        appId: app.appId,
        appDisplayName: app.displayName,
        oldSecret: plan.current ? secretInfo(plan.current) : null,
        updatedAt: now(),
      };
  const save = async () => {
    record.updatedAt = now();
    await options.store.save(record);
  };

  if (plan.adopt) {
    // Nothing to send: the interrupted run's secret is on the app and its value is held.
    delete record.adding;
    record.newSecret = secretInfo(plan.adopt);
    record.rotatedAt ??= now();
    await save();
    return done('adopted', { secret: record.newSecret });
  }
  if (plan.add.state === 'exists' && plan.lost.length === 0) return done('nothing', plan.add.secret ? { secret: secretInfo(plan.add.secret) } : {});

  try {
    const check = await checkOwnership(transport, { appObjectId: app.id, appId: app.appId }, { meId: plan.signedInUserId, known: { keyIds: plan.knownCredentialIds ?? [] }, now: new Date(transport.now()) });
    if (!check.trust) return fail({ message: i18n.t('rotateSecret.gone'), explanation: i18n.t('rotateSecret.goneExplanation') });
    if (check.trust.fingerprint !== plan.fingerprint) {
      return fail({ message: i18n.t('rotateSecret.changed'), explanation: i18n.t('rotateSecret.changedExplanation', [check.trust.summary]) });
    }
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    return fail({ message: i18n.t('rotateSecret.recheckFailed', [thrown.message]), explanation: i18n.t('rotateSecret.nothingChanged'), kind: thrown.kind, code: thrown.code, status: thrown.status });
  }

  if (plan.lost.length > 0) {
    // Their values left with a closed panel: nobody can ever use them, so they go before the new one comes.
    const outcomes = await transport.batch(plan.lost.map((secret) => removePasswordCall(app.id, secret.keyId)));
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.ok || outcome.error.kind === 'not-found') removedLost.push(plan.lost[index]!.keyId);
      else return fail({ message: i18n.t('rotateSecret.lostNotRemoved', [plan.lost[index]!.hint ?? '?', outcome.error.message]), explanation: i18n.t('rotateSecret.noNewSecret'), kind: outcome.error.kind, code: outcome.error.code, status: outcome.error.status });
    }
  }
  if (plan.add.state !== 'todo') {
    delete record.adding;
    await save();
    return done('nothing');
  }

  const { displayName, endDateTime } = plan.add;
  record.adding = { displayName, endDateTime, startedAt: now() };
  await save();
  let body: { keyId?: string; secretText?: string; hint?: string | null; endDateTime?: string; displayName?: string | null } | undefined;
  try {
    body = (await transport.request<typeof body>({ method: 'POST', path: `/applications/${app.id}/addPassword`, body: { passwordCredential: { displayName, endDateTime } } })).body;
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    // An answer means nothing was added; without one (network) the next plan looks for it.
    if (thrown.kind !== 'network') {
      delete record.adding;
      await save();
    }
    return fail({ message: thrown.message, explanation: thrown.kind === 'network' ? i18n.t('rotateSecret.networkRotateAgain', [thrown.explanation]) : thrown.explanation, kind: thrown.kind, code: thrown.code, status: thrown.status });
  }
  if (!body?.keyId || !body.secretText) {
    return fail({ message: i18n.t('rotateSecret.noSecretText'), explanation: i18n.t('rotateSecret.rotateAgain'), code: 'NoSecretText', status: 502 });
  }
  const secret: SecretInfo = { keyId: body.keyId, hint: body.hint ?? null, displayName: body.displayName ?? displayName, endDateTime: body.endDateTime ?? endDateTime };
  try {
    await options.storeSecret(body.secretText, secret.endDateTime ?? endDateTime, secret.keyId);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message.split(body.secretText).join('***') : 'unknown error';
    // Its value is gone, so nobody can use it: remove it rather than leave a secret nobody holds.
    const removed = await transport.request(removePasswordCall(app.id, secret.keyId)).then(() => true, () => false);
    if (removed) delete record.adding;
    await save();
    return fail({
      message: i18n.t('rotateSecret.notSaved', [reason]),
      explanation: removed ? i18n.t('rotateSecret.removedAgain') : i18n.t('rotateSecret.valueLost', [secret.hint ?? '?']),
      code: 'SecretNotStored',
    });
  }
  delete record.adding;
  record.newSecret = secret;
  record.rotatedAt = now();
  await save();
  return done('added', { secret });
}

export interface RemovalResult {
  ok: boolean;
  outcome: 'removed' | 'already-gone' | 'refused' | 'failed';
  error?: RunFailure;
  roundTrips: number;
}

/**
 * Removes the secret a finished rotation replaced, by its keyId and nothing else, after checking on the app
 * itself that the new secret is there (removing the old one without it would stop TonicDM).
 */
export async function removeOldSecret(transport: GraphTransport, store: RotationStore, expected: { tenantId: string; appObjectId: string }): Promise<RemovalResult> {
  const startRounds = transport.stats.roundTrips;
  const result = (outcome: RemovalResult['outcome'], error?: RunFailure): RemovalResult => ({ ok: outcome === 'removed' || outcome === 'already-gone', outcome, ...(error ? { error } : {}), roundTrips: transport.stats.roundTrips - startRounds });
  const record = await store.load();
  if (!record || record.tenantId.toLowerCase() !== expected.tenantId.toLowerCase() || record.appObjectId.toLowerCase() !== expected.appObjectId.toLowerCase()) {
    return result('refused', { message: i18n.t('rotateSecret.noRotation'), explanation: i18n.t('rotateSecret.noRotationExplanation') });
  }
  const { oldSecret, newSecret } = record;
  if (!newSecret) return result('refused', { message: i18n.t('rotateSecret.notAddedYet'), explanation: i18n.t('rotateSecret.runFirst') });
  if (!oldSecret) return result('refused', { message: i18n.t('rotateSecret.noOldSecret'), explanation: i18n.t('rotateSecret.nothingToRemove') });
  if (record.oldRemovedAt) return result('already-gone');
  let app: GraphApplication | undefined;
  try {
    app = (await transport.request<GraphApplication>({ method: 'GET', path: `/applications/${record.appObjectId}`, query: { $select: 'id,appId,passwordCredentials' } })).body;
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    return result('failed', { message: i18n.t('rotateSecret.readFailed', [thrown.message]), explanation: i18n.t('rotateSecret.nothingRemoved'), kind: thrown.kind, code: thrown.code, status: thrown.status });
  }
  const credentials = app?.passwordCredentials ?? [];
  const has = (secret: SecretInfo) => credentials.some((c) => c.keyId.toLowerCase() === secret.keyId.toLowerCase());
  if (!app || app.appId.toLowerCase() !== record.appId.toLowerCase()) return result('refused', { message: i18n.t('rotateSecret.otherApp'), explanation: i18n.t('rotateSecret.nothingRemoved') });
  if (!has(newSecret)) {
    return result('refused', {
      message: i18n.t('rotateSecret.newMissing', [newSecret.hint ?? '?']),
      explanation: i18n.t('rotateSecret.newMissingExplanation'),
    });
  }
  if (has(oldSecret)) {
    try {
      await transport.request(removePasswordCall(record.appObjectId, oldSecret.keyId));
    } catch (thrown) {
      if (!(thrown instanceof GraphError)) throw thrown;
      if (thrown.kind !== 'not-found') return result('failed', { message: thrown.message, explanation: i18n.t('rotateSecret.oldKept', [thrown.explanation]), kind: thrown.kind, code: thrown.code, status: thrown.status });
    }
  }
  const outcome = has(oldSecret) ? 'removed' : 'already-gone';
  record.oldRemovedAt = new Date(transport.now()).toISOString();
  record.updatedAt = record.oldRemovedAt;
  await store.save(record);
  return result(outcome);
}

function removePasswordCall(appObjectId: string, keyId: string) {
  return { method: 'POST' as const, path: `/applications/${appObjectId}/removePassword`, body: { keyId } };
}
