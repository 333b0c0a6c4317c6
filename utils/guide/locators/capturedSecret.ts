/**
 * The new secret's Value after the assistant captured it. Nothing is left to do on Certificates
 * & secrets then, but the Value is shown only once: pointing at it until it is masked tells the
 * admin where it is, and keeps the highlight from flashing away in the moment between capture
 * and the background marking the step done.
 */
import { findClearSecret } from '../read/clearSecret';
import { guideTarget } from '../guideTarget';
import { calloutVariant } from '../guideWords';
import type { GuideLocator } from '../types';

export const locateCapturedSecret: GuideLocator = (root, ctx) => {
  if (ctx.blade !== 'app-credentials' || !ctx.doneSteps.has('client-secret')) return undefined;
  return guideTarget('client-secret.value', findClearSecret(root)?.element, ctx, { callout: calloutVariant('capturedValue') });
};
