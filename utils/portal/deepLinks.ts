/**
 * Addresses of the setup blades, so the panel can open a step's blade directly instead of
 * sending the admin through App registrations or the Enterprise apps list (where a tenant with
 * many apps virtualises the rows and the app is hard to find).
 *
 * The hashes are the ones the portal itself writes (portal.md §2): the app-registration menu
 * blade with `~/<Item>/appId/<id>/isMSAApp~/false` (the tail the portal's own Credentials and
 * post-Register links carry), and the enterprise-app menu blade with
 * `~/<Item>/objectId/<service principal>/appId/<id>`. Every link parses back to the same blade
 * through parsePortalUrl, so the guide follows a deep link like any other address.
 *
 * A tenant is pinned in the PATH (`https://entra.microsoft.com/<tenant>/#view/…`), not as
 * `#@<tenant>/view/…`. Both forms are read by parsePortalUrl, but the path form is the one seen
 * surviving in the address bar (scripts and Terraform outputs link it, the portal only rewrites
 * the hash), while whether the portal keeps `#@…` after load is unknown (portal-evidence U9).
 */
import type { BladeKind } from './bladeKind';
import { isPortalShellUrl, PORTAL_SHELL_HOSTS } from './hosts';
import { parsePortalUrl } from './parsePortalUrl';
import { isGuid } from '../values/guid';

/** What a link can be built from. Only GUIDs ever reach an address. */
export interface LinkIds {
  /** Application (client) ID. */
  appId?: string;
  /** Object ID of the enterprise application (service principal), not the app registration's. */
  servicePrincipalId?: string;
}

/** Where the link opens: a portal shell host, with the tenant pinned when one is known. */
export interface PortalShell {
  host: (typeof PORTAL_SHELL_HOSTS)[number];
  /** A tenant GUID, or a verified domain such as contoso.onmicrosoft.com. */
  tenant?: string;
}

export const DEFAULT_SHELL_HOST = 'entra.microsoft.com';

type HashBuilder = (ids: Required<LinkIds>) => string;

const appMenu = (item: string): HashBuilder => (ids) => `view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${item}/appId/${ids.appId}/isMSAApp~/false`;
const enterpriseMenu = (item: string): HashBuilder => (ids) => `view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${item}/objectId/${ids.servicePrincipalId}/appId/${ids.appId}`;

/** Each blade's hash and the IDs it needs. */
const BLADE_LINKS: Record<BladeKind, { needs: readonly (keyof LinkIds)[]; hash: HashBuilder }> = {
  'app-list': { needs: [], hash: () => 'view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade' },
  'app-create': { needs: [], hash: () => 'view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false' },
  'app-overview': { needs: ['appId'], hash: appMenu('Overview') },
  'app-api-permissions': { needs: ['appId'], hash: appMenu('CallAnAPI') },
  'app-credentials': { needs: ['appId'], hash: appMenu('Credentials') },
  'enterprise-list': { needs: [], hash: () => 'view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null' },
  'enterprise-overview': { needs: ['appId', 'servicePrincipalId'], hash: enterpriseMenu('Overview') },
  'enterprise-properties': { needs: ['appId', 'servicePrincipalId'], hash: enterpriseMenu('Properties') },
  'enterprise-users': { needs: ['appId', 'servicePrincipalId'], hash: enterpriseMenu('Users') },
};

function cleanIds(ids: LinkIds): LinkIds {
  const clean = (value: string | undefined) => (value && isGuid(value) ? value.trim().toLowerCase() : undefined);
  return { appId: clean(ids.appId), servicePrincipalId: clean(ids.servicePrincipalId) };
}

/** Whether the IDs are enough to link `blade`. */
export function canLinkBlade(blade: BladeKind, ids: LinkIds): boolean {
  const clean = cleanIds(ids);
  return BLADE_LINKS[blade].needs.every((key) => !!clean[key]);
}

/** The hash (after `#`) of a blade for these IDs, or undefined when an ID it needs is missing. */
export function bladeHash(blade: BladeKind, ids: LinkIds): string | undefined {
  const clean = cleanIds(ids);
  if (!canLinkBlade(blade, clean)) return undefined;
  return BLADE_LINKS[blade].hash(clean as Required<LinkIds>);
}

/**
 * The blade a step's link opens: its own blade (the first listed) when the IDs allow, else a
 * listed fallback (the Enterprise apps list while the service principal is unknown), but a
 * fallback only once the client ID is known: before that, a step that needs the app has no link.
 */
export function stepLinkBlade(preferred: readonly BladeKind[], ids: LinkIds): BladeKind | undefined {
  const [own, ...fallbacks] = preferred;
  if (!own) return undefined;
  if (canLinkBlade(own, ids)) return own;
  return cleanIds(ids).appId ? fallbacks.find((blade) => canLinkBlade(blade, ids)) : undefined;
}

const TENANT_DOMAIN = /^[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i;

function tenantSegment(tenant: string | undefined): string | undefined {
  const value = tenant?.trim().toLowerCase();
  if (!value) return undefined;
  return isGuid(value) || TENANT_DOMAIN.test(value) ? value : undefined;
}

/** The full address of a blade on a shell, or undefined when an ID it needs is missing. */
export function portalDeepLink(blade: BladeKind, ids: LinkIds, shell: PortalShell = { host: DEFAULT_SHELL_HOST }): string | undefined {
  const hash = bladeHash(blade, ids);
  if (!hash) return undefined;
  const tenant = tenantSegment(shell.tenant);
  return `https://${shell.host}/${tenant ? `${tenant}/` : ''}#${hash}`;
}

/**
 * Legacy shells whose address is not kept: the old Azure AD admin center forwards to the Entra
 * admin center, and a forward may drop the hash, so links go to entra.microsoft.com instead.
 */
const FORWARDING_SHELLS: ReadonlySet<string> = new Set(['aad.portal.azure.com']);

/**
 * The shell a link should open on, given the address of the portal tab the admin is using (if
 * any) and the tenant the setup knows. The tab's host is kept, so the admin stays in the portal
 * they chose (Entra admin center or Azure portal); the known tenant GUID wins over the tab's pin,
 * because the app lives in that tenant (a tab pinned elsewhere would say "app not found"); without
 * one, the tab's own pin is kept.
 */
export function shellFor(tabUrl: string | undefined, knownTenant: string | undefined): PortalShell {
  const tabHost = isPortalShellUrl(tabUrl) ? (new URL(tabUrl!).hostname as PortalShell['host']) : undefined;
  const host = tabHost && !FORWARDING_SHELLS.has(tabHost) ? tabHost : DEFAULT_SHELL_HOST;
  const known = knownTenant && isGuid(knownTenant) ? knownTenant.trim().toLowerCase() : undefined;
  const tenant = known ?? (tabHost ? tabTenant(tabUrl!) : undefined);
  return tenant ? { host, tenant } : { host };
}

/** The tenant a portal tab pins, in its path or its hash, also on pages outside the flow (`#home`). */
function tabTenant(tabUrl: string): string | undefined {
  const pinned = parsePortalUrl(tabUrl)?.tenant;
  if (pinned) return pinned;
  const url = new URL(tabUrl);
  const hashPin = url.hash.match(/^#@([^/]+)/)?.[1];
  const pathPin = url.pathname.split('/').filter(Boolean)[0];
  for (const candidate of [hashPin, pathPin]) {
    try {
      const tenant = tenantSegment(candidate ? decodeURIComponent(candidate) : undefined);
      if (tenant) return tenant;
    } catch {
      // A malformed escape names no tenant.
    }
  }
  return undefined;
}
