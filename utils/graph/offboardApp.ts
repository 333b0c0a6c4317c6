/**
 * Removes TonicDM's app from the tenant: `DELETE /applications/{id}`, which also deletes its enterprise
 * application (service principal) there, and with it the consent grants and user assignments. Only the app the
 * admin chose under the same ownership rules as Automate, whose exact name they typed, and only while its
 * owners and credentials are what they saw. Entra keeps a deleted app restorable for 30 days.
 */
import { i18n } from '#i18n';
import { existingAppProblem, type AppChoice } from './appChoice';
import { checkOwnership } from './appOwnership';
import { GraphError } from './graphError';
import type { GraphTransport } from './graphTransport';
import type { RunFailure } from './rotateSecret';
import type { Verification } from './verifySetup';

export interface OffboardTarget {
  tenantId: string;
  appObjectId: string;
  appId: string;
  displayName: string;
  /** Owners and credentials as the admin saw them. */
  fingerprint: string;
  knownCredentialIds: readonly string[];
  signedInUserId?: string;
}

export interface OffboardResult {
  ok: boolean;
  outcome: 'deleted' | 'already-gone' | 'refused' | 'failed';
  error?: RunFailure;
  roundTrips: number;
}

/** The app the admin may delete, or why none may be yet (nothing chosen, risk not confirmed). */
export function offboardTarget(verification: Verification, choice: AppChoice | undefined): { target?: OffboardTarget; blocked?: string } {
  const problem = existingAppProblem(verification, choice, 'delete');
  const app = verification.app;
  if (problem || !app) return { blocked: problem ?? i18n.t('graphOffboardApp.unreadable') };
  return {
    target: {
      tenantId: verification.tenant.id,
      appObjectId: app.id,
      appId: app.appId,
      displayName: app.displayName,
      fingerprint: app.trust.fingerprint,
      knownCredentialIds: app.trust.credentials.filter((c) => c.known).map((c) => c.id),
      ...(verification.facts.meId ? { signedInUserId: verification.facts.meId } : {}),
    },
  };
}

export async function offboardApp(transport: GraphTransport, target: OffboardTarget, typedName: string): Promise<OffboardResult> {
  const startRounds = transport.stats.roundTrips;
  const result = (outcome: OffboardResult['outcome'], error?: RunFailure): OffboardResult => ({
    ok: outcome === 'deleted' || outcome === 'already-gone',
    outcome,
    ...(error ? { error } : {}),
    roundTrips: transport.stats.roundTrips - startRounds,
  });
  if (typedName !== target.displayName) {
    return result('refused', { message: i18n.t('graphOffboardApp.typeName', [target.displayName]), explanation: i18n.t('graphOffboardApp.nothingDeleted') });
  }
  try {
    const check = await checkOwnership(transport, { appObjectId: target.appObjectId, appId: target.appId }, { meId: target.signedInUserId, known: { keyIds: [...target.knownCredentialIds] }, now: new Date(transport.now()) });
    if (!check.app || !check.trust) return result('already-gone');
    if (check.app.displayName !== target.displayName) {
      return result('refused', { message: i18n.t('graphOffboardApp.renamed', [check.app.displayName]), explanation: i18n.t('graphOffboardApp.checkAgain') });
    }
    if (check.trust.fingerprint !== target.fingerprint) {
      return result('refused', { message: i18n.t('graphOffboardApp.changed'), explanation: i18n.t('graphOffboardApp.changedExplanation', [check.trust.summary]) });
    }
    await transport.request({ method: 'DELETE', path: `/applications/${target.appObjectId}` });
    return result('deleted');
  } catch (thrown) {
    if (!(thrown instanceof GraphError)) throw thrown;
    if (thrown.kind === 'not-found') return result('already-gone');
    const explanation = thrown.kind === 'network' ? i18n.t('graphOffboardApp.unclear', [thrown.explanation]) : i18n.t('graphOffboardApp.failedNothingDeleted', [thrown.explanation]);
    return result('failed', { message: thrown.message, explanation, kind: thrown.kind, code: thrown.code, status: thrown.status });
  }
}
