/** Every family together: what tests and readers outside the page scripts use. */
import type { BladeGuides } from '../bladeGuide';
import { APP_GUIDES } from './appGuides';
import { PERMISSION_GUIDES } from './permissionGuides';
import { CREDENTIAL_GUIDES } from './credentialGuides';
import { ENTERPRISE_GUIDES } from './enterpriseGuides';

export const ALL_GUIDES: BladeGuides = { ...APP_GUIDES, ...PERMISSION_GUIDES, ...CREDENTIAL_GUIDES, ...ENTERPRISE_GUIDES };
