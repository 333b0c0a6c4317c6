/**
 * After the setup, through Microsoft Graph: rotating TonicDM's client secret (new secret captured, old one kept
 * until the admin removes it, nothing duplicated on a rerun or after a closed panel), the sign-in evidence that
 * TonicDM has switched (or why it is unavailable), and removing TonicDM's app from the tenant (name typed, app
 * deleted, setup archived; a squatter's app refused).
 */
import type { Page } from '@playwright/test';
import { renewedSecretName } from '../../utils/graph/secretName';
import { APP_NAME } from '../../utils/steps';
import type { FakeTenant } from '../fake-tenant/types';
import { expect, test } from './support/graphExtension';
import { graphPanel, openGraphPanel, setGraphClientId } from './support/graphPanel';
import { graphWrites, seedManualSetup, tonicObjects, writesTouching } from './support/graphTenant';
import { dumpStorage } from './support/storageScan';

type Panel = ReturnType<typeof graphPanel>;

function lifecycle(page: Page) {
  return {
    rotate: () => page.getByTestId('graph-rotate'),
    current: () => page.getByTestId('graph-rotation-current'),
    removeOld: () => page.getByTestId('graph-remove-old-secret'),
    removeOldWarning: () => page.getByTestId('graph-remove-old-warning'),
    oldRemoved: () => page.getByTestId('graph-old-secret-removed'),
    evidenceLoad: () => page.getByTestId('graph-signin-evidence-load'),
    evidence: () => page.getByTestId('graph-signin-evidence'),
    evidenceRow: (keyId: string) => page.locator(`[data-testid="graph-signin-evidence-row"][data-key-id="${keyId}"]`),
    verdict: () => page.getByTestId('graph-signin-verdict'),
    offboard: () => page.getByTestId('graph-offboard'),
    offboardName: () => page.getByTestId('graph-offboard-name'),
    offboardConfirm: () => page.getByTestId('graph-offboard-confirm'),
    offboardBlocked: () => page.getByTestId('graph-offboard-blocked'),
  };
}

/** Automate from an empty tenant: the app, its first secret (captured) and consent, as an admin would start. */
async function automated(panel: Panel, tenant: FakeTenant) {
  await panel.automate().click();
  await panel.settled('idle');
  await panel.runPlan().click();
  await panel.settled('done', 30_000);
  const { apps, secrets } = tonicObjects(tenant);
  expect(secrets).toHaveLength(1);
  return { app: apps[0]!, first: secrets[0]! };
}

const tokenRequests = (tenant: FakeTenant) => tenant.log.filter((e) => e.method === 'POST' && e.url.includes('/oauth2/v2.0/token'));

async function sessionSecret(worker: Parameters<typeof dumpStorage>[0]) {
  return (JSON.parse((await dumpStorage(worker)).session) as { secret?: { value: string; appId: string; source: string } }).secret;
}

