/**
 * Attacks on what the assistant holds, each of which worked before: a frame of another portal
 * extension, a pre-warmed frame, a leftover frame of the previous blade, a Description shaped
 * like a secret, a content script writing extension storage, and a page stopping our scripts.
 * Each now fails; the real values stay.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { addClientSecret, menuItem } from './support/portalActions';
import { routePortalReplica, tonicDmAppSeed } from './support/portalReplica';
import { contentScriptWorld } from './support/contentScriptWorld';
import { seedCapturedValues, SEEDED } from './support/seed';
import { dumpStorage } from './support/storageScan';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const APP_OBJECT = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const EVIL_TENANT = 'e0e0e0e0-6666-4666-8666-666666666666';
const EVIL_SECRET = 'Ev18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv';

function page(body: string, lang = 'en-US'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

/** A fake Overview: Essentials with our app's client ID and someone else's tenant. */
const essentialsPage = (clientId: string, tenantId: string) =>
  page(`<div role="region" aria-label="Essentials">
    <div>Display name</div><div>TonicDM Office 365 Token</div>
    <div>Application (client) ID</div><div>${clientId}</div>
    <div>Object ID</div><div>${APP_OBJECT}</div>
    <div>Directory (tenant) ID</div><div>${tenantId}</div>
    <div>Supported account types</div><div>My organization only</div></div>`);

/** A fake Certificates & secrets with a Value shown in clear. */
const secretsPage = (value: string) =>
  page(`<div role="tablist"><button role="tab" aria-selected="true">Client secrets (1)</button></div>
    <table role="grid"><tr><th role="columnheader">Description</th><th role="columnheader">Expires</th><th role="columnheader">Value</th><th role="columnheader">Secret ID</th></tr>
    <tr role="row"><td role="gridcell">TonicDM Office365 Secret</td><td role="gridcell">11/27/2028</td><td role="gridcell">${value}</td><td role="gridcell">0f1e2d3c-4b5a-4697-8877-665544332211</td></tr></table>`);

/** What the API permissions blade shows: permission names, no Value column. */
const apiPermissionsPage = () =>
  page(`<h2>Configured permissions</h2><div role="grid" aria-label="Configured permissions">
    <div role="row"><div role="columnheader">API / Permissions name</div><div role="columnheader">Type</div><div role="columnheader">Status</div></div>
    ${['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'].map((p) => `<div role="row"><div role="gridcell">${p}</div><div role="gridcell">Application</div><div role="gridcell">Not granted for Contoso</div></div>`).join('')}</div>`);

async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  // Registered after the replica's routes, so it wins for this one address.
  await context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
}

/** Adds an iframe to the portal shell, as the portal (or a portal extension) would. */
async function addFrame(portal: Page, attrs: { src: string; name?: string; className?: string; hidden?: boolean }): Promise<Frame> {
  await portal.evaluate(({ src, name, className, hidden }) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.name = name ?? '';
    frame.className = className ?? '';
    frame.style.cssText = hidden ? 'display:none' : 'position:fixed;left:320px;top:140px;width:700px;height:420px;border:0;z-index:5;background:#fff';
    document.body.append(frame);
  }, attrs);
  await expect.poll(() => portal.frames().some((f) => f.url() === attrs.src), { timeout: 10_000 }).toBe(true);
  const frame = portal.frames().find((f) => f.url() === attrs.src)!;
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

async function heldSecret(worker: import('@playwright/test').Worker): Promise<string | undefined> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    return ((await c.storage.session.get('secret')).secret as { value?: string } | undefined)?.value;
  });
}

