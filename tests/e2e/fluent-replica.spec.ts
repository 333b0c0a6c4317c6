/**
 * Proves the Fluent UI replica behaves like the portal, without the extension: the setup end to
 * end, the address-bar hashes, the frames and their hosts, the once-only Value, and the
 * consent variants. Everything is read by role and accessible name.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from './support/extension';
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
