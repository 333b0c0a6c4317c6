/**
 * What the guide does on one kind of blade: find the next control (locate), and read what the
 * page shows as done or wrong (observe). Blades are grouped in families (guideFamilies.ts), and a
 * frame loads only the family of the blade it shows.
 */
import type { AnyStepId } from '../steps';
import type { BladeKind } from '../portal/bladeKind';
import type { WrongTurn } from './wrongTurns';
import type { GuideContext, GuideLocator } from './types';
import type { AppIdentity } from './read/enterpriseList';

export interface PageObservation {
  /** Setup steps, and renewal steps the page shows done. */
  completed: AnyStepId[];
  wrongTurns: WrongTurn[];
}

export type PageObserver = (root: Document | ShadowRoot, seen: PageObservation, app: AppIdentity, ctx?: Partial<GuideContext>) => void;

export interface BladeGuide {
  locate: GuideLocator;
  /** Registration and the IDs are judged from the URL elsewhere; blades without one read nothing. */
  observe?: PageObserver;
}

export type BladeGuides = Partial<Record<BladeKind, BladeGuide>>;
