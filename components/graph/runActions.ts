/**
 * Automate, second half: run the plan. The secret Graph returns goes straight to session storage
 * as the captured secret (its only copy); ids and expiry go to the background, its keyId to the
 * credentials this assistant vouches for. A checkpoint in session storage lets a reopened panel
 * resume without creating anything twice, on the same app the interrupted run worked on.
 */
import { i18n } from '#i18n';
import { defaultAppChoice, type AppChoice } from '@/utils/graph/appChoice';
import type { Checkpoint } from '@/utils/graph/checkpointStore';
import { executePlan, type ExecutionResult } from '@/utils/graph/executePlan';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { APP_NAME } from '@/utils/steps';
import { graphRunItem, secretItem } from '@/utils/storage';
import { errorState } from './errorState';
import { graphTransport } from './graphConnection';
import { useGraphStore } from './graphStore';
import { rememberCredentials } from './knownCredentials';
import { planForRole } from './planForRole';
import { initialProgress, retryMessage, withProgressEvent } from './progressItems';
import { sessionCheckpointStore } from './sessionCheckpointStore';
import { capturedAppId, checkTenant } from './verifyActions';
import { replan } from './automateActions';

const set = useGraphStore.setState;
const get = useGraphStore.getState;

export async function runPlan(): Promise<void> {
  const { plan, verification, choices } = get();
  if (!plan || !verification || get().status === 'running') return;
  const { plan: runnable, skipped } = planForRole(plan, verification.admin.canConsent);
  set({ status: 'running', message: i18n.t('runActions.running'), explanation: undefined, progress: initialProgress(plan, skipped), retries: 0, lifetimeRefused: false, resumable: undefined });
  try {
    const { transport } = await graphTransport('write');
    const store = await sessionCheckpointStore({ tenantId: plan.tenantId, options: choices, startedAt: Date.now() });
    const displayName = (runnable.target.app ? verification.app?.displayName : undefined) ?? APP_NAME;
    const result = await executePlan(transport, runnable, {
      checkpoint: store,
      onProgress: (event) => {
        if (event.type === 'retry') set((s) => ({ retries: s.retries + 1, message: retryMessage(event) }));
        else set((s) => ({ progress: withProgressEvent(s.progress, event), message: i18n.t('runActions.running') }));
      },
      storeSecret: async (secretText, endDateTime, keyId) => {
        rememberCredentials([keyId]);
        const appId = store.latest?.appId ?? runnable.target.app?.appId;
        if (!appId) throw new Error(i18n.t('runActions.appUnknown'));
        const now = Date.now();
        await secretItem.setValue({ value: secretText, appId, capturedAt: now, lastUsedAt: now, source: 'graph' });
        await sendToBackground({ type: 'panel/graph-result', appId, tenantId: plan.tenantId, displayName: displayName.slice(0, 200), expiryIso: endDateTime.slice(0, 10), verifiedSteps: [] });
      },
    });
    await finish(result, skipped.length > 0);
  } catch (error) {
    set({ ...errorState(error), resumable: (await graphRunItem.getValue()) ?? undefined });
  }
}

async function finish(result: ExecutionResult, consentSkipped: boolean): Promise<void> {
  if (!result.ok) {
    const failure = result.error;
    const progressed = result.actions.some((a) => a.outcome !== 'exists' && a.outcome !== 'not-run' && a.outcome !== 'failed');
    set({
      status: 'error',
      message: failure?.message ?? i18n.t('runActions.notFinished'),
      explanation: progressed ? i18n.t('runActions.kept', [failure?.explanation ?? '']).trim() : (failure?.explanation ?? ''),
      lifetimeRefused: failure?.kind === 'password-policy',
      resumable: (await graphRunItem.getValue()) ?? undefined,
      warnings: result.warnings,
    });
    return;
  }
  // From now on the app is the one this run set up (it may have created it), and the secret just added is held.
  const appObjectId = result.ids.appObjectId;
  set((s) => ({
    status: 'done',
    message: consentSkipped
      ? i18n.t('runActions.doneExceptConsent')
      : i18n.t('runActions.done'),
    explanation: undefined,
    warnings: [...s.warnings, ...result.warnings],
    choices: {
      ...s.choices,
      ...(appObjectId ? { app: s.choices.app?.kind === 'existing' && s.choices.app.appObjectId === appObjectId ? s.choices.app : { kind: 'existing' as const, appObjectId } } : {}),
      ...(result.secret ? { newSecret: false } : {}),
    },
  }));
  // Then read back what the run did (one round), so the checklist shows Graph's verdict rather than the plan's
  // intent. The setup is complete already; this only refreshes the display, so "done" does not wait for it.
  void readBack(result);
}

async function readBack(result: ExecutionResult): Promise<void> {
  try {
    const appId = result.ids.appId ?? capturedAppId();
    const warnings = get().warnings;
    await checkTenant('write', {
      ...(appId ? { appId } : {}),
      // The ids the run returned: its grants and assignments are read in the same round as the app.
      ...(result.ids.servicePrincipalId ? { servicePrincipalId: result.ids.servicePrincipalId } : {}),
      ...(result.secret ? { recentSecret: { keyId: result.secret.keyId, endDateTime: result.secret.endDateTime } } : {}),
    });
    set((s) => ({ warnings: [...new Set([...s.warnings, ...warnings])] }));
    replan();
  } catch {
    // The run succeeded; a read that lags behind it is not worth an error.
  }
}

/** Continues a run an earlier panel did not finish, with the choices it was started with. */
export async function resume(): Promise<void> {
  const record = await graphRunItem.getValue();
  if (!record) {
    set({ resumable: undefined });
    return;
  }
  const app = resumedChoice(record.checkpoint);
  set({ mode: 'automate', rotation: undefined, offboard: undefined, status: 'running', message: i18n.t('runActions.resuming'), explanation: undefined, choices: { ...record.options, ...(app ? { app } : {}) } });
  try {
    const appId = capturedAppId();
    const { verification } = await checkTenant('write', app?.kind === 'existing' ? { appObjectId: app.appObjectId } : appId ? { appId } : {});
    if (verification.tenant.id !== record.tenantId) {
      set({ status: 'error', message: i18n.t('runActions.otherTenant', [record.tenantId]) });
      return;
    }
    if (!app) set((s) => ({ choices: { ...s.choices, app: defaultAppChoice(verification) } }));
    replan();
    const plan = get().plan;
    if (!plan) return;
    if (plan.blocked) {
      // e.g. the app's risk must be confirmed again: the admin sees the plan and decides.
      set({ status: 'idle', message: i18n.t('runActions.reviewToContinue') });
      return;
    }
    set({ status: 'idle' });
    await runPlan();
  } catch (error) {
    set(errorState(error));
  }
}

/** The app an interrupted run was working on: the one it created or chose, or a new one it had started creating. */
function resumedChoice(checkpoint: Checkpoint | null): AppChoice | undefined {
  if (!checkpoint) return undefined;
  if (checkpoint.appObjectId) return { kind: 'existing', appObjectId: checkpoint.appObjectId };
  if (checkpoint.target?.kind === 'existing') return { kind: 'existing', appObjectId: checkpoint.target.appObjectId };
  if (checkpoint.target?.kind === 'new') return { kind: 'new' };
  return undefined;
}