test('a frame of another portal extension cannot replace the tenant ID or the secret', async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: [tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [] })] });
  const tenant = replica.options.tenantId;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.tenantId()).toContainText(tenant);

  // anything.hosting.portal.azure.net: any portal extension can get such a host.
  const fakeOverview = 'https://anything.hosting.portal.azure.net/ext/Content/Overview.html?l=en.en-us';
  await serve(context, fakeOverview, essentialsPage(APP, EVIL_TENANT));
  await portal.bringToFront();
  await addFrame(portal, { src: fakeOverview, name: 'Anything.ReactView', className: 'fxs-reactview-frame fxs-reactview-frame-active' });
  await portal.waitForTimeout(1500);
  await expect(panel.tenantId()).toContainText(tenant);
  await expect(panel.page.getByTestId('offers')).toHaveCount(0);
  await portal.evaluate((src) => document.querySelector(`iframe[src="${src}"]`)?.remove(), fakeOverview);

  await menuItem(portal, 'Credentials').click();
  const value = await addClientSecret(portal, 'react', 'TonicDM Office365 Secret');
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  const fakeSecrets = 'https://anything.hosting.portal.azure.net/ext/Content/Credentials.html?l=en.en-us';
  await serve(context, fakeSecrets, secretsPage(EVIL_SECRET));
  await addFrame(portal, { src: fakeSecrets, name: 'Anything.ReactView', className: 'fxs-reactview-frame fxs-reactview-frame-active' });
  await portal.waitForTimeout(1500);

  expect(await heldSecret(worker)).toBe(value);
  await expect(panel.page.getByTestId('offers')).toHaveCount(0);
  await expect(panel.tenantId()).toContainText(tenant);
  expect((await dumpStorage(worker)).session).not.toContain(EVIL_SECRET);
});

test('a pre-warmed (hidden) frame is never read, even when its script is made to send', async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: [tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [] })] });
  const portal = await context.newPage();
  await portal.goto(replica.urls.credentials(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await portal.bringToFront();

  // A real blade host, a ReactView frame, but pre-warmed: the portal shows it later, if ever.
  const prewarmed = 'https://sandbox-77-1.reactblade.portal.azure.net/React/Index?reactView=Prewarmed&l=en.en-us';
  await serve(context, prewarmed, secretsPage(EVIL_SECRET));
  const frame = await addFrame(portal, { src: prewarmed, name: 'Prewarmed.ReactView', className: 'fxs-reactview-frame fxs-display-none', hidden: true });
  await portal.waitForTimeout(1500);
  await expect(panel.secret()).toHaveAttribute('data-state', 'missing');

  // The same frame's content script, forced to send (a compromised renderer could): refused.
  const world = await contentScriptWorld(context, frame);
  const reply = await world.evaluate(`chrome.runtime.sendMessage({ type: 'portal/secret', value: ${JSON.stringify(EVIL_SECRET)} })`);
  expect(reply).toEqual({ ok: false, retry: true });
  const idsReply = await world.evaluate(`chrome.runtime.sendMessage({ type: 'portal/observation', completed: ['client-secret'], wrongTurns: [] })`);
  expect(idsReply).toEqual({ ok: false, retry: true });
  await world.detach();

  expect(await heldSecret(worker)).toBeUndefined();
  await expect(panel.page.getByTestId('offers')).toHaveCount(0);
  await expect(panel.step('client-secret')).not.toHaveAttribute('data-status', 'done');

  // The visible blade still works: the admin's real secret is captured.
  const value = await addClientSecret(portal, 'react', 'TonicDM Office365 Secret');
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  expect(await heldSecret(worker)).toBe(value);
});

test("the previous blade's frame (API permissions) is not read as Certificates & secrets", async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: [tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [] })] });
  const portal = await context.newPage();
  await portal.goto(replica.urls.credentials(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await portal.bringToFront();

  // The portal can keep the previous blade's frame on screen while it switches blades.
  const leftover = 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/ApiPermissions/Leftover.html?bladeName=CallAnAPIBlade&l=en.en-us';
  await serve(context, leftover, apiPermissionsPage());
  const frame = await addFrame(portal, { src: leftover, name: 'RegisteredApps.CallAnAPI.FrameBlade', className: 'fxs-frameblade-frame fxs-part-frame' });
  await portal.waitForTimeout(1500);
  await expect(panel.secret()).toHaveAttribute('data-state', 'missing');
  await expect(panel.page.getByTestId('offers')).toHaveCount(0);

  const world = await contentScriptWorld(context, frame);
  expect(await world.evaluate(`chrome.runtime.sendMessage({ type: 'portal/secret', value: 'MailboxSettings.ReadWrite' })`)).toEqual({ ok: false, retry: false });
  await world.detach();
  expect(await heldSecret(worker)).toBeUndefined();
  await expect(panel.page.getByTestId('offers')).toHaveCount(0);
});

