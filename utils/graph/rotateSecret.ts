/**
 * Carries out a RotationPlan: re-reads the app's owners and credentials (a difference from what the admin saw
 * stops it), records that a secret is being added, adds it, hands its value to `storeSecret` (its only copy,
 * nowhere else) and records the result. Removing the old secret is a separate call the admin makes once
 * TonicDM has the new one, and it removes exactly that credential, by keyId.
 */
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
  if (plan.blocked || !app) return fail({ message: plan.blocked ?? 'No app was chosen.', explanation: 'Nothing was changed.' });
  if (plan.fingerprint === undefined || !plan.approval) return fail({ message: 'The plan changes an app nobody chose.', explanation: 'Nothing was changed. Choose the app in the panel first.' });

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
    if (!check.trust) return fail({ message: 'The app no longer exists.', explanation: 'Nothing was changed. Check again; it may have been deleted.' });
    if (check.trust.fingerprint !== plan.fingerprint) {
      return fail({ message: 'The app changed after you reviewed it: its owners or credentials are different now.', explanation: `Nothing was changed. ${check.trust.summary}. Check again before rotating.` });
    }
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    return fail({ message: `Could not re-check the app: ${thrown.message}`, explanation: 'Nothing was changed.', kind: thrown.kind, code: thrown.code, status: thrown.status });
  }

  if (plan.lost.length > 0) {
    // Their values left with a closed panel: nobody can ever use them, so they go before the new one comes.
    const outcomes = await transport.batch(plan.lost.map((secret) => removePasswordCall(app.id, secret.keyId)));
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.ok || outcome.error.kind === 'not-found') removedLost.push(plan.lost[index]!.keyId);
      else return fail({ message: `An unusable secret (hint ${plan.lost[index]!.hint ?? '?'}) could not be removed: ${outcome.error.message}`, explanation: 'No new secret was added. Run again.', kind: outcome.error.kind, code: outcome.error.code, status: outcome.error.status });
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
    return fail({ message: thrown.message, explanation: thrown.kind === 'network' ? `${thrown.explanation} Rotate again: the assistant checks whether the secret was added.` : thrown.explanation, kind: thrown.kind, code: thrown.code, status: thrown.status });
  }
  if (!body?.keyId || !body.secretText) {
    return fail({ message: 'Microsoft Graph did not return the new secret.', explanation: 'Rotate again: the assistant checks whether a secret was added.', code: 'NoSecretText', status: 502 });
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
      message: `The new secret could not be saved (${reason}).`,
      explanation: removed ? 'It was removed again; nothing changed. Rotate again.' : `Its value is lost; delete the secret with hint ${secret.hint ?? '?'} under Certificates & secrets, then rotate again.`,
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
    return result('refused', { message: 'No rotation of this app is recorded in this browser session.', explanation: 'Nothing was removed. Remove an old secret under Certificates & secrets instead.' });
  }
  const { oldSecret, newSecret } = record;
  if (!newSecret) return result('refused', { message: 'The rotation has not added its new secret yet.', explanation: 'Nothing was removed. Run the rotation first.' });
  if (!oldSecret) return result('refused', { message: 'The app had no other secret when it was rotated.', explanation: 'Nothing needs to be removed.' });
  if (record.oldRemovedAt) return result('already-gone');
  let app: GraphApplication | undefined;
  try {
    app = (await transport.request<GraphApplication>({ method: 'GET', path: `/applications/${record.appObjectId}`, query: { $select: 'id,appId,passwordCredentials' } })).body;
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    return result('failed', { message: `Could not read the app: ${thrown.message}`, explanation: 'Nothing was removed.', kind: thrown.kind, code: thrown.code, status: thrown.status });
  }
  const credentials = app?.passwordCredentials ?? [];
  const has = (secret: SecretInfo) => credentials.some((c) => c.keyId.toLowerCase() === secret.keyId.toLowerCase());
  if (!app || app.appId.toLowerCase() !== record.appId.toLowerCase()) return result('refused', { message: 'The app is not the one that was rotated.', explanation: 'Nothing was removed.' });
  if (!has(newSecret)) {
    return result('refused', {
      message: `The new secret (hint ${newSecret.hint ?? '?'}) is not on the app, so the old one was kept.`,
      explanation: 'Microsoft Entra may still be copying it, or it was deleted. Try again in a few minutes; if it stays missing, rotate again.',
    });
  }
  if (has(oldSecret)) {
    try {
      await transport.request(removePasswordCall(record.appObjectId, oldSecret.keyId));
    } catch (thrown) {
      if (!(thrown instanceof GraphError)) throw thrown;
      if (thrown.kind !== 'not-found') return result('failed', { message: thrown.message, explanation: `${thrown.explanation} The old secret was kept.`, kind: thrown.kind, code: thrown.code, status: thrown.status });
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
