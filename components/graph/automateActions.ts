/**
 * Automate, first half: ask for the write permissions (incremental consent), re-read the tenant
 * and show what a run would change. Nothing is written until the admin presses Run plan.
 */
import { planSetup } from '@/utils/graph/planSetup';
import { searchPrincipals, type PrincipalMatch } from '@/utils/graph/userSearch';
import type { Verification } from '@/utils/graph/verifySetup';
import { usePanelStore } from '../panelStore';
import { errorState } from './errorState';
import { ensureAccess, graphTransport } from './graphConnection';
import { useGraphStore, type PlanChoices } from './graphStore';
import { capturedAppId, checkTenant } from './verifyActions';

const set = useGraphStore.setState;
const get = useGraphStore.getState;

export async function prepareAutomate(): Promise<void> {
  set({ status: 'running', message: 'Asking Microsoft for permission to make changes…', explanation: undefined, plan: undefined, progress: [], lifetimeRefused: false });
  try {
    const appId = capturedAppId();
    // Write consent is asked for (started first, so a needed sign-in window asks for it) while the tenant is read.
    const write = ensureAccess('write');
    const [{ verification }] = await Promise.all([checkTenant('read', appId ? { appId } : {}), write]);
    set({ choices: { ...get().choices, newSecret: wantsNewSecret(verification) } });
    replan();
    if (get().plan) set({ status: 'idle', message: 'Review the plan, then press Run plan. Nothing has been changed yet.' });
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

export function replan(): void {
  const { verification, choices } = get();
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

export async function searchAssignees(text: string): Promise<PrincipalMatch[]> {
  const { transport } = await graphTransport('read');
  return searchPrincipals(transport, text, { top: 8 });
}
