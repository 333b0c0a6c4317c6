/**
 * App Overview: point at the client ID while the IDs are not captured, else on to the blade of
 * the next step through the left menu.
 */
import { firstPendingStep, APP_STEPS } from '../pendingStep';
import { findEssentialsValue } from '../read/essentials';
import { guideTarget } from '../guideTarget';
import type { GuideLocator } from '../types';
import { appMenuTarget } from './appMenuTarget';

export const locateAppOverview: GuideLocator = (root, ctx) => {
  const step = firstPendingStep(APP_STEPS, ctx.doneSteps);
  switch (step) {
    case 'copy-ids':
      return guideTarget('copy-ids.values', findEssentialsValue(root, 'applicationClientId'), ctx);
    case 'api-permissions':
    case 'admin-consent':
    case 'client-secret':
      return appMenuTarget(root, step, ctx);
    default:
      return undefined;
  }
};
