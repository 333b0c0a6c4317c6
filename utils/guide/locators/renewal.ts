/**
 * Certificates & secrets during a renewal (utils/steps.ts RENEWAL_STEPS): the Client secrets tab,
 * New client secret, the Add pane (this month's description, 24 months, Add), the new Value; then,
 * once TonicDM took the new secret (Go), the OLD row's delete control and its confirmation. The
 * new secret's row is never pointed at for deletion, and an old row the page does not tell apart
 * for certain is not pointed at either.
 */
import type { RenewalStepId } from '../../steps';
import type { RenewalGuideContext } from '../../renewal/renewalGuideContext';
import { findControl } from '../dom/findControl';
import { isOn } from '../dom/controlState';
import { findClearSecret } from '../read/clearSecret';
import { readSecretPane, type SecretPane } from '../read/secretPane';
import { findDeleteConfirmation } from '../read/deleteConfirmation';
import { describeSecret, readSecretRows, renewalRows } from '../read/secretRows';
import { guideTarget } from '../guideTarget';
import { calloutVariant, secretWords, subStepWords } from '../guideWords';
import type { GuideContext, GuideLocator, GuideTarget } from '../types';
import type { SubStepId } from '../subSteps';

/** The renewal this blade follows: only on the renewal's own app. */
export function renewalHere(ctx: Pick<GuideContext, 'renewal' | 'shownAppId'>): RenewalGuideContext | undefined {
  return ctx.renewal && ctx.shownAppId === ctx.renewal.appId ? ctx.renewal : undefined;
}

function paneTarget(pane: SecretPane, ctx: GuideContext, renewal: RenewalGuideContext): GuideTarget | undefined {
  if (pane.description && pane.description.value.trim() === '') {
    return guideTarget('renew-new-secret.description', pane.description, ctx, { typeText: renewal.description });
  }
  if (pane.expires && !pane.is24Months) return guideTarget('renew-new-secret.expires', pane.option24Months ?? pane.expires, ctx);
  return guideTarget('renew-new-secret.add', pane.add, ctx);
}

/** A callout that names the old secret. */
function aboutOld(id: SubStepId, element: HTMLElement | undefined, ctx: GuideContext, renewal: RenewalGuideContext): GuideTarget | undefined {
  const callout = subStepWords(id).callout.split('{old}').join(describeSecret(renewal.old, secretWords()));
  return guideTarget(id, element, ctx, { callout });
}

function secretsTab(root: Document | ShadowRoot, ctx: GuideContext): GuideTarget | undefined {
  const tab = findControl(root, 'clientSecrets', { selector: '[role="tab"]' });
  return tab && !isOn(tab) ? guideTarget('renew-new-secret.tab', tab, ctx) : undefined;
}

export const locateRenewal: GuideLocator = (root, ctx) => {
  const renewal = renewalHere(ctx);
  if (!renewal) return undefined;
  const done = new Set<RenewalStepId>(renewal.done);

  if (!done.has('renew-new-secret')) {
    const clear = findClearSecret(root);
    if (clear) return guideTarget('renew-new-secret.value', clear.element, ctx);
    const pane = readSecretPane(root);
    if (pane) return paneTarget(pane, ctx, renewal);
    return secretsTab(root, ctx) ?? guideTarget('renew-new-secret.new', findControl(root, 'newClientSecret'), ctx);
  }

  // A delete confirmation is open work, whichever row it came from.
  const confirmation = findDeleteConfirmation(root, renewal.old, renewal.next);
  if (confirmation?.about === 'new') return aboutOld('renew-remove-old.keep-new', confirmation.no, ctx, renewal);
  if (confirmation?.about === 'old') {
    return done.has('renew-go')
      ? aboutOld('renew-remove-old.confirm', confirmation.yes, ctx, renewal)
      : guideTarget('renew-remove-old.keep-old', confirmation.no, ctx);
  }
  if (confirmation) return undefined;

  if (!done.has('renew-go')) {
    // TonicDM still uses the old secret: nothing to do here but to note the new Value while it shows.
    const clear = findClearSecret(root);
    return clear ? guideTarget('renew-new-secret.value', clear.element, ctx, { callout: calloutVariant('renewalCaptured') }) : undefined;
  }
  if (done.has('renew-remove-old')) return undefined;
  const tab = secretsTab(root, ctx);
  if (tab) return tab;
  const rows = renewalRows(readSecretRows(root), renewal.old, renewal.next);
  return rows.old?.remove ? aboutOld('renew-remove-old.delete', rows.old.remove, ctx, renewal) : undefined;
};
