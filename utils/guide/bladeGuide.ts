/**
 * What the guide does on one kind of blade: find the next control (locate), and read what the
 * page shows as done or wrong (observe). Blades are grouped in families (guideFamilies.ts), and a
 * frame loads only the family of the blade it shows.
 */
import type { StepId } from '../steps';
import type { BladeKind } from '../portal/bladeKind';
import type { WrongTurn } from './wrongTurns';
import type { GuideLocator } from './types';
import type { AppIdentity } from './read/enterpriseList';

export interface PageObservation {
  completed: StepId[];
  wrongTurns: WrongTurn[];
}

export type PageObserver = (root: Document | ShadowRoot, seen: PageObservation, app: AppIdentity) => void;

export interface BladeGuide {
  locate: GuideLocator;
  /** Registration and the IDs are judged from the URL elsewhere; blades without one read nothing. */
  observe?: PageObserver;
}

export type BladeGuides = Partial<Record<BladeKind, BladeGuide>>;
