/**
 * Certificates & secrets. When nothing is left to do there, a captured secret Value still in
 * clear stays pointed at (see locators/capturedSecret).
 */
import type { BladeGuides } from '../bladeGuide';
import type { GuideLocator } from '../types';
import { locateCredentials } from '../locators/credentials';
import { locateCapturedSecret } from '../locators/capturedSecret';
import { observeCredentials } from '../observers/credentials';

const locate: GuideLocator = (root, ctx) => locateCredentials(root, ctx) ?? locateCapturedSecret(root, ctx);

export const CREDENTIAL_GUIDES: BladeGuides = {
  'app-credentials': { locate, observe: observeCredentials },
};
