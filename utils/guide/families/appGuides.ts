/** The app registration's own blades: the list, Register an application, the Overview. */
import type { BladeGuides } from '../bladeGuide';
import { locateAppList } from '../locators/appList';
import { locateAppCreate } from '../locators/appCreate';
import { locateAppOverview } from '../locators/appOverview';
import { observeAppCreate } from '../observers/appCreate';

export const APP_GUIDES: BladeGuides = {
  'app-list': { locate: locateAppList },
  'app-create': { locate: locateAppCreate, observe: observeAppCreate },
  'app-overview': { locate: locateAppOverview },
};
