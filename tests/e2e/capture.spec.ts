import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { dumpStorage } from './support/storageScan';
import { addClientSecret, menuItem } from './support/portalActions';
import { portalUrls, routePortalReplica, tonicDmAppSeed, type ReplicaLayout } from './support/portalReplica';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const APP_OBJECT = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const OTHER = '2c5d1e4f-9b3e-4a7c-8d2f-3e4a5b6c7d8e';
const OTHER_OBJECT = '3d6e2f5a-0c4f-4b8d-9e3a-4f5a6b7c8d9e';

function seeds() {
  return [
    tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [] }),
    tonicDmAppSeed({ displayName: 'Contoso Mail Relay', appId: OTHER, objectId: OTHER_OBJECT, secrets: [] }),
  ];
}

for (const layout of ['classic', 'react'] as ReplicaLayout[]) {
  test(`${layout}: captures the IDs and the new secret, follows hash navigation`, async ({ context, extensionId, worker }) => {
    const replica = await routePortalReplica(context, { layout, apps: seeds(), renderDelayMs: 400 });
    const tenantId = replica.options.tenantId;
    const portal = await context.newPage();
    await portal.goto(replica.urls.overview(APP, APP_OBJECT));
    const panel = await openSidePanel(context, extensionId);

    await expect(panel.clientId()).toContainText(APP);
    await expect(panel.tenantId()).toContainText(tenantId);
    await expect(panel.clientId()).not.toContainText(APP_OBJECT);
    await expect(panel.step('copy-ids')).toHaveAttribute('data-status', 'done');
    await expect(panel.step('register')).toHaveAttribute('data-status', 'done');
    await expect(panel.secret()).toHaveAttribute('data-state', 'missing');

    // Single-page navigation to Certificates & secrets: no reload, the frames are told the new blade.
    await portal.bringToFront();
    await menuItem(portal, 'Credentials').click();
    await expect(portal).toHaveURL(/~\/Credentials\//);
    const value = await addClientSecret(portal, layout, 'TonicDM Office365 Secret');

    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
    await expect(panel.secret()).not.toContainText(value);
    await expect(panel.secret()).toContainText(value.slice(0, 3));
    const expected = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
    await expect(panel.expiry()).toHaveAttribute('data-iso', expected);
    await expect(panel.step('client-secret')).toHaveAttribute('data-status', 'done');

    // Explicit reveal shows the whole Value.
    await panel.page.getByTestId('reveal-secret').click();
    await expect(panel.secret()).toContainText(value);

    // Where the secret is: session storage only.
    const storage = await dumpStorage(worker);
    expect(storage.session).toContain(value);
    expect(storage.local).not.toContain(value);
    expect(storage.sync).not.toContain(value);
    expect(storage.local).toContain(APP);
  });
}

test('a second secret does not replace the held one: the panel asks, and "Use it" switches', async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: seeds() });
  const portal = await context.newPage();
  await portal.goto(replica.urls.credentials(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await portal.bringToFront();
  const first = await addClientSecret(portal, 'react', 'TonicDM Office365 Secret');
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');

  const second = await addClientSecret(portal, 'react', 'TonicDM Office365 Secret 2');
  expect(second).not.toBe(first);
  const offer = panel.page.getByTestId(`offer-secret:${APP}`);
  await expect(offer).toContainText('A different secret appeared on Certificates & secrets');
  await expect(offer).toContainText(second.slice(0, 3));
  await expect(offer).not.toContainText(second);
  const held = () => worker.evaluate(async () => ((await (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.session.get('secret')).secret as { value: string }).value);
  expect(await held()).toBe(first);

  await offer.getByTestId('accept-offer').click();
  await expect(offer).toHaveCount(0);
  expect(await held()).toBe(second);
  const storage = await dumpStorage(worker);
  expect(storage.local).not.toContain(second);
});

test('German portal: IDs, secret and a D.M.YYYY expiry', async ({ context, extensionId }) => {
  const replica = await routePortalReplica(context, { layout: 'react', locale: 'de', apps: seeds() });
  const portal = await context.newPage();
  await portal.goto(replica.urls.credentials(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await portal.bringToFront();
  const value = await addClientSecret(portal, 'react', 'TonicDM Office365 Secret', {
    newSecret: 'Neuer geheimer Clientschlüssel',
    description: 'Beschreibung',
    expires: 'Gültig bis',
    months24: '730 Tage (24 Monate)',
    add: 'Hinzufügen',
  });
  expect(value).toHaveLength(40);
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  await expect(panel.expiry()).toHaveAttribute('data-iso', new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10));
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  await expect(panel.clientId()).toContainText(APP);
  await expect(panel.tenantId()).toContainText(replica.options.tenantId);
});

test('a masked Value is reported, not stored', async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, {
    layout: 'classic',
    apps: [tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [{ description: 'TonicDM Office365 Secret', createdDaysAgo: 300, hint: 'o6e' }] })],
  });
  const portal = await context.newPage();
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(APP);
  await portal.goto(replica.urls.credentials(APP, APP_OBJECT));
  await expect(panel.secret()).toHaveAttribute('data-state', 'masked-on-page');
  await expect(panel.secret()).toContainText('no longer visible');
  await expect(panel.notice('secret-masked')).toBeVisible();
  const storage = await dumpStorage(worker);
  expect(storage.session).not.toContain('o6e');
  expect(storage.local).not.toContain('o6e*');
});

