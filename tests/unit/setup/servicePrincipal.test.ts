import { describe, expect, it } from 'vitest';
import { applyGraphServicePrincipal, applyVisitedAddress } from '../../../utils/setup/servicePrincipal';
import { parsePortalUrl } from '../../../utils/portal/parsePortalUrl';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';
import { stepLink } from '../../../utils/setup/stepLink';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OBJ = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const SP = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const SP2 = '2b2b2b2b-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const STRANGER = '7a7a7a7a-1111-4222-8333-444455556666';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';

const known: SetupState = { ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: { clientId: APP, tenantId: TENANT, objectId: OBJ, done: {} } } };
const fromGraph: SetupState = { ...known, apps: { [APP]: { ...known.apps[APP]!, servicePrincipalId: SP, servicePrincipalFrom: 'graph' } } };
const at = (item: string, sp: string, app = APP, key = 'objectId') => parsePortalUrl(`https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${item}/${key}/${sp}/appId/${app}/preferredSingleSignOnMode~/null`);

describe('the enterprise app object ID from a visited address', () => {
  it.each<[string, SetupState, ReturnType<typeof parsePortalUrl>, string | undefined]>([
    ['Properties of the known app', known, at('Properties', SP), SP],
    ['Overview of the known app', known, at('Overview', SP), SP],
    ['Users and groups, spelled servicePrincipalId', known, at('UsersAndGroups', SP, APP, 'servicePrincipalId'), SP],
    ['another app: not recorded', known, at('Properties', SP, STRANGER), undefined],
    ["the app registration's own Object ID: not an enterprise app", known, at('Properties', OBJ), undefined],
    ['an app-registration blade: not an enterprise app', known, parsePortalUrl(`https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/${OBJ}`), undefined],
    ['outside the flow', known, parsePortalUrl(`https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${SP}/appId/${APP}`), undefined],
    ['Graph named another one: the address does not override it', fromGraph, at('Properties', SP2), SP],
  ])('%s', (_, state, location, expected) => {
    expect(applyVisitedAddress(state, location).apps[APP]?.servicePrincipalId).toBe(expected);
  });

  it('leaves the state untouched (no storage write) when nothing changes', () => {
    expect(applyVisitedAddress(known, at('Properties', STRANGER, STRANGER))).toBe(known);
    const recorded = applyVisitedAddress(known, at('Properties', SP));
    expect(applyVisitedAddress(recorded, at('Users', SP))).toBe(recorded);
  });

  it('Graph replaces an address-derived ID', () => {
    const fromPage = applyVisitedAddress(known, at('Properties', SP2));
    expect(applyGraphServicePrincipal(fromPage, APP, SP).apps[APP]).toMatchObject({ servicePrincipalId: SP, servicePrincipalFrom: 'graph' });
  });
});

describe('stepLink: the setup as it stands decides the address', () => {
  it.each<[string, SetupState, Parameters<typeof stepLink>[1], string | undefined, string | undefined]>([
    ['before any app: Register', EMPTY_SETUP, 'register', undefined, 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false'],
    ['before any app: no secret link', EMPTY_SETUP, 'client-secret', undefined, undefined],
    ['secret step, tenant pinned', known, 'client-secret', undefined, `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}/isMSAApp~/false`],
    ['on the admin\'s Azure portal tab', known, 'api-permissions', 'https://portal.azure.com/#home', `https://portal.azure.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${APP}/isMSAApp~/false`],
    ['assignment without the enterprise app: the list', known, 'assignment-required', undefined, `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null`],
    ['assignment with it: Properties', fromGraph, 'assignment-required', undefined, `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/${SP}/appId/${APP}`],
    ['users with it: Users and groups', fromGraph, 'assign-users', undefined, `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`],
    ['TonicDM: no Entra link', fromGraph, 'tonicdm-setup', undefined, undefined],
  ])('%s', (_, state, stepId, tabUrl, expected) => {
    expect(stepLink(state, stepId, tabUrl)?.url).toBe(expected);
  });
});

describe('the enterprise app object ID from Microsoft Graph', () => {
  it('rides on panel/graph-result and replaces one read from an address', async () => {
    const { applyGraphResult } = await import('../../../utils/background/handlePanelMessage');
    const { panelMessageSchema } = await import('../../../utils/messaging/protocol');
    const message = { type: 'panel/graph-result', appId: APP, tenantId: TENANT, servicePrincipalId: SP.toUpperCase(), verifiedSteps: [] };
    const parsed = panelMessageSchema.parse(message) as Parameters<typeof applyGraphResult>[1] & { type: string };
    expect(parsed.servicePrincipalId).toBe(SP);
    const fromPage = applyVisitedAddress(known, at('Properties', SP2));
    expect(applyGraphResult(fromPage, parsed, 5).apps[APP]).toMatchObject({ servicePrincipalId: SP, servicePrincipalFrom: 'graph' });
    expect(panelMessageSchema.safeParse({ ...message, servicePrincipalId: 'not-a-guid' }).success).toBe(false);
  });
});

describe("the enterprise app object ID from Graph's setup snapshot", () => {
  it('is taken when the result carries only the snapshot', async () => {
    const { applyGraphResult } = await import('../../../utils/background/handlePanelMessage');
    const { panelMessageSchema } = await import('../../../utils/messaging/protocol');
    const parsed = panelMessageSchema.parse({ type: 'panel/graph-result', appId: APP, tenantId: TENANT, verifiedSteps: [], graph: { checkedAt: 1, servicePrincipalId: SP } });
    expect(applyGraphResult(known, parsed as Parameters<typeof applyGraphResult>[1], 5).apps[APP]).toMatchObject({ servicePrincipalId: SP, servicePrincipalFrom: 'graph' });
  });
});
