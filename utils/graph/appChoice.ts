/**
 * Which app a run may change. Automate grants, adds secrets and changes settings only on an app it
 * creates itself or on one the admin picked in the panel after seeing who owns it; an app that is
 * not clearly theirs also needs a separate confirmation, bound to the owners and credentials they saw.
 */
import { APP_NAME } from '../steps';
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

/**
 * For changes to an app that already exists (rotating its secret, deleting it): the app Verify picked, when it
 * is clearly the admin's; otherwise nothing, and the admin chooses. Never a new app.
 */
export function defaultExistingChoice(verification: Verification): AppChoice | undefined {
  const app = verification.app;
  if (app && app.trust.level === 'yours' && verification.selection !== 'ambiguous') return { kind: 'existing', appObjectId: app.id };
  return undefined;
}

/**
 * Why `action` (e.g. "rotate its secret") may not be done to the chosen app, in one sentence; undefined when it
 * may. The same rules as Automate: an app the admin chose after seeing it, whose risk (if any) they confirmed
 * for exactly the owners and credentials on screen.
 */
export function existingAppProblem(verification: Verification, choice: AppChoice | undefined, action: string): string | undefined {
  if (verification.candidates.length === 0) return `No app registration named "${APP_NAME}" (or with the client ID you captured) was found in this tenant.`;
  if (!choice || choice.kind !== 'existing') {
    const count = verification.candidates.length;
    return count === 1 ? `Choose the app TonicDM uses before you ${action}.` : `${count} apps could be TonicDM's. Choose the one TonicDM uses before you ${action}.`;
  }
  const app = verification.app;
  if (!app || app.id.toLowerCase() !== choice.appObjectId.toLowerCase()) return 'Check the chosen app first: its owners and credentials have not been read yet.';
  if (app.trust.level === 'risk' && choice.confirmedRisk !== app.trust.fingerprint) {
    return `"${app.displayName}" is not clearly yours. Confirm that you want to use it before you ${action}.`;
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
