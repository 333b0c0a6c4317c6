/**
 * Which app a run may change. Automate grants, adds secrets and changes settings only on an app it
 * creates itself or on one the admin picked in the panel after seeing who owns it; an app that is
 * not clearly theirs also needs a separate confirmation, bound to the owners and credentials they saw.
 */
import type { Verification } from './verifySetup';

export type AppChoice =
  | { kind: 'new' }
  | {
      kind: 'existing';
      appObjectId: string;
      /** The trust fingerprint of the risk the admin confirmed; void once owners or credentials change. */
      confirmedRisk?: string;
    };

/**
 * What the plan starts from before the admin picks: a new app when none carries TonicDM's name; the
 * admin's own app when exactly one is theirs (shown in the plan, so running it is a choice made after
 * seeing it); otherwise nothing, and the admin chooses.
 */
export function defaultAppChoice(verification: Verification): AppChoice | undefined {
  if (verification.candidates.length === 0) return { kind: 'new' };
  const app = verification.app;
  if (app && app.trust.level === 'yours' && verification.selection !== 'ambiguous') return { kind: 'existing', appObjectId: app.id };
  return undefined;
}

/** Why the choice cannot be run as it stands, in one sentence; undefined when it can. */
export function choiceProblem(verification: Verification, choice: AppChoice | undefined): string | undefined {
  if (!choice) {
    const app = verification.app;
    if (app && verification.selection === 'client-id' && app.trust.level === 'risk') {
      return `The app with the client ID you captured, "${app.displayName}", is not clearly yours: ${lowerFirst(app.trust.summary)}. Confirm that you want to use it, or create a new app.`;
    }
    const count = verification.candidates.length;
    return `${count === 1 ? 'An app' : `${count} apps`} already ${count === 1 ? 'carries' : 'carry'} TonicDM's name. Choose the one to use, or create a new app.`;
  }
  if (choice.kind === 'new') return undefined;
  const app = verification.app;
  if (!app || app.id.toLowerCase() !== choice.appObjectId.toLowerCase()) return 'Check the chosen app first: its owners and credentials have not been read yet.';
  if (app.trust.level === 'risk' && choice.confirmedRisk !== app.trust.fingerprint) {
    return `"${app.displayName}" is not clearly yours. Confirm that you want to use it before anything is granted.`;
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
