/**
 * Remove TonicDM's app from this tenant: read the tenant (with the write permissions the delete needs), show
 * the app with its owners and credentials, and delete it once the admin typed its exact name. The setup is
 * then archived (kept, not deleted) through the background, which alone writes the setup state.
 */
import { i18n } from '#i18n';
import { defaultExistingChoice } from '@/utils/graph/appChoice';
import { offboardApp, offboardTarget } from '@/utils/graph/offboardApp';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { errorState } from './errorState';
import { ensureAccess, graphTransport } from './graphConnection';
import { useGraphStore } from './graphStore';
import { rotationItem } from './rotationItem';
import { capturedAppId, checkTenant, knownServicePrincipal } from './verifyActions';

const set = useGraphStore.setState;
const get = useGraphStore.getState;

export async function prepareOffboard(): Promise<void> {
  set({ mode: 'offboard', status: 'running', message: i18n.t('automateActions.asking'), explanation: undefined, plan: undefined, rotation: undefined, offboard: undefined, evidence: undefined, progress: [] });
  try {
    const appId = capturedAppId();
    const write = ensureAccess('write');
    const [{ verification }] = await Promise.all([checkTenant('read', appId ? { appId, ...knownServicePrincipal({ appId }) } : {}), write]);
    const previous = get().choices.app;
    const kept = previous?.kind === 'existing' && verification.app?.id === previous.appObjectId ? previous : undefined;
    set({ choices: { ...get().choices, app: kept ?? defaultExistingChoice(verification) } });
    retargetOffboard();
    set({ status: 'idle', message: i18n.t('automateActions.reviewOffboard') });
  } catch (error) {
    set(errorState(error));
  }
}

export function retargetOffboard(): void {
  const { verification, choices, offboard } = get();
  if (!verification) return;
  const { target, blocked } = offboardTarget(verification, choices.app);
  // A different app (or its changed owners) needs its name typed again.
  const typed = target && offboard?.target?.appObjectId === target.appObjectId && offboard.target.fingerprint === target.fingerprint ? offboard.typed : '';
  set({ offboard: { ...(target ? { target } : {}), ...(blocked ? { blocked } : {}), typed } });
}

export function typeOffboardName(typed: string): void {
  const offboard = get().offboard;
  if (offboard) set({ offboard: { ...offboard, typed } });
}

export async function runOffboard(): Promise<void> {
  const offboard = get().offboard;
  const target = offboard?.target;
  if (!target || get().status === 'running' || offboard.typed !== target.displayName) return;
  set({ status: 'running', message: i18n.t('offboardActions.deleting', [target.displayName]), explanation: undefined });
  try {
    const { transport } = await graphTransport('write');
    const result = await offboardApp(transport, target, offboard.typed);
    if (!result.ok) {
      set({ status: 'error', message: result.error?.message ?? i18n.t('offboardActions.notDeleted'), explanation: result.error?.explanation });
      return;
    }
    await sendToBackground({ type: 'panel/archive-setup', appId: target.appId, archived: true, reason: 'app-deleted' });
    const record = await rotationItem.getValue();
    if (record?.appObjectId.toLowerCase() === target.appObjectId.toLowerCase()) await rotationItem.removeValue();
    set({
      status: 'done',
      message:
        result.outcome === 'deleted'
          ? i18n.t('offboardActions.removed', [target.displayName, target.appId])
          : i18n.t('offboardActions.alreadyGone', [target.displayName]),
      explanation: i18n.t('offboardActions.explanation'),
      offboard: { ...offboard, deleted: true },
      rotationRecord: undefined,
      annotations: undefined,
    });
  } catch (error) {
    set(errorState(error));
  }
}
