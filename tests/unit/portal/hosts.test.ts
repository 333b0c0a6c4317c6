import { describe, expect, it } from 'vitest';
import { isPortalFrameUrl, isPortalShellUrl, PORTAL_CONTENT_MATCHES } from '../../../utils/portal/hosts';

describe('portal hosts', () => {
  it.each([
    ['https://entra.microsoft.com/#view/x', true, false],
    ['https://portal.azure.com/', true, false],
    ['https://ms.portal.azure.com/', true, false],
    ['https://aad.portal.azure.com/', true, false],
    ['https://sandbox-22-5.reactblade.portal.azure.net/React/Index', false, true],
    ['https://sandbox-8-2.reactblade-ms.portal.azure.net/React/Index', false, true],
    ['https://x.reactblade-rc.portal.azure.net/', false, true],
    ['https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/x.html?trustedAuthority=https%3A%2F%2Fentra.microsoft.com', false, true],
    ['https://reactblade.portal.azure.net/', false, false],
    ['https://evil.test/?https://entra.microsoft.com', false, false],
    ['https://entra.microsoft.com.evil.test/', false, false],
    ['https://sandbox.reactblade.portal.azure.net.evil.test/', false, false],
    ['http://entra.microsoft.com/', false, false],
    ['https://entra.microsoft.com:8443/', false, false],
    ['https://user:pw@entra.microsoft.com/', false, false],
    ['chrome-extension://abc/sidepanel.html', false, false],
  ])('%s: shell %s, frame %s', (url, shell, frame) => {
    expect(isPortalShellUrl(url)).toBe(shell);
    expect(isPortalFrameUrl(url)).toBe(frame);
  });

  it('matches shells and every frame host in the manifest', () => {
    expect(PORTAL_CONTENT_MATCHES).toEqual(
      expect.arrayContaining([
        'https://entra.microsoft.com/*',
        'https://portal.azure.com/*',
        'https://*.reactblade.portal.azure.net/*',
        'https://*.reactblade-ms.portal.azure.net/*',
        'https://*.hosting.portal.azure.net/*',
      ]),
    );
  });
});
