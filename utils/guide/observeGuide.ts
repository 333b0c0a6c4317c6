/**
 * One pass over a frame's document for both questions a mutation batch asks: the control to
 * highlight and what the page says about progress and mistakes. Sharing the pass shares its
 * queries (see dom/queryCache), so this costs little more than either alone.
 */
import { withQueryCache } from './dom/queryCache';
import { findGuideTarget } from './findGuideTarget';
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
    target: findGuideTarget(root, ctx),
    page: readPageState(root, ctx.blade, app),
  }));
}
