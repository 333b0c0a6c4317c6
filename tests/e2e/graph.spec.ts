/**
 * Verify and automate through Microsoft Graph, end to end: the side panel (as a tab), MSAL signing in
 * through identity.launchWebAuthFlow, and a fake tenant behind Graph and the sign-in authority.
 */
import { APP_NAME, STEP_IDS, REQUIRED_GRAPH_ROLES } from '../../utils/steps';
import { expect, test } from './support/graphExtension';
import { openGraphPanel, setGraphClientId } from './support/graphPanel';
import { graphServicePrincipal, graphWrites, seedManualSetup, tonicObjects, writesTouching } from './support/graphTenant';
import { dumpStorage } from './support/storageScan';

/** Graph cannot see TonicDM or Exchange: those two steps stay unknown whatever the tenant holds. */
const UNSEEABLE = new Set(['tonicdm-setup', 'scope-mailboxes']);

test.describe('Microsoft Graph: sign-in', () => {
  test('signs in through launchWebAuthFlow with read scopes only; tokens stay out of extension storage', async ({ context, extensionId, worker, tenant, signInWindow }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.signIn().click();
    await expect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
    await panel.settled('done');
    expect(signInWindow.requests).toHaveLength(1);
    const authorize = new URL(signInWindow.requests[0]!);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`https://${extensionId}.chromiumapp.org/`);
    expect(authorize.searchParams.get('scope')).toContain('https://graph.microsoft.com/Application.Read.All');
    expect(authorize.searchParams.get('scope')).not.toContain('ReadWrite');
    expect(tenant.log.some((e) => e.url.includes('/oauth2/v2.0/token') && e.status === 200)).toBe(true);
    const stored = await dumpStorage(worker);
    for (const area of [stored.local, stored.sync, stored.session]) expect(area).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  test('without a sign-in app, the sign-in button explains how to set one up', async ({ context, extensionId }) => {
    const panel = await openGraphPanel(context, extensionId);
    await expect(panel.signInHelp()).toContainText('Application (client) ID');
    await expect(panel.signInHelp()).toContainText('options');
    await expect(panel.verify()).toBeDisabled();
    const opened = context.waitForEvent('page');
    await panel.signIn().click();
    await expect(await opened).toHaveURL(/\/options\.html$/);
  });

  test('a closed sign-in window ends in an error, not a hang, and the next sign-in works', async ({ context, extensionId, signInWindow }) => {
    signInWindow.behaviour = 'sign-in-page';
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    const window = context.waitForEvent('page', { predicate: (p) => p.url().includes('/oauth2/v2.0/authorize') });
    await panel.signIn().click();
    await expect(panel.status()).toHaveAttribute('data-state', 'running');
    await (await window).close();
    await panel.settled('error', 10_000);
    await expect(panel.status()).toContainText('Sign-in was cancelled');
    await expect(panel.account()).toContainText('Not signed in');

    // MSAL's interaction_in_progress was cleared: a second attempt is not refused.
    signInWindow.behaviour = 'redirect';
    await panel.signIn().click();
    await expect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
    await panel.settled('done');
  });
});

test.describe('Microsoft Graph: verify', () => {
  test('a tenant set up by hand verifies every step Graph can see', async ({ context, extensionId, tenant }) => {
    const { application } = seedManualSetup(tenant);
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.signIn().click();
    await expect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
    await panel.verify().click();
    await panel.settled('done');
    for (const id of STEP_IDS) {
      await expect(panel.step(id)).toHaveAttribute('data-verified', UNSEEABLE.has(id) ? 'unknown' : 'yes');
    }
    await expect(panel.step('admin-consent')).toContainText('Admin consent is granted');
    await expect(panel.step('tonicdm-setup')).toContainText('Microsoft Graph cannot see TonicDM');
    // What Graph confirmed is recorded: ids captured, verified steps done.
    await expect(panel.clientId()).toContainText(application.appId);
    await expect(panel.step('api-permissions')).toHaveAttribute('data-status', 'done');
    await expect(panel.step('tonicdm-setup')).not.toHaveAttribute('data-status', 'done');
  });

  test('drift: delegated permissions and no consent are reported per step with the reason', async ({ context, extensionId, tenant }) => {
    seedManualSetup(tenant, { permissions: 'delegated', consent: false });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    // Not signed in yet: Verify opens the sign-in window itself.
    await panel.verify().click();
    await panel.settled('done');
    await expect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
    await expect(panel.step('api-permissions')).toHaveAttribute('data-verified', 'no');
    await expect(panel.step('api-permissions')).toContainText('added as Delegated');
    await expect(panel.step('admin-consent')).toHaveAttribute('data-verified', 'no');
    await expect(panel.step('admin-consent')).toContainText('Admin consent is not granted');
    await expect(panel.step('register')).toHaveAttribute('data-verified', 'yes');
    await expect(panel.step('scope-mailboxes')).toHaveAttribute('data-verified', 'unknown');
  });
});

test.describe('Microsoft Graph: automate', () => {
  test('from an empty tenant: plan, run, secret captured, tenant complete', async ({ context, extensionId, worker, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    for (const key of ['create-app', 'create-sp', 'add-secret', ...REQUIRED_GRAPH_ROLES.map((r) => `grant-role:${r}`)]) {
      await expect(panel.planAction(key)).toHaveAttribute('data-state', 'todo');
    }
    await expect(panel.newSecret()).toBeChecked();
    await expect(panel.planAction('add-secret')).toContainText('24 months');
    const adele = tenant.state.users.find((u) => u.displayName === 'Adele Vance')!;
    await panel.pickAssignee('Adele Vance');
    await expect(panel.planAction(`assign:${adele.id}`)).toHaveAttribute('data-state', 'todo');
    // Write scopes were asked for only now (incremental consent on top of the read grant).
    expect(tenant.log.some((e) => e.url.includes('/oauth2/v2.0/token') && JSON.stringify(e.body).includes('AppRoleAssignment.ReadWrite.All'))).toBe(true);

    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    await expect(panel.progressItem('create-app')).toHaveAttribute('data-outcome', 'created');
    await expect(panel.progressItem('add-secret')).toHaveAttribute('data-outcome', 'added');
    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');

    const { apps, sps, grants, secrets, assignments } = tonicObjects(tenant);
    expect(apps).toHaveLength(1);
    expect(apps[0]!.signInAudience).toBe('AzureADMyOrg');
    expect(sps).toHaveLength(1);
    expect(sps[0]!.appRoleAssignmentRequired).toBe(true);
    expect(grants).toHaveLength(3);
    expect(secrets).toHaveLength(1);
    expect(assignments.map((a) => a.principalId)).toEqual([adele.id]);

    const session = JSON.parse((await dumpStorage(worker)).session) as { secret?: { value: string; appId: string; source: string } };
    expect(session.secret).toMatchObject({ appId: apps[0]!.appId, source: 'graph', value: tenant.secretTextOf(secrets[0]!.keyId) });
    expect((await dumpStorage(worker)).local).not.toContain(session.secret!.value);
    await expect(panel.clientId()).toContainText(apps[0]!.appId);
    await expect(panel.expiry()).toHaveAttribute('data-iso', secrets[0]!.endDateTime.slice(0, 10));
    for (const id of STEP_IDS) {
      await expect(panel.step(id)).toHaveAttribute('data-verified', UNSEEABLE.has(id) ? 'unknown' : 'yes');
    }
  });

  test('automating twice changes nothing the second time', async ({ context, extensionId, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    await panel.pickAssignee('TonicDM Users');
    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    const first = tonicObjects(tenant);
    const mark = tenant.log.length;

    await panel.automate().click();
    await panel.settled('idle');
    await expect(panel.newSecret()).not.toBeChecked();
    await expect(panel.planAction('nothing')).toBeVisible();
    await expect(panel.page.locator('[data-testid="graph-plan-action"][data-state="todo"]')).toHaveCount(0);
    await panel.runPlan().click();
    await panel.settled('done');

    expect(graphWrites(tenant, mark)).toEqual([]);
    const second = tonicObjects(tenant);
    for (const kind of ['apps', 'sps', 'grants', 'secrets', 'assignments'] as const) {
      expect(second[kind]).toHaveLength(first[kind].length);
    }
    expect(second.apps).toHaveLength(1);
    expect(second.secrets).toHaveLength(1);
  });

  test('throttling and replication faults are retried and the run still completes', async ({ context, extensionId, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 1 };
    tenant.switches.replication.spCreateFailures = 1;
    tenant.switches.replication.freshObjectNotFoundReads = 1;
    const mark = tenant.log.length;
    await panel.runPlan().click();
    await panel.settled('done', 45_000);
    const answered = tenant.log.slice(mark).map((e) => e.status);
    expect(answered).toContain(429);
    expect(answered).toContain(404);
    expect(tenant.log.slice(mark).some((e) => e.status === 400 && e.url.includes('servicePrincipals'))).toBe(true);
    await expect(panel.page.getByTestId('graph-retries')).toBeVisible();
    const { apps, sps, grants, secrets } = tonicObjects(tenant);
    expect([apps.length, sps.length, grants.length, secrets.length]).toEqual([1, 1, 3, 1]);
  });

  test('a panel closed mid-run resumes on reopening without duplicates', async ({ context, extensionId, worker, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    // The consent grants wait on a long Retry-After: the panel is closed while they wait.
    tenant.switches.throttle = { status: 429, count: 1, retryAfterSeconds: 120, batchItems: true, pathIncludes: 'appRoleAssignedTo' };
    await panel.runPlan().click();
    await expect(panel.progressItem('add-secret')).toHaveAttribute('data-outcome', 'added', { timeout: 15_000 });
    await expect.poll(() => tenant.log.some((e) => e.status === 429)).toBe(true);
    await expect(panel.status()).toHaveAttribute('data-state', 'running');
    await panel.page.close();

    const reopened = await openGraphPanel(context, extensionId);
    await expect(reopened.secret()).toHaveAttribute('data-state', 'captured');
    await reopened.resume().click();
    await reopened.settled('done', 30_000);
    await expect(reopened.progressItem('add-secret')).toHaveAttribute('data-outcome', 'resumed');

    const { apps, sps, grants, secrets } = tonicObjects(tenant);
    expect([apps.length, sps.length, grants.length, secrets.length]).toEqual([1, 1, 3, 1]);
    expect(graphWrites(tenant).filter((e) => e.url.endsWith('/addPassword'))).toHaveLength(1);
    expect((await dumpStorage(worker)).session).not.toContain('graphCheckpoint');
    await expect(reopened.page.getByTestId('graph-resume')).toHaveCount(0);
  });

  test('an admin without a consent role is told why, and consent is not attempted', async ({ context, extensionId, tenant }) => {
    tenant.setSignedInUserRoles(['Application Administrator']);
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    await expect(panel.adminWarning()).toContainText('Privileged Role Administrator or Global Administrator');
    await expect(panel.adminWarning()).toContainText('Application Administrator');
    for (const role of REQUIRED_GRAPH_ROLES) await expect(panel.planAction(`grant-role:${role}`)).toHaveAttribute('data-state', 'skipped');
    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    await expect(panel.status()).toContainText('except admin consent');

    const graphSpId = graphServicePrincipal(tenant).id;
    expect(graphWrites(tenant).filter((e) => e.url.includes(`/servicePrincipals/${graphSpId}/appRoleAssignedTo`))).toEqual([]);
    const { apps, sps, grants, secrets } = tonicObjects(tenant);
    expect([apps.length, sps.length, grants.length, secrets.length]).toEqual([1, 1, 0, 1]);
    await expect(panel.step('admin-consent')).toHaveAttribute('data-verified', 'no');
  });

  test("a secret lifetime the tenant's policy refuses offers a shorter one, and the rerun continues", async ({ context, extensionId, tenant }) => {
    tenant.switches.policy.maxPasswordLifetimeDays = 400;
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    await panel.runPlan().click();
    await panel.settled('error', 30_000);
    await expect(panel.page.getByTestId('graph-explanation')).toContainText('shorter lifetime');
    await expect(panel.progressItem('add-secret')).toHaveAttribute('data-outcome', 'failed');

    await panel.page.getByTestId('graph-lifetime-12').click();
    await expect(panel.planAction('add-secret')).toContainText('12 months');
    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
    const { apps, sps, secrets } = tonicObjects(tenant);
    expect([apps.length, sps.length, secrets.length]).toEqual([1, 1, 1]);
    const days = (Date.parse(secrets[0]!.endDateTime) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(330);
    expect(days).toBeLessThan(400);
  });
});

test.describe('Microsoft Graph: whose app it is', () => {
  const RISK = 'owned by Alex Wilber, who holds no admin role; it has 1 secret you did not create with this assistant';

  test('a name squat: listed as a risk, never granted; "Create a new app" sets up an app the admin alone owns', async ({ context, extensionId, tenant }) => {
    const squat = tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');

    const row = panel.candidate(squat.application.id);
    await expect(row).toHaveAttribute('data-trust', 'risk');
    await expect(row).toHaveAttribute('data-selected', 'false');
    await expect(row.getByTestId('graph-candidate-owners')).toContainText('Alex Wilber (no admin role)');
    await expect(row.getByTestId('graph-candidate-credentials')).toContainText('1 secret (1 not created with this assistant)');
    // Days read as the panel shows them in this English browser (utils/i18n/dates.ts).
    await expect(row).toContainText(`created ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(squat.application.createdDateTime))}`);
    await expect(row).toContainText(`Owned by Alex Wilber, who holds no admin role; it has 1 secret you did not create with this assistant.`);
    await expect(panel.planBlocked()).toContainText('Choose the one to use, or create a new app');
    await expect(panel.runPlan()).toBeDisabled();

    // Picking it asks for a separate confirmation before anything could be granted.
    await panel.chooseCandidate(squat.application.id).check();
    await expect(panel.appRisk()).toContainText(RISK);
    await expect(panel.riskConfirm()).not.toBeChecked();
    await expect(panel.planBlocked()).toContainText('Confirm that you want to use it');
    await expect(panel.runPlan()).toBeDisabled();

    await panel.chooseNewApp().check();
    await expect(panel.appRisk()).toHaveCount(0);
    await expect(panel.planAction('create-app')).toHaveAttribute('data-state', 'todo');
    await panel.runPlan().click();
    await panel.settled('done', 30_000);

    expect(writesTouching(tenant, [squat.application.id, squat.application.appId, squat.servicePrincipal?.id])).toEqual([]);
    const mine = tenant.state.applications.filter((a) => a.displayName === APP_NAME && a.id !== squat.application.id);
    expect(mine).toHaveLength(1);
    expect(tenant.state.owners[mine[0]!.id]).toEqual([tenant.state.signedInUserId]);
    await expect(panel.clientId()).toContainText(mine[0]!.appId);
    expect(tenant.state.appRoleAssignments.some((a) => a.principalId === squat.servicePrincipal!.id)).toBe(false);
  });

  test('Verify marks a squatted app as a risk and does not record it as the setup\'s app', async ({ context, extensionId, tenant }) => {
    const squat = tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.verify().click();
    await panel.settled('done');
    await expect(panel.status()).toContainText('is not clearly yours');
    await expect(panel.appRisk()).toContainText(RISK);
    await expect(panel.riskConfirm()).toHaveCount(0);
    await expect(panel.candidate(squat.application.id)).toHaveAttribute('data-trust', 'risk');
    await expect(panel.clientId()).not.toContainText(squat.application.appId);
    expect(graphWrites(tenant)).toEqual([]);
  });

  test('a key squat under the one-time creation key: a panel closed mid-create resumes on its own app only', async ({ context, extensionId, tenant }) => {
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');

    // The create reaches Entra, but the panel is closed before the answer arrives.
    let created: (() => void) | undefined;
    const reached = new Promise<void>((resolve) => (created = resolve));
    await context.route('https://graph.microsoft.com/v1.0/applications', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await tenant.handle(new Request(route.request().url(), { method: 'POST', headers: route.request().headers(), body: route.request().postData() ?? '' }));
      created?.();
      // Never answered.
    });
    await panel.runPlan().click();
    await reached;
    await panel.page.close();
    await context.unroute('https://graph.microsoft.com/v1.0/applications');

    const [ours] = tonicObjects(tenant).apps;
    const tag = ours!.tags[0]!;
    expect(tag).toMatch(/^TonicDMSetupRun:[0-9a-f]{32}$/);
    // The tag is public: one member copies it onto their own app, another hands such an app to the admin.
    const copied = tenant.addSquatterApp({ displayName: APP_NAME, tags: [tag], withServicePrincipal: true });
    const handedOver = tenant.addSquatterApp({ displayName: APP_NAME, tags: [tag], handOverTo: [tenant.state.signedInUserId] });

    const reopened = await openGraphPanel(context, extensionId);
    await reopened.resume().click();
    await reopened.settled('done', 30_000);
    await expect(reopened.progressItem('create-app')).toHaveAttribute('data-outcome', 'already-done');
    await expect(reopened.clientId()).toContainText(ours!.appId);

    expect(tenant.state.applications.filter((a) => a.displayName === APP_NAME)).toHaveLength(3);
    for (const squat of [copied, handedOver]) {
      expect(writesTouching(tenant, [squat.application.id, squat.application.appId, squat.servicePrincipal?.id])).toEqual([]);
    }
    const { grants } = tonicObjects(tenant);
    expect(grants).toHaveLength(3);
    expect(new Set(grants.map((g) => g.principalId))).toEqual(new Set([tenant.state.servicePrincipals.find((sp) => sp.appId === ours!.appId)!.id]));
  });

  test('a key squat under the key earlier versions upserted: never found, never changed', async ({ context, extensionId, tenant }) => {
    const squat = tenant.addSquatterApp({ displayName: 'Mail archive helper', uniqueName: `tonicdm-office-365-token-${tenant.tenantId}`, withServicePrincipal: true });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    await expect(panel.candidates()).toHaveCount(0);
    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    expect(writesTouching(tenant, [squat.application.id, squat.application.appId, squat.servicePrincipal?.id])).toEqual([]);
    expect(tenant.log.some((e) => e.url.includes('uniqueName'))).toBe(false);
    expect(tonicObjects(tenant).apps).toHaveLength(1);
  });

  test("the admin's own app: preselected and run without any confirmation, next to a squat", async ({ context, extensionId, tenant }) => {
    const own = seedManualSetup(tenant, { consent: false, secret: false });
    const squat = tenant.addSquatterApp({ displayName: APP_NAME });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    await expect(panel.candidate(own.application.id)).toHaveAttribute('data-trust', 'yours');
    await expect(panel.candidate(own.application.id)).toHaveAttribute('data-selected', 'true');
    await expect(panel.candidate(squat.application.id)).toHaveAttribute('data-trust', 'risk');
    await expect(panel.appRisk()).toHaveCount(0);
    await expect(panel.planBlocked()).toHaveCount(0);
    for (const role of REQUIRED_GRAPH_ROLES) await expect(panel.planAction(`grant-role:${role}`)).toHaveAttribute('data-state', 'todo');

    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    expect(writesTouching(tenant, [squat.application.id, squat.application.appId])).toEqual([]);
    const graphId = graphServicePrincipal(tenant).id;
    expect(tenant.state.appRoleAssignments.filter((a) => a.principalId === own.servicePrincipal.id && a.resourceId === graphId)).toHaveLength(3);
    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');

    // The secret this run added is the assistant's own: the next Automate still finds the app clearly the admin's.
    await panel.automate().click();
    await panel.settled('idle');
    await expect(panel.candidate(own.application.id)).toHaveAttribute('data-trust', 'yours');
    await expect(panel.planAction('nothing')).toBeVisible();
  });

  test('a risky app is used only after its separate confirmation, which is bound to what was shown', async ({ context, extensionId, tenant }) => {
    const own = seedManualSetup(tenant, { secret: false });
    const squat = tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.automate().click();
    await panel.settled('idle');
    await expect(panel.candidate(own.application.id)).toHaveAttribute('data-selected', 'true');

    // Not the app checked so far: its owners and credentials are read before the plan changes.
    await panel.chooseCandidate(squat.application.id).click();
    await panel.settled('idle');
    await expect(panel.candidate(squat.application.id)).toHaveAttribute('data-selected', 'true');
    await expect(panel.appRisk()).toContainText(RISK);
    await expect(panel.runPlan()).toBeDisabled();
    expect(graphWrites(tenant)).toEqual([]);

    await panel.riskConfirm().check();
    await expect(panel.planBlocked()).toHaveCount(0);
    await expect(panel.runPlan()).toBeEnabled();
    // A change to the app after the confirmation voids it before anything is sent.
    tenant.addPassword(squat.application.id, { displayName: 'one more' });
    await panel.runPlan().click();
    await panel.settled('error', 30_000);
    await expect(panel.status()).toContainText('changed after you reviewed it');
    expect(graphWrites(tenant)).toEqual([]);
    expect(tenant.state.appRoleAssignments.some((a) => a.principalId === squat.servicePrincipal!.id)).toBe(false);
  });
});
