/**
 * The guide's blade families, one script each: a frame is given the script of the blade it shows
 * and fetches another only when the portal navigates it to another family's blade. Splitting
 * keeps each script that runs in the portal's pages small.
 */
import type { BladeKind } from '../portal/bladeKind';

export type GuideFamily = 'app' | 'permissions' | 'credentials' | 'enterprise';

export const GUIDE_FAMILY: Readonly<Record<BladeKind, GuideFamily>> = {
  'app-list': 'app',
  'app-create': 'app',
  'app-overview': 'app',
  'app-api-permissions': 'permissions',
  'app-credentials': 'credentials',
  'enterprise-list': 'enterprise',
  'enterprise-overview': 'enterprise',
  'enterprise-properties': 'enterprise',
  'enterprise-users': 'enterprise',
};
