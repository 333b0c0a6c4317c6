/**
 * What the page in a frame shows about progress and mistakes, for any blade of the flow. The page
 * scripts use observePage with their own family only; this is the whole-flow reading.
 */
import { APP_NAME } from '../steps';
import type { BladeKind } from '../portal/bladeKind';
import type { AppIdentity } from './read/enterpriseList';
import type { PageObservation } from './bladeGuide';
import { observePage } from './observeGuide';
import { ALL_GUIDES } from './families/allGuides';

export type { PageObservation };

export function readPageState(root: Document | ShadowRoot, blade: BladeKind, app: AppIdentity = { name: APP_NAME }): PageObservation {
  return observePage(root, { blade }, app, ALL_GUIDES);
}
