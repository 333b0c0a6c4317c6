/**
 * Granting Microsoft Graph application permissions needs Global Administrator or Privileged Role
 * Administrator. Without either role Graph would refuse each grant with 403, so those actions are
 * left out of the run (and shown as skipped) rather than attempted.
 */
import type { SetupAction, SetupPlan } from '@/utils/graph/planSetup';

export interface RolePlan {
  /** What will be sent. */
  plan: SetupPlan;
  /** Consent grants left for an administrator who holds one of the roles. */
  skipped: SetupAction[];
}

export function planForRole(plan: SetupPlan, canConsent: boolean): RolePlan {
  if (canConsent) return { plan, skipped: [] };
  const skipped = plan.actions.filter((action) => action.kind === 'grant-role' && action.state === 'todo');
  if (skipped.length === 0) return { plan, skipped };
  return { plan: { ...plan, actions: plan.actions.filter((action) => !skipped.includes(action)) }, skipped };
}
