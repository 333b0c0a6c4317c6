/**
 * Names the setup blade a portal location shows. Anything not named here is outside the flow,
 * and content scripts do no work there.
 */
import type { PortalLocation } from './parsePortalUrl';

export type BladeKind =
  | 'app-list'
  | 'app-create'
  | 'app-overview'
  | 'app-api-permissions'
  | 'app-credentials'
  | 'enterprise-list'
  | 'enterprise-overview'
  | 'enterprise-properties'
  | 'enterprise-users';

const APP_MENU_ITEMS: Record<string, BladeKind> = {
  overview: 'app-overview',
  callanapi: 'app-api-permissions',
  apipermissions: 'app-api-permissions',
  credentials: 'app-credentials',
  certificatesandsecrets: 'app-credentials',
};

const ENTERPRISE_MENU_ITEMS: Record<string, BladeKind> = {
  overview: 'enterprise-overview',
  properties: 'enterprise-properties',
  users: 'enterprise-users',
  usersandgroups: 'enterprise-users',
};

export function bladeKindOf(location: PortalLocation | undefined): BladeKind | undefined {
  if (!location) return undefined;
  const blade = location.blade.toLowerCase();
  const item = (location.menuItem ?? location.params.defaultBlade ?? '').toLowerCase();
  switch (blade) {
    case 'applicationslistblade':
      return 'app-list';
    case 'activedirectorymenublade':
      return item === 'registeredapps' ? 'app-list' : undefined;
    case 'createapplicationblade':
      return 'app-create';
    case 'applicationmenublade':
      // Right after Register the portal opens the menu blade with only defaultBlade/Overview.
      return APP_MENU_ITEMS[item || 'overview'];
    case 'startboardapplicationsmenublade':
      return 'enterprise-list';
    case 'managedappmenublade':
      return ENTERPRISE_MENU_ITEMS[item || 'overview'];
    default:
      return undefined;
  }
}
