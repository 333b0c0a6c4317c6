/**
 * App registrations list: "New registration" until the app exists, then the app's own row.
 */
import { firstPendingStep, APP_STEPS } from '../pendingStep';
import { findControl } from '../dom/findControl';
import { findAppLink } from '../read/enterpriseList';
import { guideTarget } from '../guideTarget';
import type { GuideLocator } from '../types';

export const locateAppList: GuideLocator = (root, ctx) => {
  const step = firstPendingStep(APP_STEPS, ctx.doneSteps);
  if (!step) return undefined;
  if (step === 'register') return guideTarget('register.new-registration', findControl(root, 'newRegistration'), ctx);
  const app = { name: ctx.appName, ...(ctx.appId && { appId: ctx.appId }) };
  return guideTarget(`${step}.app`, findAppLink(root, app), ctx);
};
