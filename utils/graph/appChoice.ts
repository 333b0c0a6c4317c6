/**
 * Which app a run may change. Automate grants, adds secrets and changes settings only on an app it
 * creates itself or on one the admin picked in the panel after seeing who owns it; an app that is
 * not clearly theirs also needs a separate confirmation, bound to the owners and credentials they saw.
 */
import { i18n } from '#i18n';
import { joinClauses } from '../i18n/lists';
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
      return i18n.t('appChoice.capturedRisk', [app.displayName, joinClauses(app.trust.risks)]);
    }
    const count = verification.candidates.length;
    return i18n.t('appChoice.severalCandidates', count);
  }
  if (choice.kind === 'new') return undefined;
  const app = verification.app;
  if (!app || app.id.toLowerCase() !== choice.appObjectId.toLowerCase()) return i18n.t('appChoice.notRead');
  if (app.trust.level === 'risk' && choice.confirmedRisk !== app.trust.fingerprint) {
    return i18n.t('appChoice.confirmBeforeGrant', [app.displayName]);
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

/** What is about to be done to an existing app: rotate its secret, or delete it. */
export type ExistingAppAction = 'rotate' | 'delete';

/**
 * Why `action` (rotating its secret, deleting it) may not be done to the chosen app, in one sentence; undefined when it
 * may. The same rules as Automate: an app the admin chose after seeing it, whose risk (if any) they confirmed
 * for exactly the owners and credentials on screen.
 */
export function existingAppProblem(verification: Verification, choice: AppChoice | undefined, action: ExistingAppAction): string | undefined {
  if (verification.candidates.length === 0) return i18n.t('appChoice.noneFound', [APP_NAME]);
  if (!choice || choice.kind !== 'existing') {
    const count = verification.candidates.length;
    if (action === 'rotate') return i18n.t('appChoice.chooseBeforeRotate', count);
    return i18n.t('appChoice.chooseBeforeDelete', count);
  }
  const app = verification.app;
  if (!app || app.id.toLowerCase() !== choice.appObjectId.toLowerCase()) return i18n.t('appChoice.notRead');
  if (app.trust.level === 'risk' && choice.confirmedRisk !== app.trust.fingerprint) {
    return action === 'rotate' ? i18n.t('appChoice.confirmBeforeRotate', [app.displayName]) : i18n.t('appChoice.confirmBeforeDelete', [app.displayName]);
  }
  return undefined;
}
