/**
 * When the panel says "I can't see this step on this page": the admin's portal tab shows a setup
 * blade, the guide has had nothing to point at there for 10 seconds (utils/background/guideSight.ts),
 * and the step the checklist is at happens in Entra. Not while the admin has hidden the guide (it
 * is not looking), and not on another app's blades (the page warns about that instead).
 */
import { bladeKindOf, type BladeKind } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { stepById, stepStatuses, STEPS, type StepId } from '../steps';
import { doneSteps, type SetupState } from './setupState';
import type { TabSight } from '../storage';

export const CANT_SEE_AFTER_MS = 10_000;

export interface CantSeeInput {
  /** The guide's sight on the admin's portal tab. */
  sight: TabSight | undefined;
  /** That tab's address. */
  tabUrl: string | undefined;
  guideHidden: boolean;
  setup: SetupState;
  /** When the checklist's current step last changed: a new step gets its own 10 seconds. */
  stepSince: number;
  now: number;
}

export type CantSee =
  | { show: true; stepId: StepId; blade: BladeKind }
  /** Not (yet): `at` is when to look again, if the situation stays as it is. */
  | { show: false; at?: number };

/** The step the checklist is at (the first required step not done). */
export function currentStepId(setup: SetupState): StepId | undefined {
  const statuses = stepStatuses(doneSteps(setup));
  return STEPS.find((s) => statuses[s.id] === 'current')?.id;
}

export function cantSeeStep(input: CantSeeInput): CantSee {
  const { sight, setup } = input;
  if (!sight || sight.lostAt === undefined || input.guideHidden) return { show: false };
  const location = parsePortalUrl(input.tabUrl);
  const blade = bladeKindOf(location);
  // The record must be about what the tab shows now.
  if (!blade || blade !== sight.blade) return { show: false };
  if (location?.appId && setup.activeAppId && location.appId !== setup.activeAppId) return { show: false };
  const stepId = currentStepId(setup);
  if (!stepId || stepById(stepId).site !== 'entra') return { show: false };
  const since = Math.max(sight.lostAt, input.stepSince);
  return input.now - since >= CANT_SEE_AFTER_MS ? { show: true, stepId, blade } : { show: false, at: since + CANT_SEE_AFTER_MS };
}
