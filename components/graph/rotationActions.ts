/**
 * Rotate secret: ask for the write permissions, read the tenant and show the rotation plan (which app, the
 * secret TonicDM uses now, the new one to add); Run plan adds it, its value going straight to session
 * storage as the captured secret with the setup's expiry updated; the old secret is removed only when the
 * admin asks, after TonicDM has the new one. Sign-in evidence is read only on request (AuditLog.Read.All).
 */
import { i18n } from '#i18n';
import { defaultExistingChoice } from '@/utils/graph/appChoice';
import { planRotation } from '@/utils/graph/planRotation';
import { removeOldSecret, rotateSecret, type RotationResult } from '@/utils/graph/rotateSecret';
import type { RotationRecord, SecretInfo } from '@/utils/graph/rotationRecord';
import { readSignInEvidence, unavailable } from '@/utils/graph/signInEvidence';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { activeApp } from '@/utils/setup/setupState';
import { secretItem } from '@/utils/storage';
import { usePanelStore } from '../panelStore';
import { errorState } from './errorState';
import { ensureAccess, graphTransport } from './graphConnection';
import { useGraphStore } from './graphStore';
import { knownCredentials, rememberCredentials } from './knownCredentials';
import { rotationItem } from './rotationItem';
import { sessionRotationStore } from './rotationSession';
import { capturedAppId, checkTenant, knownServicePrincipal } from './verifyActions';

const set = useGraphStore.setState;
const get = useGraphStore.getState;

const REVIEW = i18n.t('automateActions.reviewRotation');

export async function prepareRotation(): Promise<void> {
  set({
    mode: 'rotate',
    status: 'running',
    message: i18n.t('automateActions.asking'),
    explanation: undefined,
    plan: undefined,
    rotation: undefined,
    offboard: undefined,
    evidence: undefined,
    progress: [],
    lifetimeRefused: false,
  });
  try {
    const record = (await rotationItem.getValue()) ?? undefined;
    set({ rotationRecord: record });
    const appId = capturedAppId();
    // A rotation still under way (interrupted, or its old secret not yet removed) comes first; otherwise the setup's captured client ID.
    const underWay = record && (record.adding || (record.newSecret && record.oldSecret && !record.oldRemovedAt));
    const which = underWay ? { appObjectId: record.appObjectId } : appId ? { appId } : {};
    const write = ensureAccess('write');
    const [{ verification }] = await Promise.all([checkTenant('read', { ...which, ...knownServicePrincipal(which), known: withPending(record) }), write]);
    const sameApp = record && verification.app?.id.toLowerCase() === record.appObjectId.toLowerCase() && verification.tenant.id.toLowerCase() === record.tenantId.toLowerCase();
    const previous = get().choices.app;
    const kept = previous?.kind === 'existing' && verification.app?.id === previous.appObjectId ? previous : undefined;
    set({ choices: { ...get().choices, app: kept ?? (sameApp && verification.app?.trust.level !== 'risk' ? { kind: 'existing', appObjectId: verification.app!.id } : defaultExistingChoice(verification)) } });
    replanRotation();
    if (get().rotation) set({ status: 'idle', message: REVIEW });
  } catch (error) {
    set(errorState(error));
  }
}

/** The credentials this assistant vouches for, plus the secret an interrupted rotation asked for. */
function withPending(record: RotationRecord | undefined) {
  const known = knownCredentials();
  return record?.adding ? { ...known, pending: { appId: record.appId, displayName: record.adding.displayName, since: record.adding.startedAt } } : known;
}

export function replanRotation(): void {
  const { verification, choices, rotationRecord } = get();
  if (!verification) return;
  try {
    const held = knownCredentials().held;
    const recordedExpiry = activeApp(usePanelStore.getState().setup)?.expiry?.iso;
    set({
      rotation: planRotation(verification, {
        ...(choices.app ? { app: choices.app } : {}),
        lifetimeMonths: choices.secretLifetimeMonths,
        now: new Date(),
        ...(held ? { held } : {}),
        ...(recordedExpiry ? { recordedExpiry } : {}),
        ...(rotationRecord ? { record: rotationRecord } : {}),
      }),
    });
  } catch (error) {
    set({ rotation: undefined, ...errorState(error) });
  }
}

export async function runRotation(): Promise<void> {
  const plan = get().rotation;
  if (!plan || get().status === 'running') return;
  set({ status: 'running', message: i18n.t('rotationActions.rotating'), explanation: undefined, lifetimeRefused: false, progress: [] });
  try {
    const { transport } = await graphTransport('write');
    const app = plan.app;
    const result = await rotateSecret(transport, plan, {
      store: sessionRotationStore(),
      storeSecret: async (secretText, endDateTime, keyId) => {
        rememberCredentials([keyId]);
        if (!app) throw new Error(i18n.t('runActions.appUnknown'));
        const now = Date.now();
        await secretItem.setValue({ value: secretText, appId: app.appId, capturedAt: now, lastUsedAt: now, source: 'graph' });
        await recordExpiry(plan.tenantId, app, endDateTime);
      },
    });
    if (result.outcome === 'adopted' && app && result.secret?.endDateTime) {
      rememberCredentials([result.secret.keyId]);
      await recordExpiry(plan.tenantId, app, result.secret.endDateTime);
    }
    finish(result);
  } catch (error) {
    set(errorState(error));
  }
}

