/**
 * Enterprise apps list: the app's row; if it is not rendered, the search box (name or client
 * ID); only when that search shows nothing under the type filter, the filter.
 */
import { firstPendingStep, ENTERPRISE_STEPS } from '../pendingStep';
import { findAppLink, findAppSearchBox, findTypeFilterControl, searchesForApp } from '../read/enterpriseList';
import { guideTarget } from '../guideTarget';
import type { GuideLocator } from '../types';

export const locateEnterpriseList: GuideLocator = (root, ctx) => {
  const step = firstPendingStep(ENTERPRISE_STEPS, ctx.doneSteps);
  if (!step) return undefined;
  const app = { name: ctx.appName, ...(ctx.appId && { appId: ctx.appId }) };
  const link = findAppLink(root, app);
  if (link) return guideTarget(`${step}.app`, link, ctx);
  const search = findAppSearchBox(root);
  if (search && !searchesForApp(search, app)) return guideTarget(`${step}.search`, search, ctx, { typeText: ctx.appName });
  return guideTarget(`${step}.filter`, findTypeFilterControl(root), ctx);
};
