/**
 * Builds a GuideTarget from the sub-step model, so callouts live in one place. The model speaks
 * of the default app name; the admin may have chosen another, and the callout follows it.
 */
import { APP_NAME } from '../steps';
import type { SubStepId } from './subSteps';
import { subStepWords } from './guideWords';
import { isInOpenLayer } from './read/dialogs';
import type { GuideContext, GuideTarget, TargetRank } from './types';

export function guideTarget(
  subStepId: SubStepId,
  element: HTMLElement | undefined,
  ctx: Pick<GuideContext, 'appName'>,
  overrides: { callout?: string; typeText?: string; rank?: TargetRank } = {},
): GuideTarget | undefined {
  if (!element) return undefined;
  const subStep = subStepWords(subStepId);
  const withName = (text: string) => text.split(APP_NAME).join(ctx.appName);
  const typeText = overrides.typeText ?? (subStep.typeText === undefined ? undefined : withName(subStep.typeText));
  return {
    subStepId,
    element,
    callout: overrides.callout ?? withName(subStep.callout),
    typeText,
    rank: overrides.rank ?? (isInOpenLayer(element) ? 'open' : 'blade'),
  };
}
