/**
 * Which origins the extension works on. Portal shells host the blades; the frame hosts serve
 * the ReactView and extension iframes that the setup blades render in (both need content
 * scripts, since each frame is matched on its own URL).
 *
 * Frame hosts are the few that serve the setup blades, not the portal's whole `*.hosting…`
 * family: any portal extension (including third-party ones) gets a `<name>.hosting.portal.azure.net`
 * host, and a frame there must never be able to report a client ID, tenant ID or secret.
 */

/** Top-level portal documents. `ms.` and `aad.` are older or internal shells of the same app. */
export const PORTAL_SHELL_HOSTS = [
  'entra.microsoft.com',
  'portal.azure.com',
  'ms.portal.azure.com',
  'aad.portal.azure.com',
] as const;

/**
 * Portal extension hosts of the setup blades: App registrations (API permissions renders here)
 * and Enterprise applications. `hosting-ms` serves the same extensions to ms.portal.azure.com.
 */
export const BLADE_EXTENSION_HOSTS = [
  'registeredapps.hosting.portal.azure.net',
  'iam.hosting.portal.azure.net',
  'registeredapps.hosting-ms.portal.azure.net',
  'iam.hosting-ms.portal.azure.net',
] as const;

/** ReactView hosts. Match patterns can only wildcard the whole first label, so the sender check narrows to `sandbox-…`. */
export const REACTBLADE_HOST_SUFFIXES = ['.reactblade.portal.azure.net', '.reactblade-ms.portal.azure.net', '.reactblade-rc.portal.azure.net'] as const;

/** `sandbox-22-5`, `sandbox-8`, …: the only first labels ReactView frames are served from. */
const SANDBOX_LABEL = /^sandbox(?:-\d{1,4}){1,3}$/;

export const PORTAL_CONTENT_MATCHES = [
  ...PORTAL_SHELL_HOSTS.map((host) => `https://${host}/*`),
  ...BLADE_EXTENSION_HOSTS.map((host) => `https://${host}/*`),
  ...REACTBLADE_HOST_SUFFIXES.map((suffix) => `https://*${suffix}/*`),
];

export const TONICDM_ORIGIN = 'https://app.tonicdm.com';
export const TONICDM_SETTINGS_URL = `${TONICDM_ORIGIN}/organization-settings`;
export const TONICDM_CONTENT_MATCHES = [`${TONICDM_ORIGIN}/*`];

function parseHttps(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password && !parsed.port
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

/** True for an https URL whose host is exactly one of the portal shells. */
export function isPortalShellUrl(url: string | undefined): boolean {
  const parsed = parseHttps(url);
  return !!parsed && (PORTAL_SHELL_HOSTS as readonly string[]).includes(parsed.hostname);
}

/**
 * True for an https URL on a host that serves setup blades in frames: one of the two portal
 * extension hosts, or a ReactView sandbox (`sandbox-N[-M].reactblade….portal.azure.net`).
 */
export function isBladeFrameUrl(url: string | undefined): boolean {
  const parsed = parseHttps(url);
  if (!parsed) return false;
  const host = parsed.hostname;
  if ((BLADE_EXTENSION_HOSTS as readonly string[]).includes(host)) return true;
  const suffix = REACTBLADE_HOST_SUFFIXES.find((s) => host.endsWith(s));
  return !!suffix && SANDBOX_LABEL.test(host.slice(0, -suffix.length));
}

export function isPortalUrl(url: string | undefined): boolean {
  return isPortalShellUrl(url) || isBladeFrameUrl(url);
}

/**
 * Any host of the portal family, including framework hosts the extension does not work on.
 * Such a host is never a TonicDM fill target, whatever the stored settings say.
 */
export function isPortalFamilyUrl(url: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return false;
  }
  return (PORTAL_SHELL_HOSTS as readonly string[]).includes(host) || /(^|\.)portal\.azure\.(net|com)$/.test(host);
}
