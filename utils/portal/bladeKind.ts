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

/** What part of a blade a frame's own address or name can name. */
type BladeFamily = 'overview' | 'api-permissions' | 'credentials' | 'properties' | 'users';

const FAMILY_OF: Partial<Record<BladeKind, BladeFamily>> = {
  'app-overview': 'overview',
  'enterprise-overview': 'overview',
  'app-api-permissions': 'api-permissions',
  'app-credentials': 'credentials',
  'enterprise-properties': 'properties',
  'enterprise-users': 'users',
};

/** Pieces of frame URLs and frame names (`CallAnAPIBlade`, `…MenuCredentials.ReactView`, `/ApiPermissions/`). */
const FAMILY_PIECES: [BladeFamily, (piece: string) => boolean][] = [
  ['api-permissions', (p) => /callanapi|apipermission|requiredpermission/.test(p)],
  ['credentials', (p) => /credentials|certificatesandsecrets|clientsecrets/.test(p)],
  ['overview', (p) => p.includes('overview')],
  ['properties', (p) => p.includes('properties')],
  ['users', (p) => p === 'users' || p.includes('usersandgroups') || p.endsWith('menuusers')],
];

/**
 * The blade part a frame names by itself, from its own URL (path and query values, never the
 * host) and its frame name; undefined when it names none or more than one. A frame cannot read
 * the tab's address, and the portal keeps pre-warmed and leftover frames of other blades around,
 * so a frame that names another part than the tab shows must not be read as the tab's blade.
 */
export function frameBladeFamily(frameUrl: string | undefined, frameName = ''): BladeFamily | undefined {
  let text = frameName;
  try {
    const url = new URL(frameUrl ?? '');
    text += ` ${decodeURIComponent(url.pathname)}`;
    for (const value of url.searchParams.values()) text += ` ${value}`;
  } catch {
    // No usable URL: the name alone decides.
  }
  const pieces = text
    .toLowerCase()
    .split(/[\s/.?=&,;:]+/)
    .map((piece) => piece.replace(/[_-]/g, ''))
    .filter(Boolean);
  const named = FAMILY_PIECES.filter(([, names]) => pieces.some(names)).map(([family]) => family);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether a frame may act as the tab's blade: frames that name no part, or the tab's own part,
 * may; a frame naming another part (a leftover API permissions frame while the tab shows
 * Certificates & secrets) may not.
 */
export function frameFitsBlade(blade: BladeKind | undefined, frameUrl: string | undefined, frameName?: string): boolean {
  if (!blade) return false;
  const named = frameBladeFamily(frameUrl, frameName);
  return named === undefined || named === FAMILY_OF[blade];
}
