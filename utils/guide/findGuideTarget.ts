/**
 * The one control to act on next in this frame's document, for the blade the tab shows.
 * Runs on batched DOM mutations, so every locator does bounded role/tag queries only.
 */
import type { BladeKind } from '../portal/bladeKind';
import type { GuideContext, GuideLocator, GuideTarget } from './types';
import { withQueryCache } from './dom/queryCache';
import { locateAppList } from './locators/appList';
import { locateAppCreate } from './locators/appCreate';
import { locateAppOverview } from './locators/appOverview';
import { locateApiPermissions } from './locators/apiPermissions';
import { locateCredentials } from './locators/credentials';
import { locateEnterpriseList } from './locators/enterpriseList';
import { locateEnterpriseApp } from './locators/enterpriseApp';

const LOCATORS: Record<BladeKind, GuideLocator> = {
  'app-list': locateAppList,
  'app-create': locateAppCreate,
  'app-overview': locateAppOverview,
  'app-api-permissions': locateApiPermissions,
  'app-credentials': locateCredentials,
  'enterprise-list': locateEnterpriseList,
  'enterprise-overview': locateEnterpriseApp,
  'enterprise-properties': locateEnterpriseApp,
  'enterprise-users': locateEnterpriseApp,
};

export function findGuideTarget(root: Document | ShadowRoot, ctx: GuideContext): GuideTarget | undefined {
  return withQueryCache(() => LOCATORS[ctx.blade](root, ctx));
}