test('another app: a visible warning, values not merged, switch on request', async ({ context, extensionId }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: seeds() });
  const portal = await context.newPage();
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(APP);

  await portal.goto(replica.urls.overview(OTHER, OTHER_OBJECT));
  await expect(panel.notice('different-app')).toBeVisible();
  await expect(panel.clientId()).toContainText(APP);
  await expect(panel.clientId()).not.toContainText(OTHER);

  await panel.page.getByTestId('switch-app').click();
  await expect(panel.clientId()).toContainText(OTHER);
  await expect(panel.notice('different-app')).toHaveCount(0);
});

test('legacy #blade link and a tenant-pinned address with a query are recognised', async ({ context, extensionId }) => {
  const replica = await routePortalReplica(context, { layout: 'classic', apps: seeds() });
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewLegacy(APP));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(APP);

  const pinned = portalUrls(replica.options.tenantId, { host: 'portal.azure.com', query: 'culture=en-us&country=us' });
  await portal.goto(pinned.overview(OTHER, OTHER_OBJECT));
  await expect(panel.notice('different-app')).toBeVisible();
});

test('a browser restart keeps the IDs and forgets the secret', async ({ context, extensionId, worker, relaunch }) => {
  const replica = await routePortalReplica(context, { layout: 'classic', apps: seeds() });
  const portal = await context.newPage();
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(APP);
  await portal.bringToFront();
  await menuItem(portal, 'Credentials').click();
  const value = await addClientSecret(portal, 'classic', 'TonicDM Office365 Secret');
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  expect((await dumpStorage(worker)).session).toContain(value);

  const next = await relaunch();
  const reopened = await openSidePanel(next.context, next.extensionId);
  await expect(reopened.clientId()).toContainText(APP);
  await expect(reopened.step('copy-ids')).toHaveAttribute('data-status', 'done');
  await expect(reopened.secret()).toHaveAttribute('data-state', 'missing');
  await expect(reopened.expiry()).toHaveAttribute('data-iso', /^\d{4}-\d{2}-\d{2}$/);
  const after = await dumpStorage(next.worker);
  for (const area of [after.session, after.local, after.sync]) expect(area).not.toContain(value);
});

test('outside the flow the extension stays idle: no guide, no capture', async ({ context, extensionId }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: seeds() });
  const portal = await context.newPage();
  await portal.goto(replica.urls.allUsers);
  await portal.waitForTimeout(1500);
  const injected = replica.served.filter((u) => u.includes('guide'));
  expect(injected).toEqual([]);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText('not captured yet');
  const guided = await portal.evaluate(() => document.querySelectorAll('[data-tdm-guide]').length);
  expect(guided).toBe(0);
});
