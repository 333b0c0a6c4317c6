/**
 * Certificates & secrets. When nothing is left to do there, a captured secret Value still in
 * clear stays pointed at (see locators/capturedSecret). While a renewal of this app's secret is
 * current, the blade follows the renewal flow instead (locators/renewal).
 */
import type { BladeGuides } from '../bladeGuide';
import type { GuideLocator } from '../types';
import { locateCredentials } from '../locators/credentials';
import { locateCapturedSecret } from '../locators/capturedSecret';
import { locateRenewal, renewalHere } from '../locators/renewal';
import { observeCredentials } from '../observers/credentials';
import { observeRenewal } from '../observers/renewal';
import type { PageObserver } from '../bladeGuide';

const locate: GuideLocator = (root, ctx) =>
  renewalHere(ctx) ? locateRenewal(root, ctx) : (locateCredentials(root, ctx) ?? locateCapturedSecret(root, ctx));

const observe: PageObserver = (root, seen, app, ctx) => {
  observeCredentials(root, seen, app, ctx);
  observeRenewal(root, seen, app, ctx);
};

export const CREDENTIAL_GUIDES: BladeGuides = {
  'app-credentials': { locate, observe },
};
