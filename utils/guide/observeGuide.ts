/**
 * One pass over a frame's document for both questions a mutation batch asks: the control to
 * highlight and what the page says about progress and mistakes. Sharing the pass shares its
 * queries (see dom/queryCache), so this costs little more than either alone. When nothing is
 * left to do on the page, a captured secret Value still in clear stays pointed at (see
 * locators/capturedSecret).
 */
import { withQueryCache } from './dom/queryCache';
import { findGuideTarget } from './findGuideTarget';
import { locateCapturedSecret } from './locators/capturedSecret';
import { readPageState, type PageObservation } from './readPageState';
import type { AppIdentity } from './read/enterpriseList';
import type { GuideContext, GuideTarget } from './types';

export interface GuideObservation {
  target: GuideTarget | undefined;
  page: PageObservation;
}

export function observeGuide(root: Document | ShadowRoot, ctx: GuideContext): GuideObservation {
  const app: AppIdentity = { name: ctx.appName, ...(ctx.appId && { appId: ctx.appId }) };
  return withQueryCache(() => ({
    target: findGuideTarget(root, ctx) ?? locateCapturedSecret(root, ctx),
    page: readPageState(root, ctx.blade, app),
  }));
}
