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
}

export interface GuideTarget {
  subStepId: SubStepId;
  element: HTMLElement;
  callout: string;
  /** Text the overlay may offer to type into `element`. Never a secret. */
  typeText?: string;
}

export type GuideLocator = (root: Document | ShadowRoot, ctx: GuideContext) => GuideTarget | undefined;
