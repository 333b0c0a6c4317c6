/**
 * Which step the guide works on in a family of blades (the app registration's, the enterprise
 * app's). Steps are guided in checklist order, and the first unfinished step of a family holds
 * back the later ones, so the overlay points where the side panel's current step is. Steps
 * done on other sites (TonicDM, Exchange) never hold back the portal.
 */
import { STEP_IDS, type StepId } from '../steps';

export const APP_STEPS = ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret'] as const;
export const ENTERPRISE_STEPS = ['assignment-required', 'assign-users'] as const;

export function firstPendingStep<S extends StepId>(
  family: readonly S[],
  doneSteps: ReadonlySet<StepId>,
): S | undefined {
  // STEP_IDS is the checklist's order (and keeps the step texts out of the page script).
  const order = STEP_IDS.filter((id): id is S => (family as readonly StepId[]).includes(id));
  return order.find((id) => !doneSteps.has(id));
}
