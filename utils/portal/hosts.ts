/**
 * Which origins the extension works on. Portal shells host the blades; the frame hosts serve
 * the ReactView and extension iframes that many blades render in (both need content scripts,
 * since each frame is matched on its own URL).
 */

/** Top-level portal documents. `ms.` and `aad.` are older or internal shells of the same app. */
export const PORTAL_SHELL_HOSTS = [
  'entra.microsoft.com',
  'portal.azure.com',
  'ms.portal.azure.com',
  'aad.portal.azure.com',
] as const;

/** Suffixes of the hosts that serve portal iframes (sandbox-N.reactblade…, <ext>.hosting…). */
export const PORTAL_FRAME_HOST_SUFFIXES = [
  '.reactblade.portal.azure.net',
  '.reactblade-ms.portal.azure.net',
  '.reactblade-rc.portal.azure.net',
  '.hosting.portal.azure.net',
] as const;

export const PORTAL_CONTENT_MATCHES = [
  ...PORTAL_SHELL_HOSTS.map((host) => `https://${host}/*`),
  ...PORTAL_FRAME_HOST_SUFFIXES.map((suffix) => `https://*${suffix}/*`),
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

/** True for an https URL on a portal frame host (a real subdomain, never the bare suffix). */
export function isPortalFrameUrl(url: string | undefined): boolean {
  const parsed = parseHttps(url);
  if (!parsed) return false;
  return PORTAL_FRAME_HOST_SUFFIXES.some((suffix) => {
    const host = parsed.hostname;
    return host.endsWith(suffix) && host.length > suffix.length && !host.slice(0, -suffix.length).includes('..');
  });
}

export function isPortalUrl(url: string | undefined): boolean {
  return isPortalShellUrl(url) || isPortalFrameUrl(url);
}
