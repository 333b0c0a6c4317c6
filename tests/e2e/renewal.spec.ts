/**
 * The renewal checklist end to end, in the built extension: a setup whose secret expires in 20
 * days, its old secret still held in memory. The panel shows the renewal flow; its link opens the
 * app's Certificates & secrets in its own tenant; the guide leads to a new secret named with the
 * month, which replaces the held one without a question (the admin started the renewal in the
 * panel); one click fills TonicDM's "Update Now"; the admin presses Go; the guide then points at
 * the OLD row's delete control (never the new one) and its confirmation; the old row gone, the
 * renewal is complete.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { routePortalReplica, tonicDmAppSeed, type ReplicaApp, type ReplicaHandle, type ReplicaLayout } from './support/portalReplica';
import { expectGuide, followGuide } from './support/guideWalk';
import { openSidePanel } from './support/sidePanel';
import { TONICDM_SETTINGS } from './support/tonicdmReplica';
import { activeBlade, routeFluentReplica } from './support/fluentReplica';

const APP_NAME = 'TonicDM Office 365 Token';
const OLD_DESCRIPTION = 'TonicDM Office365 Secret';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NEW_DESCRIPTION = `${OLD_DESCRIPTION} ${MONTHS[new Date().getUTCMonth()]} ${new Date().getUTCFullYear()}`;
const SECRET_FORMAT = /[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/;

function localIso(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Last year's TonicDM app, its secret due in 20 days (created 710 days ago for 730). */
async function dueReplica(context: BrowserContext, layout: ReplicaLayout): Promise<{ replica: ReplicaHandle; app: ReplicaApp }> {
  const replica = await routePortalReplica(context, {
    layout,
    renderDelayMs: 60,
    apps: [tonicDmAppSeed({ secrets: [{ description: OLD_DESCRIPTION, createdDaysAgo: 710, lifetimeDays: 730 }] })],
  });
  const app = replica.initialState.apps.find((a) => a.displayName === APP_NAME)!;
  return { replica, app };
}

/** TonicDM's Organization Settings with the renewal behind "Update Now", showing this tenant's IDs. */
async function routeUpdateNow(context: BrowserContext, ids: { clientId: string; tenantId: string }): Promise<void> {
  const html = readFileSync('tests/fixtures/tonicdm/update-now.html', 'utf8')
    .replace('11111111-2222-3333-4444-555555555555', ids.clientId)
    .replace('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', ids.tenantId);
  await context.route('https://app.tonicdm.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

interface SeedSecret {
  hint: string;
  endDateTime: string;
}

/** The setup as last year's capture left it, and the old secret still held (a browser never closed). */
async function seedDueSetup(worker: Worker, app: { appId: string; secrets: SeedSecret[] }, tenantId: string): Promise<string> {
  const old = app.secrets[0]!;
  const heldOld = `${old.hint}8Q~${'x'.repeat(34)}`;
  await worker.evaluate(
    async ({ clientId, tenantId, expiryIso, hint, heldOld }) => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const at = Date.now() - 400 * 86_400_000;
      const done = Object.fromEntries(
        ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'tonicdm-setup', 'assignment-required', 'assign-users'].map((id) => [id, { at, source: 'page' }]),
      );
      await c.storage.local.set({
        setup: {
          version: 1,
          activeAppId: clientId,
          apps: { [clientId]: { clientId, tenantId, displayName: 'TonicDM Office 365 Token', expiry: { iso: expiryIso }, credential: { hint, description: 'TonicDM Office365 Secret' }, done } },
          pendingDone: {},
          notices: [],
        },
      });
      await c.storage.session.set({ secret: { value: heldOld, appId: clientId, capturedAt: Date.now(), lastUsedAt: Date.now(), source: 'portal' } });
    },
    { clientId: app.appId, tenantId, expiryIso: localIso(old.endDateTime), hint: old.hint, heldOld },
  );
  return heldOld;
}

async function heldSecret(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    return ((await c.storage.session.get('secret')).secret as { value?: string } | undefined)?.value;
  });
}

function renewalStep(panel: Page, id: string): Locator {
  return panel.getByTestId(`renewal-step-${id}`);
}