test('a Description shaped like a secret on a masked list does not replace the held secret', async ({ context, extensionId, worker }) => {
  const shapedLikeASecret = 'Zx98Q~Looks.Like-A_Secret~But.Is.A.Descr';
  expect(shapedLikeASecret).toHaveLength(40);
  const replica = await routePortalReplica(context, {
    layout: 'classic',
    apps: [tonicDmAppSeed({ appId: SEEDED.clientId, objectId: APP_OBJECT, secrets: [{ description: shapedLikeASecret, createdDaysAgo: 30, hint: 'o6e' }] })],
  });
  await seedCapturedValues(worker);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');

  const portal = await context.newPage();
  await portal.goto(replica.urls.credentials(SEEDED.clientId, APP_OBJECT));
  await expect(portal.getByText(shapedLikeASecret)).toBeVisible();
  await portal.waitForTimeout(1500);
  expect(await heldSecret(worker)).toBe(SEEDED.secret);
  await expect(panel.page.getByTestId('offers')).toHaveCount(0);
  expect((await dumpStorage(worker)).session).not.toContain(shapedLikeASecret);
});

test('a content script cannot write extension storage, and malformed stored state is ignored', async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, { layout: 'classic', apps: [tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [] })] });
  const tenant = replica.options.tenantId;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.tenantId()).toContainText(tenant);

  const world = await contentScriptWorld(context, portal);
  const forged = {
    setup: { version: 1, activeAppId: APP, apps: { [APP]: { clientId: APP, tenantId: EVIL_TENANT, done: {} } }, pendingDone: {}, notices: [] },
    options: { secretIdleMinutes: 240, extraTonicdmOrigins: ['https://entra.microsoft.com'], graphClientId: '', graphAuthority: 'https://login.microsoftonline.com/organizations' },
  };
  const outcome = await world.evaluate<string>(`chrome.storage.local.set(${JSON.stringify(forged)}).then(() => 'written', (e) => 'refused: ' + e.message)`);
  expect(outcome).toMatch(/^refused/);
  const read = await world.evaluate<string>(`chrome.storage.local.get(null).then(() => 'read', (e) => 'refused: ' + e.message)`);
  expect(read).toMatch(/^refused/);
  await world.detach();
  await expect(panel.tenantId()).toContainText(tenant);

  // Where a browser cannot close local storage (Firefox), what is read back is validated: a
  // portal host is never a fill target, so no TonicDM filler is registered there.
  await worker.evaluate(async (options) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await c.storage.local.set({ options });
  }, forged.options);
  await portal.waitForTimeout(500);
  const registered = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    return JSON.stringify(await c.scripting.getRegisteredContentScripts());
  });
  expect(registered).not.toContain('entra.microsoft.com');
});

test("a page dispatching WXT's \"newer script started\" event does not stop our scripts", async ({ context, extensionId, worker }) => {
  const replica = await routePortalReplica(context, { layout: 'react', apps: [tonicDmAppSeed({ appId: APP, objectId: APP_OBJECT, secrets: [] })] });
  const portal = await context.newPage();
  await portal.goto(replica.urls.overview(APP, APP_OBJECT));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(APP);

  // The extension id is public; the entrypoint names are in the shipped manifest and scripts.
  const attack = (id: string) => {
    for (const script of ['portal', 'guide']) {
      document.dispatchEvent(new CustomEvent(`${id}:${script}:wxt:content-script-started`, { detail: { contentScriptName: script, messageId: 'page' } }));
    }
  };
  await portal.evaluate(attack, extensionId);
  for (const frame of portal.frames().slice(1)) await frame.evaluate(attack, extensionId).catch(() => undefined);

  // Still capturing after a hash navigation: the top frame still follows it, the blade frame still reads.
  await portal.bringToFront();
  await menuItem(portal, 'Credentials').click();
  for (const frame of portal.frames().slice(1)) await frame.evaluate(attack, extensionId).catch(() => undefined);
  const value = await addClientSecret(portal, 'react', 'TonicDM Office365 Secret');
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  expect(await heldSecret(worker)).toBe(value);
});
