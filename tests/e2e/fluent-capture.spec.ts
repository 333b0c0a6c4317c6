/**
 * Capture on the Fluent UI replica, with the built extension: the client ID and tenant ID from
 * the Overview's Essentials, and the new secret's Value and expiry from Certificates & secrets,
 * end to end into the side panel. The blades are genuine Fluent UI in cross-origin frames on
 * registeredapps.hosting.portal.azure.net; the IDs arrive after a shimmer, the Object ID sits
 * next to the client ID, and every GUID and the Value carry a "Copy to clipboard" button.
 */
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { dumpStorage } from './support/storageScan';
import { activeBlade, routeFluentReplica } from './support/fluentReplica';
import { addClientSecret, dismissToasts, menuItem } from './support/fluentPortal';

const SECRET_NAME = 'TonicDM Office365 Secret';
const in730Days = () => new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);

test('IDs from the Overview, then the new Value and its expiry, into the side panel', async ({ context, extensionId, worker }) => {
  const replica = await routeFluentReplica(context, { apps: [{}, { displayName: 'Contoso Mail Relay (old)' }], renderDelayMs: 400 });
  const app = replica.directory.apps[0]!;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewAfterRegister(app));
  const panel = await openSidePanel(context, extensionId);

  await expect(panel.clientId()).toContainText(app.appId);
  await expect(panel.tenantId()).toContainText(replica.directory.tenant.id);
  await expect(panel.clientId()).not.toContainText(app.objectId);
  await expect(panel.step('register')).toHaveAttribute('data-status', 'done');
  await expect(panel.step('copy-ids')).toHaveAttribute('data-status', 'done');
  await expect(panel.secret()).toHaveAttribute('data-state', 'missing');

  // A menu click: the hash changes, a new frame on the same host shows the blade.
  await portal.bringToFront();
  await dismissToasts(portal);
  await menuItem(portal, 'Certificates & secrets').click();
  await expect(portal).toHaveURL(/ApplicationMenuBlade\/~\/Credentials\//);
  const value = await addClientSecret(portal, SECRET_NAME);

  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  await expect(panel.secret()).toContainText(value.slice(0, 3));
  await expect(panel.secret()).not.toContainText(value);
  await expect(panel.expiry()).toHaveAttribute('data-iso', in730Days());
  await expect(panel.step('client-secret')).toHaveAttribute('data-status', 'done');
  await panel.page.getByTestId('reveal-secret').click();
  await expect(panel.secret()).toContainText(value);

  const storage = await dumpStorage(worker);
  expect(storage.session).toContain(value);
  expect(storage.local).not.toContain(value);
  expect(storage.sync).not.toContain(value);
  expect(storage.local).toContain(app.appId);
  // The shell never wrote the Value into its directory either: it lives in the blade's memory.
  const shell = await replica.state(portal);
  expect(JSON.stringify(shell.directory)).not.toContain(value);
});

test('a deep link to Certificates & secrets captures the Value; back on the blade it is masked and still held', async ({ context, extensionId, worker }) => {
  const replica = await routeFluentReplica(context, { apps: [{}] });
  const app = replica.directory.apps[0]!;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewAfterRegister(app));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(app.appId);

  await portal.bringToFront();
  await portal.goto(replica.urls.appMenu('Credentials', app.appId));
  const value = await addClientSecret(portal, SECRET_NAME, '365 days (12 months)');
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  await expect(panel.expiry()).toHaveAttribute('data-iso', new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));

  // Away and back: the portal shows only the first three characters now.
  await dismissToasts(portal);
  await menuItem(portal, 'Overview').click();
  await menuItem(portal, 'Certificates & secrets').click();
  const row = activeBlade(portal).getByRole('row', { name: new RegExp(SECRET_NAME) });
  await expect(row).toContainText(`${value.slice(0, 3)}************`);
  await expect(row).not.toContainText(value);
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  expect((await dumpStorage(worker)).session).toContain(value);
});

test('an old secret, masked on the page, is reported and not stored', async ({ context, extensionId, worker }) => {
  const replica = await routeFluentReplica(context, { apps: [{ secrets: [{ description: SECRET_NAME, createdDaysAgo: 300, hint: 'o6e' }] }] });
  const app = replica.directory.apps[0]!;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewAfterRegister(app));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(app.appId);
  await portal.goto(replica.urls.appMenu('Credentials', app.appId));
  await expect(activeBlade(portal).getByRole('row', { name: new RegExp(SECRET_NAME) })).toContainText('o6e************');
  await expect(panel.secret()).toHaveAttribute('data-state', 'masked-on-page');
  await expect(panel.notice('secret-masked')).toBeVisible();
  const storage = await dumpStorage(worker);
  expect(storage.session).not.toContain('o6e');
});

test('another app\'s Overview: a warning, and its IDs are not merged into this setup', async ({ context, extensionId }) => {
  const replica = await routeFluentReplica(context, { apps: [{}, { displayName: 'Contoso Mail Relay (old)' }] });
  const [ours, other] = replica.directory.apps as [typeof replica.directory.apps[0], typeof replica.directory.apps[0]];
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewAfterRegister(ours));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(ours.appId);
  await portal.bringToFront();
  await portal.goto(replica.urls.appMenu('Overview', other.appId));
  await expect(panel.notice('different-app')).toBeVisible();
  await expect(panel.clientId()).toContainText(ours.appId);
  await expect(panel.clientId()).not.toContainText(other.appId);
});
