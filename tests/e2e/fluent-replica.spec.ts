/**
 * Proves the Fluent UI replica behaves like the portal, without the extension: the setup end to
 * end, the address-bar hashes, the frames and their hosts, the once-only Value, and the
 * consent variants. Everything is read by role and accessible name.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from './support/extension';
import { GRAPH_PERMISSIONS, permissionGroup } from '../fixtures/fluent/src/shared/catalog';
import { activeBlade, routeFluentReplica, type FluentReplicaOptions } from './support/fluentReplica';
import { addClientSecret, addGraphApplicationPermissions, assignPrincipal, command, dismissToasts, grantConsent, menuItem, registerApp, requireAssignment, SECRET_VALUE } from './support/fluentPortal';

const APP_NAME = 'TonicDM Office 365 Token';
const ROLES = ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'];
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;

let browser: Browser;
let context: BrowserContext;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
test.afterAll(async () => browser.close());
test.beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
});
test.afterEach(async () => context.close());

async function open(options: FluentReplicaOptions = {}) {
  const replica = await routeFluentReplica(context, options);
  const portal = await context.newPage();
  return { replica, portal };
}

test('the whole setup, as an admin clicks it', async () => {
  const { replica, portal } = await open();
  await portal.goto(replica.urls.appList);
  await registerApp(portal, APP_NAME);
  const appId = /appId\/([0-9a-f-]{36})/.exec(portal.url())![1]!;
  const blade = activeBlade(portal);
  await expect(blade.getByRole('region', { name: 'Essentials' })).toContainText(appId);

  await dismissToasts(portal);
  await menuItem(portal, 'API permissions').click();
  await expect(portal).toHaveURL(/~\/CallAnAPI\//);
  await addGraphApplicationPermissions(portal, ROLES);
  await grantConsent(portal);

  await dismissToasts(portal);
  await menuItem(portal, 'Certificates & secrets').click();
  const value = await addClientSecret(portal, 'TonicDM Office365 Secret');
  expect(value).toMatch(SECRET_VALUE);
  expect(value).toHaveLength(40);

  const sp = (await replica.state(portal)).directory.servicePrincipals.find((s) => s.appId === appId)!;
  await portal.goto(replica.urls.entMenu('Properties', sp));
  await requireAssignment(portal);
  await dismissToasts(portal);
  await menuItem(portal, 'Users and groups').click();
  await assignPrincipal(portal, 'Adele Vance');
  const state = (await replica.state(portal)).directory;
  const saved = state.servicePrincipals.find((s) => s.id === sp.id)!;
  expect(saved.assignmentRequired).toBe(true);
  expect(saved.assignments).toHaveLength(1);
  const app = state.apps.find((a) => a.appId === appId)!;
  expect(app.permissions.filter((p) => p.type === 'Application' && p.granted).map((p) => p.name).sort()).toEqual([...ROLES].sort());
  expect(app.secrets[0]!.keyId).toMatch(GUID);
});

test('addresses and frames: the portal\'s hashes, one active frame per blade on its real host, pre-warmed hidden frames', async () => {
  const { replica, portal } = await open();
  await portal.goto(replica.urls.appList);
  const frames = () =>
    portal.locator('iframe').evaluateAll((els) =>
      els.map((el) => ({ cls: el.className, name: el.getAttribute('name'), src: (el as HTMLIFrameElement).src })),
    );
  const activeSrc = async () => new URL((await portal.locator('iframe.fxs-reactview-frame-active').getAttribute('src'))!);

  await expect.poll(async () => (await activeSrc()).hostname).toBe('sandbox-8-2.reactblade.portal.azure.net');
  const first = await frames();
  expect(first.filter((f) => f.cls.includes('fxs-reactview-frame-active'))).toHaveLength(1);
  const hidden = first.filter((f) => f.cls.includes('fxs-display-none'));
  expect(hidden.map((f) => new URL(f.src).hostname).sort()).toEqual(['iam.hosting.portal.azure.net', 'registeredapps.hosting.portal.azure.net']);
  for (const f of first) {
    const url = new URL(f.src);
    expect(url.searchParams.get('l')).toBe('en.en-us');
    expect(url.searchParams.get('trustedAuthority')).toBe('https://entra.microsoft.com');
  }
  await expect(portal.locator('iframe.fxs-reactview-frame-active')).toHaveAttribute('name', 'ApplicationsList.ReactView');

  await registerApp(portal, APP_NAME);
  const state = (await replica.state(portal)).directory;
  const app = state.apps.find((a) => a.displayName === APP_NAME)!;
  expect(new URL(portal.url()).hash).toBe(
    `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/quickStartType~/null/sourceType/Microsoft_AAD_IAM/appId/${app.appId}/objectId/${app.objectId}/isMSAApp~/false/defaultBlade/Overview/appSignInAudience/AzureADMyOrg/servicePrincipalCreated~/true`,
  );
  expect(app.appId).toMatch(GUID);
  expect(app.objectId).toMatch(GUID);
  expect((await activeSrc()).hostname).toBe('registeredapps.hosting.portal.azure.net');
  expect((await activeSrc()).href).toContain('Microsoft_AAD_RegisteredApps');

  await dismissToasts(portal);
  await menuItem(portal, 'API permissions').click();
  await expect(portal).toHaveURL(/\/ApplicationMenuBlade\/~\/CallAnAPI\/quickStartType~\/null\//);
  await expect(portal.locator('iframe.fxs-reactview-frame-active')).toHaveAttribute('name', 'CallAnAPI.ReactView');
  await menuItem(portal, 'Certificates & secrets').click();
  await expect(portal).toHaveURL(/\/ApplicationMenuBlade\/~\/Credentials\//);
  expect((await activeSrc()).hostname).toBe('registeredapps.hosting.portal.azure.net');

  const sp = state.servicePrincipals.find((s) => s.appId === app.appId)!;
  await portal.goto(replica.urls.entMenu('Properties', sp));
  expect(new URL(portal.url()).hash).toBe(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/${sp.id}/appId/${app.appId}`);
  await expect.poll(async () => (await activeSrc()).hostname).toBe('iam.hosting.portal.azure.net');
  await menuItem(portal, 'Users and groups').click();
  await expect(portal).toHaveURL(new RegExp(`ManagedAppMenuBlade/~/Users/objectId/${sp.id}/appId/${app.appId}$`));
  await expect(portal.locator('h2')).toHaveText(`${APP_NAME} | Users and groups`);
  expect(await frames()).toHaveLength(3);
});

test('Register: the account types are a dropdown with the 2025 labels, single tenant first and chosen', async () => {
  const { replica, portal } = await open();
  await portal.goto(replica.urls.create);
  const blade = activeBlade(portal);
  const accountTypes = blade.getByRole('combobox', { name: 'Who can use this application or access this API?' });
  await expect(accountTypes).toHaveText(/^Single tenant only - Contoso/);
  await accountTypes.click();
  // Fluent v9 renders the listbox in a portal at the end of <body>, outside the form.
  await expect(blade.getByRole('option')).toHaveText(['Single tenant only - Contoso', 'Multiple Entra ID tenants', 'Any Entra ID Tenant + Personal Microsoft accounts', 'Personal accounts only']);
  await expect(blade.getByRole('option', { name: 'Single tenant only - Contoso' })).toHaveAttribute('aria-selected', 'true');
  await blade.getByRole('option', { name: 'Multiple Entra ID tenants' }).click();
  await blade.getByRole('textbox', { name: 'Name' }).fill('Multi');
  await blade.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(portal).toHaveURL(/appSignInAudience\/AzureADMultipleOrgs\//);
  await expect(activeBlade(portal).getByRole('region', { name: 'Essentials' })).toContainText('Multiple Entra ID tenants');
});

test('Register, older wording: radios, and an empty name is refused', async () => {
  const { replica, portal } = await open({ variants: { accountTypes: 'radios' } });
  await portal.goto(replica.urls.create);
  const blade = activeBlade(portal);
  await expect(blade.getByRole('radio', { name: 'Accounts in this organizational directory only (Contoso only - Single tenant)' })).toBeChecked();
  await expect(blade.getByRole('radio')).toHaveCount(4);
  await blade.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(blade.getByText('The application name cannot be empty.')).toBeVisible();
  await expect(portal).toHaveURL(/CreateApplicationBlade/);
});

test('Request API permissions: rows picked by aria-selected with no checkbox; a group header row selects its group', async () => {
  const { replica, portal } = await open({ apps: [{}] });
  const app = replica.directory.apps[0]!;
  await portal.goto(replica.urls.appMenu('CallAnAPI', app.appId));
  const blade = activeBlade(portal);
  await command(blade, 'Add a permission').click();
  const pane = blade.getByRole('dialog', { name: 'Request API permissions' });
  await pane.getByRole('button', { name: /^Microsoft Graph/ }).click();
  await pane.getByText('Application permissions', { exact: true }).click();
  const grid = pane.getByRole('grid', { name: 'Select permissions' });
  // Groups start collapsed, and the long list is virtualised: far fewer rows than permissions.
  const groups = new Set(GRAPH_PERMISSIONS.filter((p) => p.type === 'Application').map((p) => permissionGroup(p.name))).size;
  const rendered = await grid.getByRole('row', { expanded: false }).count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(groups);
  await expect(grid.getByRole('button', { name: 'expand or collapse group' }).first()).toHaveAttribute('aria-expanded', 'false');
  await pane.getByRole('searchbox', { name: 'Start typing a permission to filter these results' }).fill('MailboxSettings');
  const group = grid.getByRole('row', { name: /^MailboxSettings ?\(2\)/ });
  await group.getByRole('button', { name: 'expand or collapse group' }).click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  const readWrite = grid.getByRole('row', { name: /^MailboxSettings\.ReadWrite / });
  await expect(readWrite).toHaveAttribute('aria-selected', 'false');
  expect(await grid.getByRole('checkbox').count()).toBe(0);
  expect(await readWrite.locator('label').textContent()).toBe('MailboxSettings.ReadWrite');
  await readWrite.locator('label').click();
  await expect(readWrite).toHaveAttribute('aria-selected', 'true');
  await expect(pane.getByRole('button', { name: 'Add permissions' })).toBeEnabled();
  // Picks survive the filter: shown again, still picked.
  await pane.getByRole('searchbox').fill('User.Read.All');
  await pane.getByRole('searchbox').fill('MailboxSettings');
  await expect(readWrite).toHaveAttribute('aria-selected', 'true');
  await readWrite.locator('label').click();
  await expect(readWrite).toHaveAttribute('aria-selected', 'false');
  // A click in the middle of a header row is a click on the row: Fluent selects the whole group.
  await group.click({ position: { x: 400, y: 10 } });
  await expect(readWrite).toHaveAttribute('aria-selected', 'true');
  await expect(grid.getByRole('row', { name: /^MailboxSettings\.Read / })).toHaveAttribute('aria-selected', 'true');
  await pane.getByRole('button', { name: 'Add permissions' }).click();
  const configured = blade.getByRole('grid', { name: 'Configured permissions' });
  await expect(configured.getByRole('row', { name: /^MailboxSettings\.Read Application / })).toHaveCount(1);
});

test('consent: "Other permissions…" first, then the confirmation; a second grid lists what is granted but not configured', async () => {
  const { replica, portal } = await open({
    apps: [{ permissions: ROLES.map((name) => ({ name, type: 'Application' as const })), otherGranted: [{ name: 'Calendars.Read', type: 'Application' }] }],
  });
  const app = replica.directory.apps[0]!;
  await portal.goto(replica.urls.appMenu('CallAnAPI', app.appId));
  const blade = activeBlade(portal);
  await expect(blade.getByRole('grid', { name: 'Other permissions granted for Contoso' }).getByRole('row', { name: /^Calendars\.Read / })).toContainText('Granted for Contoso');
  await expect(blade.getByRole('grid', { name: 'Configured permissions' })).not.toContainText('Calendars.Read');
  await command(blade, 'Grant admin consent for Contoso').click();
  const other = blade.getByRole('alertdialog', { name: 'Grant admin consent confirmation.' });
  await expect(other).toContainText('Other permissions have been granted for this tenant that are not configured. Do you want to keep these other granted permissions?');
  await expect(other.getByRole('radio', { name: 'Yes, add other granted permissions to configured permissions' })).toBeChecked();
  await other.getByRole('button', { name: 'Save and continue' }).click();
  const confirm = blade.getByRole('alertdialog', { name: 'Grant admin consent confirmation.' });
  await expect(confirm).toContainText('Do you want to grant consent for the requested permissions for all accounts in Contoso?');
  await confirm.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(blade.getByText('Successfully granted admin consent for the requested permissions.')).toBeVisible();
  await expect(portal.getByRole('alert').filter({ hasText: 'Grant consent successful' })).toBeVisible();
  const configured = blade.getByRole('grid', { name: 'Configured permissions' });
  await expect(configured.getByRole('row', { name: /^Calendars\.Read / })).toContainText('Granted for Contoso');
  await expect(blade.getByRole('grid', { name: 'Other permissions granted for Contoso' })).toHaveCount(0);
});

test('consent, inline variant: the confirmation has no dialog role; without the rights the command is disabled', async () => {
  const { replica, portal } = await open({ apps: [{ permissions: ROLES.map((name) => ({ name, type: 'Application' as const })) }], variants: { consentConfirmation: 'inline' } });
  const app = replica.directory.apps[0]!;
  await portal.goto(replica.urls.appMenu('CallAnAPI', app.appId));
  const blade = activeBlade(portal);
  await command(blade, 'Grant admin consent for Contoso').click();
  await expect(blade.getByText('Grant admin consent confirmation.')).toBeVisible();
  await expect(blade.getByRole('dialog')).toHaveCount(0);
  await expect(blade.getByRole('alertdialog')).toHaveCount(0);
  await blade.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(blade.getByRole('grid', { name: 'Configured permissions' })).not.toContainText('Not granted');

  const limited = await open({ apps: [{ permissions: ROLES.map((name) => ({ name, type: 'Application' as const })) }], canConsent: false });
  await limited.portal.goto(limited.replica.urls.appMenu('CallAnAPI', app.appId));
  await expect(command(activeBlade(limited.portal), 'Grant admin consent for Contoso')).toBeDisabled();
});

test('the Value is shown once: masked after leaving the blade and after a reload; Expires lists the exact presets', async () => {
  const { replica, portal } = await open({ apps: [{}] });
  const app = replica.directory.apps[0]!;
  await portal.goto(replica.urls.appMenu('Credentials', app.appId));
  const blade = activeBlade(portal);
  await expect(blade.getByRole('tab', { name: /^Client secrets/ })).toHaveAttribute('aria-selected', 'true');
  await blade.getByRole('button', { name: 'New client secret' }).click();
  const pane = blade.getByRole('dialog', { name: 'Add a client secret' });
  const expires = pane.getByRole('combobox', { name: /^Expires/ });
  await expect(expires).toHaveText(/^Recommended: 180 days \(6 months\)/);
  await expires.click();
  // The options are in a Callout layer at the end of <body>, outside the pane.
  await expect(blade.getByRole('listbox').getByRole('option')).toHaveText([
    'Recommended: 180 days (6 months)',
    '90 days (3 months)',
    '365 days (12 months)',
    '545 days (18 months)',
    '730 days (24 months)',
    'Custom',
  ]);
  await portal.keyboard.press('Escape');
  await pane.getByRole('button', { name: 'Cancel' }).click();

  const value = await addClientSecret(portal, 'TonicDM Office365 Secret');
  expect((await replica.state(portal)).revealed).toEqual({ [(await replica.state(portal)).directory.apps[0]!.secrets[0]!.keyId]: value });
  const row = blade.getByRole('row', { name: /TonicDM Office365 Secret/ });
  await expect(row.getByRole('button', { name: 'Copy to clipboard' })).toHaveCount(2);
  await expect(blade.getByRole('tab', { name: /^Client secrets/ })).toHaveText(/Client secrets\s*\(1\)/);

  await dismissToasts(portal);
  await menuItem(portal, 'Overview').click();
  await menuItem(portal, 'Certificates & secrets').click();
  await expect(row).toContainText(`${value.slice(0, 3)}************`);
  await expect(row).not.toContainText(value);
  await portal.reload();
  await expect(row).toContainText(`${value.slice(0, 3)}************`);
  expect(JSON.stringify(await replica.state(portal))).not.toContain(value);
});

test('Enterprise apps: the registered app is listed under the default filter, but a long list renders only its first rows', async () => {
  const { replica, portal } = await open({ apps: [{}] });
  await portal.goto(replica.urls.entList);
  const blade = activeBlade(portal);
  await expect(blade.getByRole('group', { name: 'Application type == Enterprise Applications' })).toBeVisible();
  const found = Number(/(\d+) applications found/.exec((await blade.getByText(/applications found$/).textContent())!)![1]);
  expect(found).toBeGreaterThan(150);
  const grid = blade.getByRole('grid', { name: 'Enterprise applications' });
  await expect(grid.getByRole('link').first()).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeLessThan(found);
  await expect(grid.getByRole('link', { name: APP_NAME })).toHaveCount(0);
  await blade.getByRole('searchbox', { name: 'Search by application name or object ID' }).fill('TonicDM');
  await expect(grid.getByRole('link', { name: APP_NAME })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'TonicDM', exact: true })).toBeVisible();
  // Microsoft's own apps appear only without the filter.
  await blade.getByRole('searchbox').fill('Microsoft Graph');
  await expect(grid.getByRole('link', { name: 'Microsoft Graph' })).toHaveCount(0);
  await blade.getByRole('button', { name: 'Remove filter' }).click();
  await expect(grid.getByRole('link', { name: 'Microsoft Graph' })).toBeVisible();
});

test('Properties: Save is enabled only by a change and disabled again once saved', async () => {
  const { replica, portal } = await open({ apps: [{}] });
  const sp = replica.directory.servicePrincipals.find((s) => s.appId === replica.directory.apps[0]!.appId)!;
  await portal.goto(replica.urls.entMenu('Properties', sp));
  const blade = activeBlade(portal);
  const save = command(blade, 'Save');
  await expect(save).toBeDisabled();
  const toggle = blade.getByRole('switch', { name: 'Assignment required?' });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(save).toBeEnabled();
  await toggle.click();
  await expect(save).toBeDisabled();
  await requireAssignment(portal);
  await expect(portal.getByRole('alert').filter({ hasText: 'Updated application properties' })).toBeVisible();
  await portal.reload();
  await expect(activeBlade(portal).getByRole('switch', { name: 'Assignment required?' })).toBeChecked();
  await expect(command(activeBlade(portal), 'Save')).toBeDisabled();
});
