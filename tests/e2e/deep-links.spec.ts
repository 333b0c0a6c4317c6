/**
 * "Open in Entra" on each checklist step: the right blade, in the portal tab the admin is using
 * (same portal, tenant pinned), or a new Entra admin center tab when there is none.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { routePortalReplica, tonicDmAppSeed } from './support/portalReplica';

const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';

async function seedApp(worker: Worker, app: { clientId: string; tenantId?: string; servicePrincipalId?: string }): Promise<void> {
  await worker.evaluate(async (a) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const now = Date.now();
    await c.storage.local.set({
      setup: {
        version: 1,
        activeAppId: a.clientId,
        apps: {
          [a.clientId]: {
            clientId: a.clientId,
            ...(a.tenantId ? { tenantId: a.tenantId } : {}),
            ...(a.servicePrincipalId ? { servicePrincipalId: a.servicePrincipalId, servicePrincipalFrom: 'graph' } : {}),
            displayName: 'TonicDM Office 365 Token',
            done: { register: { at: now, source: 'page' } },
          },
        },
        pendingDone: {},
        notices: [],
      },
    });
  }, app);
}

function portalPages(context: BrowserContext): Page[] {
  return context.pages().filter((p) => /^https:\/\/(entra\.microsoft\.com|portal\.azure\.com)\//.test(p.url()));
}

test.describe('deep links from the checklist', () => {
  test('before any app, the first step opens New registration in a new Entra tab', async ({ context, extensionId }) => {
    await routePortalReplica(context);
    const panel = await openSidePanel(context, extensionId);
    await expect(panel.step('client-secret').getByTestId('open-in-entra-client-secret')).toHaveCount(0);
    const link = panel.step('register').getByTestId('open-in-entra-register');
    await expect(link).toHaveText('Open Microsoft Entra');
    const opened = context.waitForEvent('page');
    await link.click();
    const portal = await opened;
    await portal.waitForURL('https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false');
  });

  test('each step opens its blade in the admin\'s Azure portal tab, tenant pinned, in that same tab', async ({ context, extensionId, worker }) => {
    const replica = await routePortalReplica(context, { tenantId: TENANT, apps: [tonicDmAppSeed()] });
    const app = replica.initialState.apps.find((a) => a.displayName === 'TonicDM Office 365 Token')!;
    const sp = replica.initialState.servicePrincipals.find((s) => s.appId === app.appId)!;
    await seedApp(worker, { clientId: app.appId, tenantId: TENANT, servicePrincipalId: sp.id });
    const portal = await context.newPage();
    await portal.goto('https://portal.azure.com/#home');
    const panel = await openSidePanel(context, extensionId);

    const expected: [Parameters<typeof panel.step>[0], string][] = [
      ['copy-ids', `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${app.appId}/isMSAApp~/false`],
      ['api-permissions', `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${app.appId}/isMSAApp~/false`],
      ['client-secret', `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app.appId}/isMSAApp~/false`],
      ['assignment-required', `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/${sp.id}/appId/${app.appId}`],
      ['assign-users', `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${sp.id}/appId/${app.appId}`],
    ];
    for (const [stepId, hash] of expected) {
      const link = panel.step(stepId).getByTestId(`open-in-entra-${stepId}`);
      // The link shows the Entra address; the click opens it on the portal the admin uses.
      await expect(link).toHaveAttribute('href', `https://entra.microsoft.com/${TENANT}/${hash}`);
      await link.click();
      await expect.poll(() => portal.url()).toBe(`https://portal.azure.com/${TENANT}/${hash}`);
      // The portal opens the blade the step lives on, for this app.
      if (stepId === 'client-secret') await expect(portal.getByRole('tab', { name: /Client secrets/ })).toBeVisible();
    }
    expect(portalPages(context)).toHaveLength(1);
    await expect(panel.step('tonicdm-setup').locator('[data-testid^="open-in-entra"]')).toHaveCount(0);
  });

  test('without the enterprise app, the list is offered; a visited enterprise blade supplies its object ID', async ({ context, extensionId, worker }) => {
    const replica = await routePortalReplica(context, { tenantId: TENANT, apps: [tonicDmAppSeed()] });
    const app = replica.initialState.apps.find((a) => a.displayName === 'TonicDM Office 365 Token')!;
    const sp = replica.initialState.servicePrincipals.find((s) => s.appId === app.appId)!;
    await seedApp(worker, { clientId: app.appId, tenantId: TENANT });
    const panel = await openSidePanel(context, extensionId);

    const usersLink = panel.step('assign-users').getByTestId('open-in-entra-assign-users');
    await expect(usersLink).toHaveAttribute('data-blade', 'enterprise-list');
    await expect(panel.step('assign-users')).toContainText(`search for "TonicDM Office 365 Token" or its client ID ${app.appId}`);

    const portal = await context.newPage();
    await portal.goto(`https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${sp.id}/appId/${app.appId}`);
    await expect(usersLink).toHaveAttribute('data-blade', 'enterprise-users');
    await usersLink.click();
    await expect.poll(() => portal.url()).toBe(`https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${sp.id}/appId/${app.appId}`);
    expect(portalPages(context)).toHaveLength(1);
  });
});
