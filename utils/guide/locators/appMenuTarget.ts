/**
 * Sends the admin to the app blade of the step at hand through the app's left menu.
 */
import type { AppStepId, SubStepId } from '../subSteps';
import type { PhraseKey } from '../phrases';
import { findMenuItem } from '../read/appMenu';
import { guideTarget } from '../guideTarget';
import type { GuideContext, GuideTarget } from '../types';

const MENU: Record<AppStepId, { key: PhraseKey; menuItem: string; subStepId: SubStepId }> = {
  'copy-ids': { key: 'overview', menuItem: 'Overview', subStepId: 'copy-ids.open' },
  'api-permissions': { key: 'apiPermissions', menuItem: 'CallAnAPI', subStepId: 'api-permissions.open' },
  'admin-consent': { key: 'apiPermissions', menuItem: 'CallAnAPI', subStepId: 'admin-consent.open' },
  'client-secret': { key: 'certificatesAndSecrets', menuItem: 'Credentials', subStepId: 'client-secret.open' },
};

export function appMenuTarget(root: Document | ShadowRoot, step: AppStepId, ctx: GuideContext): GuideTarget | undefined {
  const { key, menuItem, subStepId } = MENU[step];
  return guideTarget(subStepId, findMenuItem(root, key, menuItem), ctx);
}
