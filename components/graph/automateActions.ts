/**
 * Automate, first half: ask for the write permissions (incremental consent), re-read the tenant
 * and show what a run would change, and on which app: apps already carrying TonicDM's name are
 * listed with whose they are, and the admin picks one (confirming its risk if it is not clearly
 * theirs) or a new app. Nothing is written until the admin presses Run plan.
 */
import { i18n } from '#i18n';
import { defaultAppChoice, type AppChoice } from '@/utils/graph/appChoice';
import { planSetup } from '@/utils/graph/planSetup';
import { searchPrincipals, type PrincipalMatch } from '@/utils/graph/userSearch';
import type { Verification } from '@/utils/graph/verifySetup';
import { usePanelStore } from '../panelStore';
import { errorState } from './errorState';
import { ensureAccess, graphTransport } from './graphConnection';
import { useGraphStore, type PlanChoices } from './graphStore';
import { retargetOffboard } from './offboardActions';
import { replanRotation } from './rotationActions';
import { capturedAppId, checkTenant, knownServicePrincipal } from './verifyActions';

const set = useGraphStore.setState;
const get = useGraphStore.getState;

const REVIEW = {
  automate: i18n.t('automateActions.reviewPlan'),
  rotate: i18n.t('automateActions.reviewRotation'),
  offboard: i18n.t('automateActions.reviewOffboard'),
} as const;

export async function prepareAutomate(): Promise<void> {
  set({ mode: 'automate', status: 'running', message: i18n.t('automateActions.asking'), explanation: undefined, plan: undefined, rotation: undefined, offboard: undefined, evidence: undefined, progress: [], lifetimeRefused: false });
  try {
    const appId = capturedAppId();
    // Write consent is asked for (started first, so a needed sign-in window asks for it) while the tenant is read.
    const write = ensureAccess('write');
    const [{ verification }] = await Promise.all([checkTenant('read', appId ? { appId, ...knownServicePrincipal({ appId }) } : {}), write]);
    set({ choices: { ...get().choices, app: defaultAppChoice(verification), newSecret: wantsNewSecret(verification) } });
    replan();
    if (get().plan) set({ status: 'idle', message: REVIEW.automate });
  } catch (error) {
    set(errorState(error));
  }
}

/**
 * A new secret is proposed unless the app already has a valid one whose Value the assistant holds:
 * a secret created elsewhere cannot be read back, and TonicDM needs its Value.
 */
export function wantsNewSecret(verification: Verification): boolean {
  const secret = usePanelStore.getState().secret;
  const held = !!secret && !!verification.app && secret.appId === verification.app.appId;
  return !(held && verification.steps['client-secret'].status === 'verified');
}

/** Plans again after a change of choices, for whatever the section is preparing. */
export function replan(): void {
  const { verification, choices, mode } = get();
  if (mode === 'rotate') return replanRotation();
  if (mode === 'offboard') return retargetOffboard();
  if (!verification) return;
  try {
    set({ plan: planSetup(verification, { ...choices, now: new Date() }) });
  } catch (error) {
    set({ plan: undefined, ...errorState(error) });
  }
}

export function setChoices(change: Partial<PlanChoices>): void {
  set({ choices: { ...get().choices, ...change } });
  replan();
}

/**
 * The admin picked an app (or a new one). An app other than the one last checked is read first, so
 * the plan and its risk are about exactly that app.
 */
export async function chooseApp(choice: AppChoice): Promise<void> {
  const { verification } = get();
  if (get().status === 'running' || !verification) return;
  if (choice.kind === 'new') {
    // A new app has no secret yet, and TonicDM needs one.
    setChoices({ app: choice, newSecret: true });
    return;
  }
  if (verification.app?.id === choice.appObjectId) {
    setChoices({ app: { kind: 'existing', appObjectId: choice.appObjectId }, newSecret: wantsNewSecret(verification) });
    return;
  }
  // The pick shows at once; the plan stays blocked until that app's owners and credentials are read.
  setChoices({ app: { kind: 'existing', appObjectId: choice.appObjectId } });
  set({ status: 'running', message: i18n.t('automateActions.readingChosen'), explanation: undefined });
  try {
    const { verification: checked } = await checkTenant('write', { appObjectId: choice.appObjectId });
    set({ choices: { ...get().choices, newSecret: wantsNewSecret(checked) } });
    replan();
    set({ status: 'idle', message: REVIEW[get().mode ?? 'automate'] });
  } catch (error) {
    set(errorState(error));
  }
}

/** The separate confirmation a risky app needs, bound to the owners and credentials on screen. */
export function confirmRisk(confirmed: boolean): void {
  const { choices, verification } = get();
  if (choices.app?.kind !== 'existing' || !verification?.app || verification.app.id !== choices.app.appObjectId) return;
  const { confirmedRisk: _previous, ...choice } = choices.app;
  setChoices({ app: confirmed ? { ...choice, confirmedRisk: verification.app.trust.fingerprint } : choice });
}

export async function searchAssignees(text: string): Promise<PrincipalMatch[]> {
  const { transport } = await graphTransport('read');
  return searchPrincipals(transport, text, { top: 8 });
}
