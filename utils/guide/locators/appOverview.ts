/**
 * App Overview: point at the client ID while the IDs are not captured, else on to the blade of
 * the next step through the left menu.
 */
import { firstPendingStep, APP_STEPS } from '../pendingStep';
import { findShownClientId } from '../read/shownClientId';
import { guideTarget } from '../guideTarget';
import type { GuideLocator } from '../types';
import { appMenuTarget } from './appMenuTarget';

export const locateAppOverview: GuideLocator = (root, ctx) => {
  const step = firstPendingStep(APP_STEPS, ctx.doneSteps);
  switch (step) {
    case 'copy-ids':
      // The ID the address names, where the page shows it.
      return ctx.shownAppId ? guideTarget('copy-ids.values', findShownClientId(root, ctx.shownAppId), ctx) : undefined;
    case 'api-permissions':
    case 'admin-consent':
    case 'client-secret':
      return appMenuTarget(root, step, ctx);
    default:
      return undefined;
  }
};