async function recordExpiry(tenantId: string, app: { appId: string; displayName: string }, endDateTime: string): Promise<void> {
  await sendToBackground({ type: 'panel/graph-result', appId: app.appId, tenantId, displayName: app.displayName.slice(0, 200), expiryIso: endDateTime.slice(0, 10), verifiedSteps: [] });
}

function finish(result: RotationResult): void {
  const plan = get().rotation;
  if (!result.ok) {
    set({
      status: 'error',
      message: result.error?.message ?? i18n.t('rotationActions.notFinished'),
      explanation: result.error?.explanation,
      lifetimeRefused: result.error?.kind === 'password-policy',
      progress: [{ key: 'add-secret', title: plan?.add.state === 'todo' ? i18n.t('rotationActions.addNamed', [plan.add.displayName]) : i18n.t('rotationActions.addNew'), outcome: 'failed' }],
    });
    replanRotation();
    return;
  }
  const secret = result.secret;
  const old = get().rotationRecord?.oldSecret;
  const message =
    result.outcome === 'added'
      ? i18n.t('rotationActions.added', [secret?.displayName ?? '', secret?.hint ?? '?'])
      : result.outcome === 'adopted'
        ? i18n.t('rotationActions.adopted', [secret?.hint ?? '?'])
        : i18n.t('rotationActions.nothing');
  set({
    status: 'done',
    message,
    explanation: old && result.outcome !== 'nothing' ? i18n.t('rotationActions.oldStays', [old.hint ?? '?']) : undefined,
    progress:
      result.outcome === 'nothing'
        ? []
        : [
            ...result.removedLost.map((keyId) => ({ key: `remove-lost:${keyId}`, title: i18n.t('rotationActions.removeLost'), outcome: 'updated' as const })),
            { key: 'add-secret', title: i18n.t('rotationActions.addNamed', [secret?.displayName ?? '']), outcome: result.outcome === 'added' ? ('added' as const) : ('resumed' as const) },
          ],
    evidence: undefined,
  });
  replanRotation();
  if (result.outcome !== 'nothing') void readBack(secret);
}

/**
 * Reads the app again so its credentials show the change (a secret just added may not be listed yet, so
 * its keyId and expiry are passed along). Display only: "done" does not wait for it.
 */
async function readBack(secret?: SecretInfo): Promise<void> {
  const app = get().rotation?.app;
  if (!app) return;
  const servicePrincipalId = get().verification?.app?.servicePrincipalId;
  try {
    await checkTenant('write', { appObjectId: app.id, ...(servicePrincipalId ? { servicePrincipalId } : {}), ...(secret?.endDateTime ? { recentSecret: { keyId: secret.keyId, endDateTime: secret.endDateTime } } : {}) });
    if (get().mode === 'rotate' && get().status !== 'running') replanRotation();
  } catch {
    // The rotation itself succeeded; a read that lags behind it is not worth an error.
  }
}

/** Removes exactly the secret the rotation replaced, by keyId, after checking the new one is on the app. */
export async function removeOldSecretNow(): Promise<void> {
  const record = get().rotationRecord;
  if (!record || get().status === 'running') return;
  set({ status: 'running', message: i18n.t('rotationActions.removing', [record.oldSecret?.hint ?? '?']), explanation: undefined });
  try {
    const { transport } = await graphTransport('write');
    const result = await removeOldSecret(transport, sessionRotationStore(), { tenantId: record.tenantId, appObjectId: record.appObjectId });
    if (!result.ok) {
      set({ status: 'error', message: result.error?.message ?? i18n.t('rotationActions.notRemoved'), explanation: result.error?.explanation });
      return;
    }
    set({
      status: 'done',
      message:
        result.outcome === 'removed'
          ? i18n.t('rotationActions.removed', [record.oldSecret?.hint ?? '?'])
          : i18n.t('rotationActions.alreadyGone', [record.oldSecret?.hint ?? '?']),
      explanation: undefined,
    });
    replanRotation();
    void readBack();
  } catch (error) {
    set(errorState(error));
  }
}

/** When each of the app's secrets last signed in: asks for AuditLog.Read.All first (a sign-in window may open). */
export async function loadEvidence(): Promise<void> {
  const plan = get().rotation;
  const app = plan?.app;
  if (!plan || !app || get().evidence?.loading) return;
  set({ evidence: { loading: true } });
  try {
    await ensureAccess('audit');
  } catch (error) {
    set({ evidence: unavailable(error) });
    return;
  }
  try {
    const { transport } = await graphTransport('audit');
    const record = get().rotationRecord;
    const keyIds = [
      ...(plan.current ? [plan.current.keyId] : []),
      ...plan.otherSecrets.map((s) => s.keyId),
      ...(plan.add.state === 'exists' && plan.add.secret ? [plan.add.secret.keyId] : []),
      ...(record?.oldSecret ? [record.oldSecret.keyId] : []),
      ...(record?.newSecret ? [record.newSecret.keyId] : []),
    ];
    set({ evidence: await readSignInEvidence(transport, app.appId, [...new Set(keyIds.map((id) => id.toLowerCase()))]) });
  } catch (error) {
    set({ evidence: unavailable(error) });
  }
}

/** Hands the new secret to TonicDM's Security Set Up (the background finds or opens the tab and asks to confirm). */
export async function fillTonicdmWithNewSecret(): Promise<void> {
  document.querySelector('[data-testid="fill-tonicdm"]')?.scrollIntoView({ block: 'center' });
  await sendToBackground({ type: 'panel/fill-tonicdm' });
}