test('renewal checklist on the replica: new secret, Update Now, Go, the old row deleted', async ({ context, extensionId, worker }) => {
  const { replica, app } = await dueReplica(context, 'react');
  const tenantId = replica.options.tenantId;
  await routeUpdateNow(context, { clientId: app.appId, tenantId });
  const heldOld = await seedDueSetup(worker, app, tenantId);
  const old = app.secrets[0]!;

  const { page: panel } = await openSidePanel(context, extensionId);
  await expect(panel.getByTestId('renewal-due')).toBeVisible();
  const checklist = panel.getByTestId('renewal-checklist');
  await expect(checklist).toBeVisible();
  await expect(checklist).toHaveAttribute('data-app-id', app.appId);
  await expect(renewalStep(panel, 'renew-open')).toHaveAttribute('data-status', 'current');
  await expect(panel.getByTestId('renewal-progress')).toContainText('0 of 5');
  await expect(panel.getByTestId('renewal-description')).toHaveText(NEW_DESCRIPTION);

  // The deep link opens Certificates & secrets in the setup's own tenant, and starts the renewal.
  const link = panel.getByTestId('renewal-open-credentials');
  await expect(link).toHaveAttribute('href', `https://entra.microsoft.com/${tenantId}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app.appId}/isMSAApp~/false`);
  const [portal] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(renewalStep(panel, 'renew-open')).toHaveAttribute('data-status', 'done');

  // The guide follows the renewal flow: New client secret, this month's description, 24 months, Add.
  await followGuide(portal, 'renew-new-secret.new', (el) => el.click(), { text: /^New client secret$/ });
  await followGuide(portal, 'renew-new-secret.description', (el) => el.fill(NEW_DESCRIPTION));
  await followGuide(portal, 'renew-new-secret.expires'); // opens the list
  await followGuide(portal, 'renew-new-secret.expires', (el) => el.click(), { text: /^730 days \(24 months\)$/ });
  await followGuide(portal, 'renew-new-secret.add', (el) => el.click(), { text: /^Add$/ });

  // Captured: it replaced the held old secret without asking (the renewal expected it), once.
  await expect(renewalStep(panel, 'renew-new-secret')).toHaveAttribute('data-status', 'done');
  await expect.poll(() => heldSecret(worker)).toMatch(SECRET_FORMAT);
  const newSecret = (await heldSecret(worker))!;
  expect(newSecret).not.toBe(heldOld);
  await expect(panel.getByTestId('offers')).toHaveCount(0);
  await expect(panel.getByTestId('value-secret')).toHaveAttribute('data-state', 'captured');
  await expect(panel.getByTestId('value-secret')).toContainText(newSecret.slice(0, 3));
  // Until Go, TonicDM still uses the old secret: the guide deletes nothing yet.
  await expectGuide(portal, 'renew-new-secret.value');

  // One click fills "Update Now" (revealed by the assistant), never pressing Go.
  const tonicdm = await context.newPage();
  await tonicdm.goto(TONICDM_SETTINGS);
  await panel.bringToFront();
  await panel.getByTestId('renewal-fill').click();
  await expect(panel.getByTestId('renewal-fill-status')).toContainText('Filled');
  await expect(renewalStep(panel, 'renew-fill')).toHaveAttribute('data-status', 'done');
  await expect(tonicdm.locator('#app-secret')).toHaveValue(newSecret);
  const newRowExpiry = (await replica.state(portal)).apps.find((a) => a.appId === app.appId)!.secrets.find((s) => s.displayName === NEW_DESCRIPTION)!;
  const [y, m, d] = localIso(newRowExpiry.endDateTime).split('-');
  await expect(tonicdm.locator('#expiry-date')).toHaveValue(`${m}/${d}/${y}`);
  await expect(tonicdm.locator('#client-id')).toHaveValue(app.appId);
  await expect(renewalStep(panel, 'renew-go')).toHaveAttribute('data-status', 'current');

  // The admin presses Go.
  await tonicdm.getByRole('button', { name: 'Go', exact: true }).last().click();
  await expect(renewalStep(panel, 'renew-go')).toHaveAttribute('data-status', 'done');

  // Back on the portal: the old row's delete, never the new one's, then its confirmation.
  await portal.bringToFront();
  const remove = await expectGuide(portal, 'renew-remove-old.delete', { text: /^Delete$/ });
  const guidedRow = remove.locator('xpath=ancestor::*[@role="row"][1]');
  await expect(guidedRow).toContainText(old.hint);
  await expect(guidedRow).toContainText(old.keyId);
  await expect(guidedRow).not.toContainText(NEW_DESCRIPTION);
  await remove.click();
  await followGuide(portal, 'renew-remove-old.confirm', (el) => el.click(), { text: /^Yes$/ });

  // The old row is gone, the new one listed: the renewal is complete.
  await expect(renewalStep(panel, 'renew-remove-old')).toHaveAttribute('data-status', 'done');
  await expect(checklist).toHaveAttribute('data-complete', 'true');
  await expect(panel.getByTestId('renewal-complete')).toBeVisible();
  await expect(panel.getByTestId('renewal-progress')).toContainText('5 of 5');
  const secrets = (await replica.state(portal)).apps.find((a) => a.appId === app.appId)!.secrets;
  expect(secrets.map((s) => s.displayName)).toEqual([NEW_DESCRIPTION]);
  // The reminder no longer applies: the setup's expiry is the new secret's.
  await expect(panel.getByTestId('renewal-due')).toHaveCount(0);
});

