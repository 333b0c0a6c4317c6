/**
 * One pass over a frame's document for both questions a mutation batch asks: the control to
 * highlight and what the page says about progress and mistakes. Sharing the pass shares its
 * queries (see dom/queryCache), so this costs little more than either alone.
 */
import { withQueryCache } from './dom/queryCache';
import type { AppIdentity } from './read/enterpriseList';
import type { BladeGuides, PageObservation } from './bladeGuide';
import type { GuideContext, GuideTarget } from './types';

export interface GuideObservation {
  target: GuideTarget | undefined;
  page: PageObservation;
}

export function observePage(root: Document | ShadowRoot, ctx: Pick<GuideContext, 'blade'>, app: AppIdentity, guides: BladeGuides): PageObservation {
  const seen: PageObservation = { completed: [], wrongTurns: [] };
  withQueryCache(() => guides[ctx.blade]?.observe?.(root, seen, app));
  return seen;
}

export function observeGuide(root: Document | ShadowRoot, ctx: GuideContext, guides: BladeGuides): GuideObservation {
  const app: AppIdentity = { name: ctx.appName, ...(ctx.appId && { appId: ctx.appId }) };
  return withQueryCache(() => ({
    target: guides[ctx.blade]?.locate(root, ctx),
    page: observePage(root, ctx, app, guides),
  }));
}
