/**
 * Sends the admin to the app blade of the step at hand through the app's left menu. These
 * pointers yield to any control of the blade itself (rank "menu").
 */
import type { AppStepId } from '../subSteps';
import type { PhraseKey } from '../phrases';
import { findMenuItem } from '../read/appMenu';
import { guideTarget } from '../guideTarget';
import type { GuideContext, GuideTarget } from '../types';

/** The menu label, and the `~/` item its data-telemetryname carries. */
const MENU: Record<AppStepId, [PhraseKey, string]> = {
  'copy-ids': ['overview', 'Overview'],
  'api-permissions': ['apiPermissions', 'CallAnAPI'],
  'admin-consent': ['apiPermissions', 'CallAnAPI'],
  'client-secret': ['certificatesAndSecrets', 'Credentials'],
};

export function appMenuTarget(root: Document | ShadowRoot, step: AppStepId, ctx: GuideContext): GuideTarget | undefined {
  const [key, menuItem] = MENU[step];
  return guideTarget(`${step}.open`, findMenuItem(root, key, [menuItem]), ctx, { rank: 'menu' });
}
