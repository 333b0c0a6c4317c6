/**
 * What a frame knows when it looks for the next control, and what it hands to the overlay.
 */
import type { StepId } from '../steps';
import type { BladeKind } from '../portal/bladeKind';
import type { SubStepId } from './subSteps';

export interface GuideContext {
  /** The blade the tab shows, as told by the background (frames cannot read the top hash). */
  blade: BladeKind;
  doneSteps: ReadonlySet<StepId>;
  /** Display name of the app being set up. */
  appName: string;
  /** Its Application (client) ID, once known. */
  appId?: string;
  /** The client ID in the tab's address (the app whose blade this is), if any. */
  shownAppId?: string;
}

/**
 * How strongly a pointer claims the tab's one callout (see utils/background/guideArbiter.ts):
 * a left-menu item that leads to another blade (menu) yields to a control of the blade itself
 * (blade), which yields to work the admin has open: a pane, dialog, open dropdown, or the new
 * secret's Value that is shown only once (open).
 */
export type TargetRank = 'menu' | 'blade' | 'open';

export const RANK_VALUE: Readonly<Record<TargetRank, 1 | 2 | 3>> = { menu: 1, blade: 2, open: 3 };

export interface GuideTarget {
  subStepId: SubStepId;
  element: HTMLElement;
  callout: string;
  /** Text the overlay may offer to type into `element`. Never a secret. */
  typeText?: string;
  rank: TargetRank;
}

export type GuideLocator = (root: Document | ShadowRoot, ctx: GuideContext) => GuideTarget | undefined;
