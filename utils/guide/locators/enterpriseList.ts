/**
 * Enterprise applications list: the app's row, or the type filter that hides it.
 */
import { firstPendingStep, ENTERPRISE_STEPS } from '../pendingStep';
import { findAppLink, findTypeFilterControl } from '../read/enterpriseList';
import { guideTarget } from '../guideTarget';
import type { GuideLocator } from '../types';

export const locateEnterpriseList: GuideLocator = (root, ctx) => {
  const step = firstPendingStep(ENTERPRISE_STEPS, ctx.doneSteps);
  if (!step) return undefined;
  const link = findAppLink(root, { name: ctx.appName, ...(ctx.appId && { appId: ctx.appId }) });
  if (link) return guideTarget(`${step}.app`, link, ctx);
  return guideTarget(`${step}.filter`, findTypeFilterControl(root), ctx);
};
