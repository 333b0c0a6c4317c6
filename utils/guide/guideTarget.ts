/**
 * Builds a GuideTarget from the sub-step model, so callouts live in one place. The model speaks
 * of the default app name; the admin may have chosen another, and the callout follows it.
 */
import { APP_NAME } from '../steps';
import { subStepById, type SubStepId } from './subSteps';
import type { GuideContext, GuideTarget } from './types';

export function guideTarget(
  subStepId: SubStepId,
  element: HTMLElement | undefined,
  ctx: Pick<GuideContext, 'appName'>,
  overrides: { callout?: string; typeText?: string } = {},
): GuideTarget | undefined {
  if (!element) return undefined;
  const subStep = subStepById(subStepId);
  const withName = (text: string) => text.split(APP_NAME).join(ctx.appName);
  const typeText = overrides.typeText ?? (subStep.typeText === undefined ? undefined : withName(subStep.typeText));
  return {
    subStepId,
    element,
    callout: overrides.callout ?? withName(subStep.callout),
    ...(typeText === undefined ? {} : { typeText }),
  };
}