test('renewal checklist on the Fluent UI replica: the same flow, the old row deleted at once', async ({ context, extensionId, worker }) => {
  const replica = await routeFluentReplica(context, { apps: [{ secrets: [{ description: OLD_DESCRIPTION, createdDaysAgo: 710, days: 730 }] }], renderDelayMs: 80 });
  const app = replica.directory.apps[0]!;
  const tenantId = replica.directory.tenant.id;
  const old = app.secrets[0]!;
  await routeUpdateNow(context, { clientId: app.appId, tenantId });
  await seedDueSetup(worker, { appId: app.appId, secrets: [{ hint: old.hint, endDateTime: old.endIso }] }, tenantId);

  const { page: panel } = await openSidePanel(context, extensionId);
  const [portal] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('renewal-open-credentials').click()]);
  await followGuide(portal, 'renew-new-secret.new', (el) => el.click(), { text: /New client secret/ });
  await followGuide(portal, 'renew-new-secret.description', (el) => el.fill(NEW_DESCRIPTION));
  await followGuide(portal, 'renew-new-secret.expires');
  await followGuide(portal, 'renew-new-secret.expires', (el) => el.click(), { text: /^730 days \(24 months\)$/ });
  await followGuide(portal, 'renew-new-secret.add', (el) => el.click(), { text: /^Add$/ });
  await expect(renewalStep(panel, 'renew-new-secret')).toHaveAttribute('data-status', 'done');
  await expect(panel.getByTestId('offers')).toHaveCount(0);
  const newSecret = (await heldSecret(worker))!;
  expect(newSecret.slice(0, 3)).not.toBe(old.hint);

  const tonicdm = await context.newPage();
  await tonicdm.goto(TONICDM_SETTINGS);
  await panel.getByTestId('renewal-fill').click();
  await expect(renewalStep(panel, 'renew-fill')).toHaveAttribute('data-status', 'done');
  await expect(tonicdm.locator('#app-secret')).toHaveValue(newSecret);
  await tonicdm.getByRole('button', { name: 'Go', exact: true }).last().click();
  await expect(renewalStep(panel, 'renew-go')).toHaveAttribute('data-status', 'done');

  await portal.bringToFront();
  const remove = await expectGuide(portal, 'renew-remove-old.delete', { text: /^Delete$/ });
  await expect(remove.locator('xpath=ancestor::*[@role="row"][1]')).toContainText(old.keyId);
  await expect(activeBlade(portal).getByRole('row', { name: new RegExp(NEW_DESCRIPTION) })).toBeVisible();
  await remove.click();
  await expect(checklistDone(panel)).toHaveAttribute('data-complete', 'true');
  const left = (await replica.state(portal)).directory.apps.find((a) => a.appId === app.appId)!.secrets;
  expect(left.map((s) => s.description)).toEqual([NEW_DESCRIPTION]);
});

function checklistDone(panel: Page): Locator {
  return panel.getByTestId('renewal-checklist');
}