/** TonicDM signing in with a secret, as it does to file mail (client credentials). */
async function tonicdmSignsIn(tenant: FakeTenant, appId: string, secretText: string) {
  const response = await tenant.handle(
    new Request(`https://login.microsoftonline.com/${tenant.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: secretText, scope: 'https://graph.microsoft.com/.default' }).toString(),
    }),
  );
  expect(response.status).toBe(200);
}

test.describe('Microsoft Graph: rotate the client secret', () => {
  test('plan, one new secret captured with its expiry, the old one kept until removed on request; reruns and a reopened panel add nothing', async ({ context, extensionId, worker, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    const { app, first } = await automated(panel, tenant);
    let ui = lifecycle(panel.page);

    await ui.rotate().click();
    await expect(panel.status()).toHaveAttribute('data-state', 'idle');
    await expect(panel.status()).toContainText('Nothing has been changed yet');
    await expect(panel.candidate(app.id)).toHaveAttribute('data-selected', 'true');
    await expect(panel.chooseNewApp()).toHaveCount(0);
    // The secret TonicDM uses now: the one the assistant holds, shown with description, hint, keyId and expiry.
    await expect(ui.current()).toHaveAttribute('data-key-id', first.keyId);
    await expect(ui.current()).toContainText('TonicDM Office365 Secret');
    await expect(ui.current()).toContainText(first.hint);
    // The expiry as the panel shows days in this English browser (utils/i18n/dates.ts).
    await expect(ui.current()).toContainText(new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(first.endDateTime)));
    await expect(ui.current()).toContainText('the secret the assistant holds');
    const name = renewedSecretName(new Date());
    await expect(panel.planAction('add-secret')).toHaveAttribute('data-state', 'todo');
    await expect(panel.planAction('add-secret')).toContainText(`"${name}", valid for 24 months`);
    await expect(panel.planAction('keep-old')).toContainText(first.hint);
    expect(graphWrites(tenant).filter((e) => e.url.endsWith('/addPassword'))).toHaveLength(1);

    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    await expect(panel.status()).toContainText('stays until you remove it');
    const secrets = tonicObjects(tenant).secrets;
    expect(secrets.map((s) => s.keyId)).toContain(first.keyId);
    const added = secrets.find((s) => s.keyId !== first.keyId)!;
    expect(added.displayName).toBe(name);
    const days = (Date.parse(added.endDateTime) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(725);
    expect(days).toBeLessThan(735);
    // Its value went straight to session storage as the captured secret, and the setup's expiry follows it.
    expect(await sessionSecret(worker)).toMatchObject({ appId: app.appId, source: 'graph', value: tenant.secretTextOf(added.keyId) });
    expect((await dumpStorage(worker)).local).not.toContain(tenant.secretTextOf(added.keyId)!);
    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
    await expect(panel.expiry()).toHaveAttribute('data-iso', added.endDateTime.slice(0, 10));
    await expect(ui.removeOld()).toBeVisible();
    await expect(ui.removeOldWarning()).toContainText('TonicDM must have the new secret before the old one goes');
    await expect(panel.page.getByTestId('graph-rotation-fill')).toBeVisible();

    // A rerun adds nothing.
    const mark = tenant.log.length;
    await ui.rotate().click();
    await panel.settled('idle');
    await expect(panel.planAction('add-secret')).toHaveAttribute('data-state', 'exists');
    await panel.runPlan().click();
    await panel.settled('done');
    expect(graphWrites(tenant, mark)).toEqual([]);

    // A closed panel: the reopened one finds the rotation, adds nothing, and still removes the old secret.
    await panel.page.close();
    const reopened = await openGraphPanel(context, extensionId);
    ui = lifecycle(reopened.page);
    await ui.rotate().click();
    await reopened.settled('idle');
    await expect(reopened.planAction('add-secret')).toHaveAttribute('data-state', 'exists');
    await reopened.runPlan().click();
    await reopened.settled('done');
    expect(graphWrites(tenant, mark)).toEqual([]);
    expect(tonicObjects(tenant).secrets).toHaveLength(2);

    await ui.removeOld().click();
    await reopened.settled('done');
    await expect(reopened.status()).toContainText(`Removed the old secret (hint ${first.hint})`);
    await expect(ui.oldRemoved()).toBeVisible();
    await expect(ui.removeOld()).toHaveCount(0);
    const removals = graphWrites(tenant, mark);
    expect(removals.map((e) => [new URL(e.url).pathname, e.body])).toEqual([[`/v1.0/applications/${app.id}/removePassword`, { keyId: first.keyId }]]);
    expect(tonicObjects(tenant).secrets.map((s) => s.keyId)).toEqual([added.keyId]);
  });

  test('a panel closed while the new secret was being added: the lost secret is removed and exactly one new secret remains', async ({ context, extensionId, worker, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    const { first } = await automated(panel, tenant);
    await lifecycle(panel.page).rotate().click();
    await panel.settled('idle');

    // addPassword reaches Entra, but the panel is closed before its answer arrives.
    let reached: () => void = () => {};
    const added = new Promise<void>((resolve) => (reached = resolve));
    await context.route('https://graph.microsoft.com/v1.0/applications/*/addPassword', async (route) => {
      await tenant.handle(new Request(route.request().url(), { method: 'POST', headers: route.request().headers(), body: route.request().postData() ?? '' }));
      reached();
    });
    await panel.runPlan().click();
    await added;
    await panel.page.close();
    await context.unroute('https://graph.microsoft.com/v1.0/applications/*/addPassword');
    const [orphan] = tonicObjects(tenant).secrets.filter((s) => s.keyId !== first.keyId);
    expect(orphan).toBeDefined();

    // The reopened panel opens the Graph section by itself and offers to finish.
    const reopened = graphPanel((await context.newPage()) as Page);
    await reopened.page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(reopened.page.getByTestId('graph-section-toggle')).toHaveAttribute('aria-expanded', 'true');
    await reopened.page.getByTestId('graph-rotation-resume').click();
    await reopened.settled('idle');
    await expect(reopened.planAction(`remove-lost:${orphan!.keyId}`)).toHaveAttribute('data-state', 'todo');
    await expect(reopened.appRisk()).toHaveCount(0);
    await reopened.runPlan().click();
    await reopened.settled('done', 30_000);

    const secrets = tonicObjects(tenant).secrets;
    const named = secrets.filter((s) => s.displayName === renewedSecretName(new Date()));
    expect(named).toHaveLength(1);
    expect(named[0]!.keyId).not.toBe(orphan!.keyId);
    expect(secrets.map((s) => s.keyId).sort()).toEqual([first.keyId, named[0]!.keyId].sort());
    expect((await sessionSecret(worker))?.value).toBe(tenant.secretTextOf(named[0]!.keyId));
    await expect(reopened.expiry()).toHaveAttribute('data-iso', named[0]!.endDateTime.slice(0, 10));
  });

  test('sign-in evidence: asked for only on request, and it shows when TonicDM has switched', async ({ context, extensionId, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    const { app, first } = await automated(panel, tenant);
    await tonicdmSignsIn(tenant, app.appId, tenant.secretTextOf(first.keyId)!);
    const ui = lifecycle(panel.page);
    await ui.rotate().click();
    await panel.settled('idle');
    expect(tokenRequests(tenant).some((e) => JSON.stringify(e.body).includes('AuditLog.Read.All'))).toBe(false);
    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    const added = tonicObjects(tenant).secrets.find((s) => s.keyId !== first.keyId)!;

    await ui.evidenceLoad().click();
    await expect(ui.evidence()).toHaveAttribute('data-state', 'available');
    expect(tokenRequests(tenant).some((e) => JSON.stringify(e.body).includes('AuditLog.Read.All'))).toBe(true);
    await expect(ui.evidenceRow(first.keyId)).not.toHaveAttribute('data-last-sign-in', '');
    await expect(ui.evidenceRow(added.keyId)).toHaveAttribute('data-last-sign-in', '');
    await expect(ui.verdict()).toHaveAttribute('data-verdict', 'not-yet');

    // TonicDM gets the new secret and signs in with it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await tonicdmSignsIn(tenant, app.appId, tenant.secretTextOf(added.keyId)!);
    await ui.evidenceLoad().click();
    await expect(ui.verdict()).toHaveAttribute('data-verdict', 'switched');
    await expect(ui.evidenceRow(added.keyId)).not.toHaveAttribute('data-last-sign-in', '');
    await expect(ui.removeOld()).toBeEnabled();
  });

  for (const [name, arrange, reason, text] of [
    ['without Entra ID P1', (t: FakeTenant) => (t.switches.reports.premium = false), 'no-premium', 'P1 or P2'],
    ['without consent to AuditLog.Read.All', (t: FakeTenant) => t.switches.authority.withheldScopes.push('AuditLog.Read.All'), 'no-consent', 'AuditLog.Read.All'],
    ['without a role that may read reports', (t: FakeTenant) => t.setSignedInUserRoles(['Application Administrator']), 'forbidden', 'Reports Reader'],
  ] as const) {
    test(`sign-in evidence ${name} is reported as unavailable, and rotation still works`, async ({ context, extensionId, tenant }) => {
      const { application } = seedManualSetup(tenant, { secret: false });
      arrange(tenant);
      await setGraphClientId(context, extensionId);
      const panel = await openGraphPanel(context, extensionId);
      const ui = lifecycle(panel.page);
      await ui.rotate().click();
      await panel.settled('idle');
      await expect(panel.candidate(application.id)).toHaveAttribute('data-selected', 'true');
      await ui.evidenceLoad().click();
      await expect(ui.evidence()).toHaveAttribute('data-state', 'unavailable');
      await expect(ui.evidence()).toHaveAttribute('data-reason', reason);
      await expect(ui.evidence()).toContainText(text);
      await expect(ui.evidence()).toContainText('check in TonicDM that mail filing works');
      await panel.runPlan().click();
      await panel.settled('done', 30_000);
      expect(tonicObjects(tenant).secrets).toHaveLength(1);
    });
  }

  test("a squatter's app is never rotated without a choice and a separate confirmation", async ({ context, extensionId, tenant }) => {
    const squat = tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await lifecycle(panel.page).rotate().click();
    await panel.settled('idle');
    await expect(panel.planBlocked()).toContainText('Choose the app TonicDM uses');
    await expect(panel.runPlan()).toBeDisabled();
    await panel.chooseCandidate(squat.application.id).check();
    await expect(panel.appRisk()).toContainText('owned by Alex Wilber');
    await expect(panel.planBlocked()).toContainText('not clearly yours');
    await expect(panel.runPlan()).toBeDisabled();
    expect(writesTouching(tenant, [squat.application.id, squat.application.appId, squat.servicePrincipal?.id])).toEqual([]);
  });
});

test.describe('Microsoft Graph: remove TonicDM\'s app from the tenant', () => {
  test('the exact name typed, the app and its enterprise application deleted, the setup archived', async ({ context, extensionId, worker, tenant }) => {
    const { application, servicePrincipal } = seedManualSetup(tenant, { secret: false });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.verify().click();
    await panel.settled('done');
    await expect(panel.clientId()).toContainText(application.appId);

    const ui = lifecycle(panel.page);
    await ui.offboard().click();
    await panel.settled('idle');
    await expect(panel.candidate(application.id)).toHaveAttribute('data-selected', 'true');
    await expect(ui.offboardConfirm()).toBeDisabled();
    await ui.offboardName().fill(APP_NAME.toLowerCase());
    await expect(ui.offboardConfirm()).toBeDisabled();
    await ui.offboardName().fill(APP_NAME);
    await expect(ui.offboardConfirm()).toBeEnabled();
    await ui.offboardConfirm().click();
    await panel.settled('done', 30_000);
    await expect(panel.status()).toContainText('The setup is archived');
    await expect(panel.status()).toContainText('30 days');

    expect(tenant.state.applications.some((a) => a.id === application.id)).toBe(false);
    expect(tenant.state.servicePrincipals.some((sp) => sp.id === servicePrincipal.id)).toBe(false);
    expect(graphWrites(tenant).map((e) => `${e.method} ${new URL(e.url).pathname}`)).toEqual([`DELETE /v1.0/applications/${application.id}`]);
    const setup = (JSON.parse((await dumpStorage(worker)).local) as { setup: { activeAppId?: string; apps: Record<string, { archived?: { reason: string } }> } }).setup;
    expect(setup.apps[application.appId]?.archived?.reason).toBe('app-deleted');
    expect(setup.activeAppId).toBeUndefined();
    await expect(panel.clientId()).not.toContainText(application.appId);
  });

  test("a squatter's app is refused: not preselected, and blocked until its risk is confirmed separately", async ({ context, extensionId, tenant }) => {
    const squat = tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    const ui = lifecycle(panel.page);
    await ui.offboard().click();
    await panel.settled('idle');
    await expect(ui.offboardBlocked()).toContainText('Choose the app TonicDM uses');
    await expect(ui.offboardName()).toHaveCount(0);
    await panel.chooseCandidate(squat.application.id).check();
    await expect(panel.appRisk()).toContainText('owned by Alex Wilber');
    await expect(ui.offboardBlocked()).toContainText('not clearly yours');
    await expect(ui.offboardName()).toHaveCount(0);
    expect(graphWrites(tenant)).toEqual([]);
    expect(tenant.state.applications.some((a) => a.id === squat.application.id)).toBe(true);
  });
});
