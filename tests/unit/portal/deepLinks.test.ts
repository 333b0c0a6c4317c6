import { describe, expect, it } from 'vitest';
import { bladeHash, canLinkBlade, portalDeepLink, shellFor, stepLinkBlade, type LinkIds, type PortalShell } from '../../../utils/portal/deepLinks';
import { bladeKindOf, type BladeKind } from '../../../utils/portal/bladeKind';
import { parsePortalUrl } from '../../../utils/portal/parsePortalUrl';
import { STEPS } from '../../../utils/steps';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const SP = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const OTHER_TENANT = 'e0e0e0e0-6666-4666-8666-666666666666';
const ALL: LinkIds = { appId: APP, servicePrincipalId: SP };

describe('portalDeepLink', () => {
  it.each<[BladeKind, LinkIds, PortalShell | undefined, string | undefined]>([
    ['app-create', {}, undefined, 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false'],
    ['app-create', {}, { host: 'entra.microsoft.com', tenant: TENANT }, `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false`],
    ['app-list', {}, undefined, 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade'],
    ['app-overview', { appId: APP }, undefined, `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/isMSAApp~/false`],
    ['app-api-permissions', { appId: APP }, { host: 'portal.azure.com', tenant: TENANT }, `https://portal.azure.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${APP}/isMSAApp~/false`],
    ['app-credentials', { appId: APP.toUpperCase() }, undefined, `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}/isMSAApp~/false`],
    ['enterprise-list', {}, undefined, 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null'],
    ['enterprise-overview', ALL, undefined, `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`],
    ['enterprise-properties', ALL, { host: 'entra.microsoft.com', tenant: 'contoso.onmicrosoft.com' }, `https://entra.microsoft.com/contoso.onmicrosoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/${SP}/appId/${APP}`],
    ['enterprise-users', ALL, undefined, `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`],
    // Missing or malformed IDs give no link, never a half-built or injected address.
    ['app-credentials', {}, undefined, undefined],
    ['enterprise-properties', { appId: APP }, undefined, undefined],
    ['enterprise-users', { servicePrincipalId: SP }, undefined, undefined],
    ['app-overview', { appId: `${APP}/../../evil` }, undefined, undefined],
    ['app-overview', { appId: 'tonicdm' }, undefined, undefined],
    // A tenant that is neither a GUID nor a domain is left out rather than put in the path.
    ['app-overview', { appId: APP }, { host: 'entra.microsoft.com', tenant: '../@evil.example/x' }, `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/isMSAApp~/false`],
  ])('%s %j on %j → %s', (blade, ids, shell, expected) => {
    expect(portalDeepLink(blade, ids, shell)).toBe(expected);
  });

  const blades: BladeKind[] = ['app-list', 'app-create', 'app-overview', 'app-api-permissions', 'app-credentials', 'enterprise-list', 'enterprise-overview', 'enterprise-properties', 'enterprise-users'];
  const shells: PortalShell[] = [
    { host: 'entra.microsoft.com' },
    { host: 'portal.azure.com', tenant: TENANT },
    { host: 'ms.portal.azure.com', tenant: 'contoso.onmicrosoft.com' },
  ];
  it.each(blades.flatMap((blade) => shells.map((shell) => [blade, shell] as const)))('%s on %j parses back to the same blade, IDs and tenant', (blade, shell) => {
    const url = portalDeepLink(blade, ALL, shell)!;
    const location = parsePortalUrl(url);
    expect(bladeKindOf(location)).toBe(blade);
    expect(location?.tenant).toBe(shell.tenant);
    if (blade.startsWith('app-') && canLinkBlade(blade, {})) expect(location?.appId).toBeUndefined();
    else if (blade.startsWith('app-')) expect(location?.appId).toBe(APP);
    if (blade.startsWith('enterprise-') && blade !== 'enterprise-list') expect(location).toMatchObject({ appId: APP, objectId: SP });
  });

  it('builds hashes without the leading #', () => {
    expect(bladeHash('app-overview', { appId: APP })).toMatch(/^view\//);
  });
});

describe('shellFor: the portal tab the admin uses, and the tenant', () => {
  it.each<[string, string | undefined, string | undefined, PortalShell]>([
    ['no portal tab, no tenant', undefined, undefined, { host: 'entra.microsoft.com' }],
    ['no portal tab, tenant known', undefined, TENANT, { host: 'entra.microsoft.com', tenant: TENANT }],
    ['an Azure portal tab keeps its host', 'https://portal.azure.com/#home', undefined, { host: 'portal.azure.com' }],
    ['an Entra tab pinned to a tenant keeps its pin', `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`, undefined, { host: 'entra.microsoft.com', tenant: TENANT }],
    ['a domain pin on a page outside the flow is kept', 'https://portal.azure.com/contoso.onmicrosoft.com/#home', undefined, { host: 'portal.azure.com', tenant: 'contoso.onmicrosoft.com' }],
    ['a #@ pin is kept (as a path pin)', `https://entra.microsoft.com/#@contoso.onmicrosoft.com/view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`, undefined, { host: 'entra.microsoft.com', tenant: 'contoso.onmicrosoft.com' }],
    ['the known tenant wins over the tab\'s pin: the app lives there', `https://portal.azure.com/${OTHER_TENANT}/#home`, TENANT.toUpperCase(), { host: 'portal.azure.com', tenant: TENANT }],
    ['the legacy AAD shell forwards: links go to Entra', 'https://aad.portal.azure.com/#home', TENANT, { host: 'entra.microsoft.com', tenant: TENANT }],
    ['ms.portal.azure.com is kept', 'https://ms.portal.azure.com/#home', undefined, { host: 'ms.portal.azure.com' }],
    ['a look-alike host is not a portal tab', 'https://entra.microsoft.com.evil.example/#home', undefined, { host: 'entra.microsoft.com' }],
    ['a non-GUID known tenant is ignored', 'https://entra.microsoft.com/#home', 'common', { host: 'entra.microsoft.com' }],
  ])('%s', (_, tabUrl, tenant, expected) => {
    expect(shellFor(tabUrl, tenant)).toEqual(expected);
  });
});

describe('stepLinkBlade: the one step model decides where "Open in Entra" goes', () => {
  const links = (id: string) => STEPS.find((s) => s.id === id)!.portalLinks ?? [];
  it.each<[string, LinkIds, BladeKind | undefined]>([
    ['register', {}, 'app-create'],
    ['register', ALL, 'app-create'],
    ['copy-ids', {}, undefined],
    ['copy-ids', { appId: APP }, 'app-overview'],
    ['api-permissions', { appId: APP }, 'app-api-permissions'],
    ['admin-consent', { appId: APP }, 'app-api-permissions'],
    ['client-secret', { appId: APP }, 'app-credentials'],
    ['client-secret', {}, undefined],
    ['tonicdm-setup', ALL, undefined],
    ['assignment-required', ALL, 'enterprise-properties'],
    // Without the service principal, the list (search by name or client ID), once the app is known.
    ['assignment-required', { appId: APP }, 'enterprise-list'],
    ['assignment-required', {}, undefined],
    ['assign-users', ALL, 'enterprise-users'],
    ['assign-users', { appId: APP }, 'enterprise-list'],
    ['scope-mailboxes', ALL, undefined],
  ])('%s with %j → %s', (stepId, ids, expected) => {
    expect(stepLinkBlade(links(stepId), ids)).toBe(expected);
  });

  it('every Entra step declares a link; steps elsewhere none', () => {
    for (const step of STEPS) expect((step.portalLinks?.length ?? 0) > 0).toBe(step.site === 'entra');
  });
});
