/** The enterprise app: the Enterprise apps list, the app's Overview, Properties, Users and groups. */
import type { BladeGuides } from '../bladeGuide';
import { locateEnterpriseList } from '../locators/enterpriseList';
import { locateEnterpriseApp } from '../locators/enterpriseApp';
import { observeEnterpriseList, observeProperties, observeUsers } from '../observers/enterprise';

export const ENTERPRISE_GUIDES: BladeGuides = {
  'enterprise-list': { locate: locateEnterpriseList, observe: observeEnterpriseList },
  'enterprise-overview': { locate: locateEnterpriseApp },
  'enterprise-properties': { locate: locateEnterpriseApp, observe: observeProperties },
  'enterprise-users': { locate: locateEnterpriseApp, observe: observeUsers },
};
