/**
 * Certificates & secrets: Client secrets tab, New client secret, the Add pane (description,
 * 24 months, Add), then the new row's Value. A Value in clear and an open Add pane are guided
 * whatever step is current: the Value is shown only once, and the pane is work already begun.
 */
import { firstPendingStep, APP_STEPS } from '../pendingStep';
import { findControl } from '../dom/findControl';
import { isOn } from '../dom/controlState';
import { findClearSecret } from '../read/clearSecret';
import { readSecretPane, type SecretPane } from '../read/secretPane';
import { guideTarget } from '../guideTarget';
import type { GuideContext, GuideLocator, GuideTarget } from '../types';
import { appMenuTarget } from './appMenuTarget';

function paneTarget(pane: SecretPane, ctx: GuideContext): GuideTarget | undefined {
  if (pane.description && pane.description.value.trim() === '') {
    return guideTarget('client-secret.description', pane.description, ctx);
  }
  if (pane.expires && !pane.is24Months) {
    return guideTarget('client-secret.expires', pane.option24Months ?? pane.expires, ctx);
  }
  return guideTarget('client-secret.add', pane.add, ctx);
}

export const locateCredentials: GuideLocator = (root, ctx) => {
  if (!ctx.doneSteps.has('client-secret')) {
    const clear = findClearSecret(root);
    if (clear) return guideTarget('client-secret.value', clear.element, ctx);
    const pane = readSecretPane(root);
    if (pane) return paneTarget(pane, ctx);
  }
  const step = firstPendingStep(APP_STEPS, ctx.doneSteps);
  if (step === 'copy-ids' || step === 'api-permissions' || step === 'admin-consent') return appMenuTarget(root, step, ctx);
  if (step !== 'client-secret') return undefined;
  const tab = findControl(root, 'clientSecrets', { selector: '[role="tab"]' });
  if (tab && !isOn(tab)) return guideTarget('client-secret.tab', tab, ctx);
  return guideTarget('client-secret.new', findControl(root, 'newClientSecret'), ctx);
};
