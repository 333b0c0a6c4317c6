/** API permissions: the Request API permissions pane, the configured grid, the consent prompts. */
import type { BladeGuides } from '../bladeGuide';
import { locateApiPermissions } from '../locators/apiPermissions';
import { observeApiPermissions } from '../observers/apiPermissions';

export const PERMISSION_GUIDES: BladeGuides = {
  'app-api-permissions': { locate: locateApiPermissions, observe: observeApiPermissions },
};
