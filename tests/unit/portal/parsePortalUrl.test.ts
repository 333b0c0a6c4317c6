import { describe, expect, it } from 'vitest';
import { parsePortalUrl } from '../../../utils/portal/parsePortalUrl';
import { bladeKindOf } from '../../../utils/portal/bladeKind';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OBJ = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const SP = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';

describe('parsePortalUrl', () => {
  it.each([
    {
      name: 'overview after Register (view form, full keys)',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/${OBJ}/isMSAApp~/false/defaultBlade/Overview/appSignInAudience/AzureADMyOrg/servicePrincipalCreated~/true`,
      expected: { extension: 'Microsoft_AAD_RegisteredApps', blade: 'ApplicationMenuBlade', menuItem: 'Overview', appId: APP, objectId: OBJ, appSignInAudience: 'AzureADMyOrg' },
      kind: 'app-overview',
    },
    {
      name: 'tenant-pinned path',
      url: `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${APP}`,
      expected: { tenant: TENANT, menuItem: 'CallAnAPI', appId: APP },
      kind: 'app-api-permissions',
    },
    {
      name: 'domain-pinned path on the Azure portal',
      url: `https://portal.azure.com/contoso.onmicrosoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`,
      expected: { tenant: 'contoso.onmicrosoft.com', menuItem: 'Credentials' },
      kind: 'app-credentials',
    },
    {
      name: '#@tenant link (GUID) with the view after it',
      url: `https://entra.microsoft.com/#@${TENANT.toUpperCase()}/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`,
      expected: { tenant: TENANT, extension: 'Microsoft_AAD_RegisteredApps', menuItem: 'Overview', appId: APP },
      kind: 'app-overview',
    },
    {
      name: '#@tenant link (domain) on the Azure portal',
      url: `https://portal.azure.com/#@Contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}/isMSAApp~/false`,
      expected: { tenant: 'contoso.onmicrosoft.com', menuItem: 'Credentials', appId: APP },
      kind: 'app-credentials',
    },
    {
      name: '#@tenant before a legacy #blade link',
      url: `https://portal.azure.com/#@${TENANT}/blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/CallAnAPI/appId/${APP}`,
      expected: { tenant: TENANT, menuItem: 'CallAnAPI' },
      kind: 'app-api-permissions',
    },
    {
      name: '#@tenant wins over a tenant in the path',
      url: `https://entra.microsoft.com/contoso.onmicrosoft.com/#@${TENANT}/view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`,
      expected: { tenant: TENANT },
      kind: 'app-list',
    },
    {
      name: 'query before the hash',
      url: `https://entra.microsoft.com/?culture=en-us&country=us#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}/objectId/${OBJ}`,
      expected: { menuItem: 'Credentials', appId: APP, objectId: OBJ, tenant: undefined },
      kind: 'app-credentials',
    },
    {
      name: 'legacy #blade form with positional menu item',
      url: `https://portal.azure.com/#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Overview/appId/${APP}`,
      expected: { blade: 'ApplicationMenuBlade', menuItem: 'Overview', appId: APP },
      kind: 'app-overview',
    },
    {
      name: 'legacy #blade form for API permissions',
      url: `https://portal.azure.com/#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/CallAnAPI/appId/${APP}/objectId/${OBJ}`,
      expected: { menuItem: 'CallAnAPI', appId: APP, objectId: OBJ },
      kind: 'app-api-permissions',
    },
    {
      name: 'menu blade opened with defaultBlade only',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/appId/${APP}/defaultBlade/Overview`,
      expected: { menuItem: undefined, appId: APP },
      kind: 'app-overview',
    },
    {
      name: 'upper-case GUIDs are lower-cased',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP.toUpperCase()}`,
      expected: { appId: APP },
      kind: 'app-overview',
    },
    {
      name: 'encoded segments are decoded',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/displayName/TonicDM%20Office%20365%20Token`,
      expected: { params: expect.objectContaining({ displayName: 'TonicDM Office 365 Token' }) },
      kind: 'app-overview',
    },
    {
      name: 'multi-tenant audience',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/appSignInAudience/AzureADMultipleOrgs`,
      expected: { appSignInAudience: 'AzureADMultipleOrgs' },
      kind: 'app-overview',
    },
    {
      name: 'unknown audience is ignored',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/appSignInAudience/Whatever`,
      expected: { appSignInAudience: undefined },
      kind: 'app-overview',
    },
    {
      name: 'app registrations list',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      expected: { blade: 'ApplicationsListBlade', menuItem: undefined },
      kind: 'app-list',
    },
    {
      name: 'app registrations inside the directory menu',
      url: 'https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps',
      expected: { menuItem: 'RegisteredApps' },
      kind: 'app-list',
    },
    {
      name: 'new registration',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false',
      expected: { blade: 'CreateApplicationBlade', params: { 'quickStartType~': 'null', 'isMSAApp~': 'false' } },
      kind: 'app-create',
    },
    {
      name: 'enterprise apps list',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
      expected: { menuItem: 'AppAppsPreview' },
      kind: 'enterprise-list',
    },
    {
      name: 'enterprise app properties (service principal object id)',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/${SP}/appId/${APP}`,
      expected: { menuItem: 'Properties', objectId: SP, appId: APP },
      kind: 'enterprise-properties',
    },
    {
      name: 'enterprise users and groups',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`,
      expected: { menuItem: 'Users' },
      kind: 'enterprise-users',
    },
    {
      name: 'enterprise users and groups, servicePrincipalId variant',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/UsersAndGroups/servicePrincipalId/${SP}/appId/${APP}`,
      expected: { objectId: SP },
      kind: 'enterprise-users',
    },
    {
      name: 'enterprise overview',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode~/null`,
      expected: { menuItem: 'Overview' },
      kind: 'enterprise-overview',
    },
    {
      name: 'a blade outside the flow',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers',
      expected: { menuItem: 'AllUsers' },
      kind: undefined,
    },
    {
      name: 'another app menu item (Authentication) is outside the flow',
      url: `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/${APP}`,
      expected: { menuItem: 'Authentication' },
      kind: undefined,
    },
  ])('$name', ({ url, expected, kind }) => {
    const parsed = parsePortalUrl(url);
    expect(parsed).toMatchObject(expected);
    expect(bladeKindOf(parsed)).toBe(kind);
  });

  it.each([
    ['a home page without a hash', 'https://entra.microsoft.com/'],
    ['a hash that is not a view', 'https://entra.microsoft.com/#home'],
    ['http', `http://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`],
    ['a lookalike host', `https://entra.microsoft.com.evil.test/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`],
    ['a frame host', `https://sandbox-22-5.reactblade.portal.azure.net/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`],
    ['an #@tenant hash without a view', `https://entra.microsoft.com/#@${TENANT}`],
    ['an #@ hash with an empty tenant and no view', 'https://entra.microsoft.com/#@/home'],
    ['not a URL', 'entra'],
    ['nothing', undefined],
  ])('rejects %s', (_name, url) => {
    expect(parsePortalUrl(url)).toBeUndefined();
  });
});
