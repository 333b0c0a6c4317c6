/**
 * Several setups in the built extension: an MSP works in two tenants at once, one portal tab
 * each (Contoso on entra.microsoft.com, Fabrikam on portal.azure.com). Each tenant's values stay
 * with its own setup, each tab is guided by its own setup, the panel lists both and switches
 * between them, the secret is shown and filled only for its own setup, and "Start over" forgets
 * one setup while the other (and its held secret) stays.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { portalUrls, routePortalReplica, tonicDmAppSeed, type ReplicaApp, type ReplicaHandle } from './support/portalReplica';
import { addClientSecret } from './support/portalActions';
import { expectGuide } from './support/guideWalk';
import { openSidePanel } from './support/sidePanel';

const CONTOSO = '5b7c3e1a-9d24-4f8b-a6e0-2c1d7f9e8b43';
const FABRIKAM = '0e5f7a9b-2c4d-4e6f-8a0b-1c3d5e7f9a2b';
const APP_NAME = 'TonicDM Office 365 Token';

function tonicApp(replica: ReplicaHandle): ReplicaApp {
  return replica.initialState.apps.find((a) => a.displayName === APP_NAME)!;
}

function item(panel: Page, clientId: string) {
  return panel.locator(`[data-testid="setup-item"][data-client-id="${clientId}"]`);
}

test('two tenants in two tabs: values kept apart, each tab guided by its own setup, switching, Start over on one', async ({ context, extensionId, worker }) => {
  const contoso = await routePortalReplica(context, { tenantId: CONTOSO, tenantName: 'Contoso', shellHosts: ['entra.microsoft.com'], renderDelayMs: 40, apps: [tonicDmAppSeed()] });
  const fabrikam = await routePortalReplica(context, { tenantId: FABRIKAM, tenantName: 'Fabrikam', shellHosts: ['portal.azure.com'], renderDelayMs: 40, apps: [tonicDmAppSeed()] });
  const appA = tonicApp(contoso);
  const appB = tonicApp(fabrikam);
  expect(appA.appId).not.toBe(appB.appId);
  const { page: panel } = await openSidePanel(context, extensionId);

  // Contoso's tab first: its app becomes the setup the panel works on.
  const tabA = await context.newPage();
  await tabA.goto(portalUrls().overview(appA.appId, appA.objectId));
  await expect(panel.getByTestId('value-client-id')).toHaveText(appA.appId);
  await expect(panel.getByTestId('value-tenant-id')).toHaveText(CONTOSO);

  // Fabrikam's tab: its values become a setup of their own; the panel's values stay Contoso's.
  const tabB = await context.newPage();
  await tabB.goto(portalUrls(undefined, { host: 'portal.azure.com' }).overview(appB.appId, appB.objectId));
  await expect(item(panel, appB.appId)).toHaveAttribute('data-tenant-id', FABRIKAM);
  await expect(item(panel, appA.appId)).toHaveAttribute('data-tenant-id', CONTOSO);
  await expect(item(panel, appA.appId)).toHaveAttribute('data-active', 'true');
  await expect(panel.getByTestId('setups-list').getByTestId('setup-item')).toHaveCount(2);
  await expect(panel.getByTestId('value-client-id')).toHaveText(appA.appId);
  await expect(panel.getByTestId('value-tenant-id')).toHaveText(CONTOSO);
  await expect(panel.getByTestId('notice-different-app')).toContainText(`tenant ${FABRIKAM}`);

  // Each tab is guided by its own setup: Fabrikam's tab is not "another app" of Contoso's setup.
  await expectGuide(tabB, 'api-permissions.open');
  await expectGuide(tabA, 'api-permissions.open');

  // A secret made in Fabrikam's tab is held for Fabrikam's app only: Contoso's values show none.
  await tabB.goto(portalUrls(undefined, { host: 'portal.azure.com' }).credentials(appB.appId));
  const secretB = await addClientSecret(tabB, 'classic', 'TonicDM Office365 Secret Fabrikam');
  await expect(panel.getByTestId('notice-secret-other-app')).toBeVisible();
  await expect(panel.getByTestId('value-secret')).toHaveAttribute('data-state', 'missing');
  await expect(panel.getByTestId('value-client-id')).toHaveText(appA.appId);

  // Switching: Fabrikam's values, its secret and its own checklist.
  await item(panel, appB.appId).getByTestId('setup-switch').click();
  await expect(item(panel, appB.appId)).toHaveAttribute('data-active', 'true');
  await expect(panel.getByTestId('value-client-id')).toHaveText(appB.appId);
  await expect(panel.getByTestId('value-tenant-id')).toHaveText(FABRIKAM);
  await expect(panel.getByTestId('value-secret')).toHaveAttribute('data-state', 'captured');
  await expect(panel.getByTestId('value-secret')).toContainText(secretB.slice(0, 3));
  await expect(panel.getByTestId('step-client-secret')).toHaveAttribute('data-status', 'done');
  await item(panel, appA.appId).getByTestId('setup-switch').click();
  await expect(panel.getByTestId('step-client-secret')).not.toHaveAttribute('data-status', 'done');
  await expect(panel.getByTestId('value-secret')).toHaveAttribute('data-state', 'missing');

  // Start over on Contoso's setup: it says what stays in the tenant; Fabrikam's setup and secret stay.
  let question = '';
  panel.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await item(panel, appA.appId).getByTestId('setup-reset').click();
  // One setup left: nothing to switch to, so the list steps aside.
  await expect(panel.getByTestId('setups-list')).toHaveCount(0);
  expect(question).toContain('Start over for "TonicDM Office 365 Token" in tenant');
  expect(question).toContain('Nothing changes in the tenant');
  expect(question).toContain('The 1 other setup stays as it is.');
  const stored = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [local, session] = await Promise.all([c.storage.local.get('setup'), c.storage.session.get('secret')]);
    return { apps: Object.keys((local.setup as { apps: object }).apps), secretApp: (session.secret as { appId?: string } | undefined)?.appId };
  });
  expect(stored).toEqual({ apps: [appB.appId], secretApp: appB.appId });
  // Nothing in Contoso's tenant changed.
  expect((await contoso.state(tabA)).apps.find((a) => a.appId === appA.appId)).toBeDefined();
});
