import { describe, expect, it } from 'vitest';
import { frameBladeFamily, frameFitsBlade } from '../../../utils/portal/bladeKind';

const REACT = 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index';
const API = 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/ApiPermissions/Index.html?extensionName=Microsoft_AAD_RegisteredApps&bladeName=CallAnAPIBlade&l=en.en-us';
const EXT = 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/Index.html?extensionName=Microsoft_AAD_RegisteredApps&trustedAuthority=https%3A%2F%2Fentra.microsoft.com';

describe('frameBladeFamily', () => {
  it.each([
    ['API permissions FrameBlade by its path and blade name', API, '', 'api-permissions'],
    ['a ReactView named after Certificates & secrets', `${REACT}?reactView=Microsoft_AAD_RegisteredApps.ApplicationMenuBlade.Credentials`, '', 'credentials'],
    ['a frame name alone', REACT, 'ApplicationMenuCredentials.ReactView', 'credentials'],
    ['the API permissions frame name', REACT, 'RegisteredApps.CallAnAPI.FrameBlade', 'api-permissions'],
    ['an enterprise Users ReactView', `${REACT}?reactView=Microsoft_AAD_IAM.ManagedAppMenuBlade.Users`, '', 'users'],
    ['Properties', REACT, 'ManagedAppMenuProperties.ReactView', 'properties'],
    ['the pre-warmed extension frame names nothing', EXT, 'Microsoft_AAD_RegisteredApps', undefined],
    ['a bare ReactView names nothing', REACT, '', undefined],
    ['two parts named at once is no evidence', `${REACT}?reactView=ApplicationMenuBlade.Credentials&defaultBlade=Overview`, '', undefined],
    ['the host is never read (registeredapps is not a blade)', 'https://registeredapps.hosting.portal.azure.net/', '', undefined],
    ['not a URL', 'nonsense', 'ApplicationMenuOverview.ReactView', 'overview'],
  ])('%s', (_name, url, name, family) => {
    expect(frameBladeFamily(url, name)).toBe(family);
  });
});

describe('frameFitsBlade', () => {
  it.each([
    ['a neutral frame fits the tab\'s blade', 'app-credentials', REACT, '', true],
    ['its own blade fits', 'app-api-permissions', API, '', true],
    ['a leftover API permissions frame is not Certificates & secrets', 'app-credentials', API, '', false],
    ['an Overview frame is not Certificates & secrets', 'app-credentials', REACT, 'ApplicationMenuOverview.ReactView', false],
    ['Overview fits the enterprise Overview too', 'enterprise-overview', REACT, 'ManagedAppMenuOverview.ReactView', true],
    ['outside the flow nothing fits', undefined, REACT, '', false],
  ] as const)('%s', (_name, blade, url, name, fits) => {
    expect(frameFitsBlade(blade, url, name)).toBe(fits);
  });
});
