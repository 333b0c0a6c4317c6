import { describe, expect, it } from 'vitest';
import { isBladeFrameUrl, isPortalFamilyUrl, isPortalShellUrl, PORTAL_CONTENT_MATCHES } from '../../../utils/portal/hosts';

describe('portal hosts', () => {
  it.each([
    ['https://entra.microsoft.com/#view/x', true, false],
    ['https://portal.azure.com/', true, false],
    ['https://ms.portal.azure.com/', true, false],
    ['https://aad.portal.azure.com/', true, false],
    ['https://sandbox-22-5.reactblade.portal.azure.net/React/Index', false, true],
    ['https://sandbox-8-2.reactblade-ms.portal.azure.net/React/Index', false, true],
    ['https://sandbox-3.reactblade-rc.portal.azure.net/React/Index', false, true],
    ['https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/x.html?trustedAuthority=https%3A%2F%2Fentra.microsoft.com', false, true],
    ['https://iam.hosting.portal.azure.net/iam/Content/x.html', false, true],
    ['https://registeredapps.hosting-ms.portal.azure.net/registeredapps/Content/x.html', false, true],
    // Any portal extension gets a hosting host: only the two of the setup blades may report values.
    ['https://anything.hosting.portal.azure.net/x', false, false],
    ['https://hosting.portal.azure.net/x', false, false],
    ['https://evil.reactblade.portal.azure.net/React/Index', false, false],
    ['https://sandbox-1.evil.reactblade.portal.azure.net/', false, false],
    ['https://x.reactblade-rc.portal.azure.net/', false, false],
    ['https://reactblade.portal.azure.net/', false, false],
    ['https://evil.test/?https://entra.microsoft.com', false, false],
    ['https://entra.microsoft.com.evil.test/', false, false],
    ['https://sandbox-1.reactblade.portal.azure.net.evil.test/', false, false],
    ['https://registeredapps.hosting.portal.azure.net.evil.test/', false, false],
    ['http://entra.microsoft.com/', false, false],
    ['http://registeredapps.hosting.portal.azure.net/', false, false],
    ['https://entra.microsoft.com:8443/', false, false],
    ['https://user:pw@entra.microsoft.com/', false, false],
    ['chrome-extension://abc/sidepanel.html', false, false],
  ])('%s: shell %s, blade frame %s', (url, shell, frame) => {
    expect(isPortalShellUrl(url)).toBe(shell);
    expect(isBladeFrameUrl(url)).toBe(frame);
  });

  it('matches the shells and only the blade frame hosts in the manifest', () => {
    expect(PORTAL_CONTENT_MATCHES.sort()).toEqual(
      [
        'https://entra.microsoft.com/*',
        'https://portal.azure.com/*',
        'https://ms.portal.azure.com/*',
        'https://aad.portal.azure.com/*',
        'https://registeredapps.hosting.portal.azure.net/*',
        'https://iam.hosting.portal.azure.net/*',
        'https://registeredapps.hosting-ms.portal.azure.net/*',
        'https://iam.hosting-ms.portal.azure.net/*',
        'https://*.reactblade.portal.azure.net/*',
        'https://*.reactblade-ms.portal.azure.net/*',
        'https://*.reactblade-rc.portal.azure.net/*',
      ].sort(),
    );
    expect(PORTAL_CONTENT_MATCHES).not.toContain('https://*.hosting.portal.azure.net/*');
  });

  it.each([
    ['https://entra.microsoft.com', true],
    ['https://anything.hosting.portal.azure.net', true],
    ['https://portal.azure.net', true],
    ['https://ms.portal.azure.com', true],
    ['https://app.tonicdm.com', false],
    ['https://portal.azure.com.evil.test', false],
    ['not a url', false],
  ])('%s is a portal-family host: %s', (url, family) => {
    expect(isPortalFamilyUrl(url)).toBe(family);
  });
});
