/**
 * Register an application: the name, then single tenant, then Register.
 */
import { firstPendingStep, APP_STEPS } from '../pendingStep';
import { foldPhraseText } from '../phrases';
import { readAppCreateForm } from '../read/appCreateForm';
import { guideTarget } from '../guideTarget';
import type { GuideLocator } from '../types';

export const locateAppCreate: GuideLocator = (root, ctx) => {
  if (firstPendingStep(APP_STEPS, ctx.doneSteps) !== 'register') return undefined;
  const form = readAppCreateForm(root);
  // The account-type list is open: the choice is being made now.
  const dropdown = form.accountTypeDropdown;
  if (dropdown?.singleOption) return guideTarget('register.single-tenant', dropdown.singleOption, ctx);
  // The name finds the app again under Enterprise apps, so a different one is worth fixing.
  if (form.name && foldPhraseText(form.name.value) !== foldPhraseText(ctx.appName)) {
    return guideTarget('register.name', form.name, ctx, { typeText: ctx.appName });
  }
  const single = form.accountTypes.find((option) => option.type === 'single');
  if (single && !single.checked) return guideTarget('register.single-tenant', single.face, ctx);
  // A dropdown showing wording the guide does not know is left alone, not called wrong.
  if (dropdown?.selected && dropdown.selected !== 'single') return guideTarget('register.single-tenant', dropdown.element, ctx);
  return guideTarget('register.submit', form.register, ctx);
};
