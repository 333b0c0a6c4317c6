/**
 * Reads a portal address into the blade it shows. Both hash grammars are in use:
 *   #view/<Extension>/<Blade>[/~/<MenuItem>]/<key>/<value>/…   (current)
 *   #blade/<Extension>/<Blade>/<MenuItem>/<key>/<value>/…      (legacy links)
 * A tenant may be pinned in the path (`/<tenant>/#view/…`) or at the start of the hash
 * (`#@<tenant>/view/…`, the form shared links and libraries emit), and a query may precede the
 * hash, so the hash is taken from `new URL()`, never by regex on the whole address.
 */
import { isPortalShellUrl } from './hosts';
import { isGuid } from '../values/guid';

export interface PortalLocation {
  /** Portal extension, e.g. Microsoft_AAD_RegisteredApps. */
  extension: string;
  /** Blade name, e.g. ApplicationMenuBlade. */
  blade: string;
  /** Selected left-menu item (the segment after `~/`, or the legacy positional item). */
  menuItem?: string;
  /** Tenant pinned in the path or the hash (`#@…`): a GUID or a domain, lower-cased. */
  tenant?: string;
  appId?: string;
  objectId?: string;
  appSignInAudience?: string;
  /** Every key/value pair of the hash, values decoded; keys ending in `~` keep the `~`. */
  params: Record<string, string>;
}

const AUDIENCES = new Set([
  'AzureADMyOrg',
  'AzureADMultipleOrgs',
  'AzureADandPersonalMicrosoftAccount',
  'PersonalMicrosoftAccount',
]);

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function tenantFromSegment(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  const value = decode(segment);
  if (isGuid(value)) return value.toLowerCase();
  // A verified domain such as contoso.onmicrosoft.com.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value) ? value.toLowerCase() : undefined;
}

/** Legacy `#blade/` menu blades name the selected item positionally, right after the blade. */
function isMenuBlade(blade: string): boolean {
  return /MenuBlade$/.test(blade);
}

export function parsePortalUrl(href: string | undefined): PortalLocation | undefined {
  if (!href || !isPortalShellUrl(href)) return undefined;
  const url = new URL(href);
  const hash = url.hash.replace(/^#/, '');
  const segments = hash.split('/').filter((s) => s.length > 0);
  const hashTenant = segments[0]?.startsWith('@') ? tenantFromSegment(segments.shift()!.slice(1)) : undefined;
  const form = segments.shift();
  if (form !== 'view' && form !== 'blade') return undefined;
  const extension = segments.shift();
  const blade = segments.shift();
  if (!extension || !blade) return undefined;

  let menuItem: string | undefined;
  if (segments[0] === '~') {
    segments.shift();
    menuItem = segments.shift();
  } else if (form === 'blade' && isMenuBlade(blade) && segments.length % 2 === 1) {
    // #blade/…/ApplicationMenuBlade/Overview/appId/<g>: an odd count means a leading item.
    menuItem = segments.shift();
  }

  const params: Record<string, string> = {};
  for (let i = 0; i + 1 < segments.length; i += 2) {
    const key = decode(segments[i]!);
    if (!(key in params)) params[key] = decode(segments[i + 1]!);
  }

  const guidParam = (key: string) => {
    const value = params[key];
    return value && isGuid(value) ? value.toLowerCase() : undefined;
  };
  const audience = params.appSignInAudience;

  return {
    extension: decode(extension),
    blade: decode(blade),
    menuItem: menuItem ? decode(menuItem) : undefined,
    tenant: hashTenant ?? tenantFromSegment(url.pathname.split('/').filter(Boolean)[0]),
    appId: guidParam('appId'),
    objectId: guidParam('objectId') ?? guidParam('servicePrincipalId'),
    appSignInAudience: audience && AUDIENCES.has(audience) ? audience : undefined,
    params,
  };
}
