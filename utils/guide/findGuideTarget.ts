/**
 * The one control to act on next in a frame's document, for the blade the tab shows, over the
 * whole flow (the page scripts use their own family's locators through observeGuide).
 * Runs on batched DOM mutations, so every locator does bounded role/tag queries only.
 */
import type { GuideContext, GuideTarget } from './types';
import { withQueryCache } from './dom/queryCache';
import { ALL_GUIDES } from './families/allGuides';

export function findGuideTarget(root: Document | ShadowRoot, ctx: GuideContext): GuideTarget | undefined {
  return withQueryCache(() => ALL_GUIDES[ctx.blade]?.locate(root, ctx));
}
