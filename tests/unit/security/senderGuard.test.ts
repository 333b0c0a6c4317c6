import { describe, expect, it } from 'vitest';
import { isExtensionPageSender, isPortalSender, isTonicdmSender } from '../../../utils/security/senderGuard';

const ID = 'ndidbljncjdglldbnmopdecoogmknlno';
const EXT = `chrome-extension://${ID}`;
const shellTab = { id: 7, url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview' };

describe('isPortalSender', () => {
  it.each([
    ['top shell frame', { id: ID, tab: shellTab, frameId: 0, url: shellTab.url }, true],
    ['reactblade frame', { id: ID, tab: shellTab, frameId: 3, url: 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index' }, true],
    ['hosting frame', { id: ID, tab: shellTab, frameId: 4, url: 'https://registeredapps.hosting.portal.azure.net/x' }, true],
    ['another extension', { id: 'other', tab: shellTab, frameId: 0, url: shellTab.url }, false],
    ['no tab', { id: ID, frameId: 0, url: shellTab.url }, false],
    ['an ad iframe inside the portal', { id: ID, tab: shellTab, frameId: 5, url: 'https://ads.example.test/' }, false],
    ['a frame host in a non-portal tab', { id: ID, tab: { id: 8, url: 'https://evil.test/' }, frameId: 2, url: 'https://x.reactblade.portal.azure.net/' }, false],
    ['a top frame on a frame host', { id: ID, tab: { id: 8, url: 'https://x.reactblade.portal.azure.net/' }, frameId: 0, url: 'https://x.reactblade.portal.azure.net/' }, false],
    ['http shell', { id: ID, tab: { id: 9, url: 'http://entra.microsoft.com/' }, frameId: 0, url: 'http://entra.microsoft.com/' }, false],
  ])('%s', (_n, sender, ok) => expect(isPortalSender(sender, ID)).toBe(ok));
});

describe('isTonicdmSender', () => {
  const tab = { id: 3, url: 'https://app.tonicdm.com/organization-settings' };
  it.each([
    ['top frame on the exact origin', { id: ID, tab, frameId: 0, url: tab.url }, true],
    ['a subframe', { id: ID, tab, frameId: 2, url: tab.url }, false],
    ['lookalike host', { id: ID, tab, frameId: 0, url: 'https://app.tonicdm.com.example.test/organization-settings' }, false],
    ['http', { id: ID, tab, frameId: 0, url: 'http://app.tonicdm.com/organization-settings' }, false],
    ['other subdomain', { id: ID, tab, frameId: 0, url: 'https://www.tonicdm.com/' }, false],
    ['an added origin', { id: ID, tab, frameId: 0, url: 'https://eu.tonicdm.example/' }, true],
  ])('%s', (_n, sender, ok) => expect(isTonicdmSender(sender, ID, ['https://app.tonicdm.com', 'https://eu.tonicdm.example'])).toBe(ok));
});

describe('isExtensionPageSender', () => {
  it.each([
    ['side panel', { id: ID, url: `${EXT}/sidepanel.html`, origin: EXT }, true],
    ['side panel opened in a tab', { id: ID, url: `${EXT}/sidepanel.html`, tab: { id: 1, url: `${EXT}/sidepanel.html` } }, true],
    ['content script', { id: ID, url: 'https://entra.microsoft.com/', tab: { id: 2, url: 'https://entra.microsoft.com/' } }, false],
    ['lookalike origin', { id: ID, url: `chrome-extension://${ID}.evil.com/x`, origin: `chrome-extension://${ID}.evil.com` }, false],
    ['data URL', { id: ID, url: 'data:text/html,hi' }, false],
    ['another extension', { id: 'other', url: `chrome-extension://other/x` }, false],
  ])('%s', (_n, sender, ok) => expect(isExtensionPageSender(sender, ID, EXT)).toBe(ok));
});
