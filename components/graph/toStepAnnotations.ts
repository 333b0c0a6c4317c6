/**
 * Graph's verdict per step in the checklist's terms: verified → yes, missing or wrong → no,
 * unknown → unknown, each with the engine's one-line reason.
 */
import type { CheckStatus, StepCheck } from '@/utils/graph/verifySetup';
import { STEP_IDS, type StepId } from '@/utils/steps';
import type { StepAnnotation } from '../Checklist';

const VERDICT: Record<CheckStatus, StepAnnotation['verified']> = {
  verified: 'yes',
  missing: 'no',
  wrong: 'no',
  unknown: 'unknown',
};

export function toStepAnnotations(steps: Record<StepId, StepCheck>): Record<StepId, StepAnnotation> {
  return Object.fromEntries(
    STEP_IDS.map((id) => [id, { verified: VERDICT[steps[id].status], reason: steps[id].reason }]),
  ) as Record<StepId, StepAnnotation>;
}

/** Steps Graph confirmed, for the setup state (they count as done). */
export function verifiedStepIds(steps: Record<StepId, StepCheck>): StepId[] {
  return STEP_IDS.filter((id) => steps[id].status === 'verified');
}
