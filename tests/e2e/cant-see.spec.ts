/**
 * Never silence: when the page guide has nothing to point at on a setup blade for 10 seconds,
 * the panel says "I can't see this step on this page", with the step in words, its link and,
 * for value steps, the way to type the values. When the guide points, the panel stays quiet.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { routePortalReplica, tonicDmAppSeed } from './support/portalReplica';

const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
/** An app the replica tenant does not have: its blades render no control the guide knows. */
const UNKNOWN_APP = '3d2c1b0a-9f8e-4d7c-a6b5-4a3b2c1d0e9f';

/** The setup at "Create the client secret", for `appId`. */
async function seedAtSecretStep(worker: Worker, appId: string): Promise<void> {
  await worker.evaluate(
    async ({ appId, tenantId }) => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const mark = { at: Date.now(), source: 'page' };
      await c.storage.local.set({
        setup: {
          version: 1,
          activeAppId: appId,
          apps: { [appId]: { clientId: appId, tenantId, displayName: 'TonicDM Office 365 Token', done: { register: mark, 'copy-ids': mark, 'api-permissions': mark, 'admin-consent': mark } } },
          pendingDone: {},
          notices: [],
        },
      });
    },
    { appId, tenantId: TENANT },
  );
}

const credentials = (appId: string) => `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}/isMSAApp~/false`;

test.describe("I can't see this step on this page", () => {
  test('nothing to point at for 10 s: the step in words, its link, and manual entry', async ({ context, extensionId, worker }) => {
    await routePortalReplica(context, { tenantId: TENANT });
    await seedAtSecretStep(worker, UNKNOWN_APP);
    const portal = await context.newPage();
    await portal.goto(credentials(UNKNOWN_APP));
    await expect(portal.getByText('The application could not be found', { exact: false })).toBeVisible();
    const panel = await openSidePanel(context, extensionId);
    const cantSee = panel.page.getByTestId('cant-see');

    // Not at once: the guide gets its 10 seconds.
    await panel.page.waitForTimeout(4_000);
    await expect(cantSee).toHaveCount(0);
    await expect(cantSee).toBeVisible({ timeout: 12_000 });
    await expect(cantSee.getByRole('heading')).toHaveText("I can't see this step on this page");
    await expect(cantSee).toHaveAttribute('data-step', 'client-secret');
    await expect(cantSee).toContainText('Certificates & secrets');
    await expect(cantSee.getByTestId('cant-see-action')).toContainText('New client secret');
    await expect(cantSee.getByTestId('open-in-entra-client-secret')).toHaveAttribute('href', `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${UNKNOWN_APP}/isMSAApp~/false`);

    await cantSee.getByTestId('cant-see-enter-values').click();
    await expect(panel.page.getByTestId('manual-entry')).toHaveAttribute('open', '');
    await expect(panel.page.getByLabel('Client secret Value')).toBeVisible();

    // Leaving the setup flow ends it.
    await portal.goto('https://entra.microsoft.com/#home');
    await expect(cantSee).toHaveCount(0);
  });

  test('while the guide points at the next control, the panel stays quiet', async ({ context, extensionId, worker }) => {
    const replica = await routePortalReplica(context, { tenantId: TENANT, apps: [tonicDmAppSeed()] });
    const app = replica.initialState.apps.find((a) => a.displayName === 'TonicDM Office 365 Token')!;
    await seedAtSecretStep(worker, app.appId);
    const portal = await context.newPage();
    await portal.goto(credentials(app.appId));
    await expect(portal.locator('[data-tdm-guide]')).toHaveCount(1, { timeout: 15_000 });
    const panel = await openSidePanel(context, extensionId);
    await panel.page.waitForTimeout(12_000);
    await expect(panel.page.getByTestId('cant-see')).toHaveCount(0);
    await expect(panel.step('client-secret')).toHaveAttribute('data-status', 'current');
  });
});
