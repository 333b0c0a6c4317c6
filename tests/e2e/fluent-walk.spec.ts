/**
 * The guided walk on the Fluent UI replica's default markup, which follows the current live
 * portal as portal-evidence.md describes it, plus one test per evidence row the walk meets.
 * Each test names its row.
 */
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { activeBlade, routeFluentReplica } from './support/fluentReplica';
import { dismissToasts, menuItem } from './support/fluentPortal';
import {
  expectGuideWhere,
  expectStatus,
  guidedEnterpriseSearch,
  ROLES,
  startWalk,
  walkAdminConsent,
  walkApiPermissions,
  walkAssignmentRequired,
  walkAssignUsers,
  walkClientSecret,
  walkCopyIds,
  walkRegister,
  walkTonicdmSetup,
} from './support/fluentWalk';
import { expectGuide, followGuide } from './support/guideWalk';

const notGranted = ROLES.map((name) => ({ name, type: 'Application' as const, granted: false }));

test('all eight steps on the current portal markup', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const walk = await startWalk(context, extensionId);
  await walkRegister(walk);
  await walkCopyIds(walk);
  // P2: permission rows are [role=row][aria-selected] named by a <label>, with no checkbox.
  await walkApiPermissions(walk);
  await walkAdminConsent(walk);
  await walkClientSecret(walk);
  await walkTonicdmSetup(walk);
  // E3: the app is listed under the default filter but not rendered in the long list.
  await walkAssignmentRequired(walk, guidedEnterpriseSearch);
  await walkAssignUsers(walk);
});

test('R1/R2: "Multiple Entra ID tenants" in the account-type dropdown is a wrong turn', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, {}, (urls) => urls.create);
  const blade = activeBlade(walk.portal);
  await blade.getByRole('textbox', { name: 'Name' }).fill('TonicDM Office 365 Token');
  const accountTypes = blade.getByRole('combobox', { name: 'Who can use this application or access this API?' });
  await accountTypes.click();
  await blade.getByRole('option', { name: 'Multiple Entra ID tenants' }).click();
  await expect(accountTypes).toHaveText(/^Multiple Entra ID tenants/);
  await expect(walk.panel.notice('page:not-single-tenant')).toBeVisible();
  // The dropdown is pointed at, then its "Single tenant only - Contoso" option.
  await followGuide(walk.portal, 'register.single-tenant');
  await followGuide(walk.portal, 'register.single-tenant', (el) => el.click(), { text: /^Single tenant only - Contoso$/ });
  await expect(accountTypes).toHaveText(/^Single tenant only - Contoso/);
  await expect(walk.panel.notice('page:not-single-tenant')).toHaveCount(0);
  await expectGuide(walk.portal, 'register.submit', { text: /^Register$/ });
});

test('P4/P5: a consent confirmation without a dialog role is found by its title and Yes', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, { apps: [{ permissions: notGranted }], variants: { consentConfirmation: 'inline' } });
  const app = walk.replica.directory.apps[0]!;
  await walk.portal.goto(walk.replica.urls.overviewAfterRegister(app));
  await expectStatus(walk.panel, { 'copy-ids': 'done' });
  await walk.portal.goto(walk.replica.urls.appMenu('CallAnAPI', app.appId));
  await expectStatus(walk.panel, { 'api-permissions': 'done', 'admin-consent': 'current' });
  await walkAdminConsent(walk);
});

test('P4/P5: the "Other permissions have been granted…" dialog comes first and is guided', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, {
    apps: [{ permissions: notGranted, otherGranted: [{ name: 'Calendars.Read', type: 'Application' }] }],
  });
  const app = walk.replica.directory.apps[0]!;
  await walk.portal.goto(walk.replica.urls.overviewAfterRegister(app));
  await expectStatus(walk.panel, { 'copy-ids': 'done' });
  await walk.portal.goto(walk.replica.urls.appMenu('CallAnAPI', app.appId));
  await followGuide(walk.portal, 'admin-consent.grant', (el) => el.click(), { text: /^Grant admin consent for Contoso$/ });
  // Not the Grant button behind the dialog: a control of the dialog itself.
  const guided = await expectGuideWhere(walk.portal, 'the pre-dialog is guided', (g) => g.id.startsWith('admin-consent.') && /^(Save and continue|Yes, add other granted permissions)/.test(g.text));
  const blade = activeBlade(walk.portal);
  if (!guided.text.startsWith('Save and continue')) await blade.getByText('Yes, add other granted permissions to configured permissions').click();
  await blade.getByRole('button', { name: 'Save and continue' }).click();
  await followGuide(walk.portal, 'admin-consent.confirm', (el) => el.click(), { text: /^Yes$/ });
  await expectStatus(walk.panel, { 'admin-consent': 'done' });
});

test('P8: permissions only under "Other permissions granted for Contoso" are not configured', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, {
    apps: [{ permissions: [{ name: 'User.Read', type: 'Delegated', granted: true }], otherGranted: ROLES.map((name) => ({ name, type: 'Application' as const })) }],
  });
  const app = walk.replica.directory.apps[0]!;
  await walk.portal.goto(walk.replica.urls.overviewAfterRegister(app));
  await expectStatus(walk.panel, { 'copy-ids': 'done' });
  await walk.portal.goto(walk.replica.urls.appMenu('CallAnAPI', app.appId));
  await expect(activeBlade(walk.portal).getByRole('grid', { name: 'Other permissions granted for Contoso' })).toContainText('Mail.ReadWrite');
  await expectGuide(walk.portal, 'api-permissions.add', { text: /^Add a permission$/ });
  await expectStatus(walk.panel, { 'api-permissions': 'current', 'admin-consent': 'todo' });
});

test('E3: the long Enterprise apps list sends the admin to its search box, not to "Remove filter"', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, { apps: [{}] });
  const app = walk.replica.directory.apps[0]!;
  await walk.portal.goto(walk.replica.urls.overviewAfterRegister(app));
  await expectStatus(walk.panel, { 'copy-ids': 'done' });
  await walk.portal.goto(walk.replica.urls.entList);
  await expect(activeBlade(walk.portal).getByText(/^\d{3} applications found$/)).toBeVisible();
  await guidedEnterpriseSearch(walk);
  await expectGuide(walk.portal, 'assignment-required.app', { text: /^TonicDM Office 365 Token$/ });
});

test('the previous blade\'s frame, still on screen after a switch, is never read as the new blade', async ({ context, extensionId }) => {
  const replica = await routeFluentReplica(context, { apps: [{ permissions: ROLES.map((name) => ({ name, type: 'Application' as const, granted: true })) }], keepPreviousFrameMs: 1500 });
  const app = replica.directory.apps[0]!;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewAfterRegister(app));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(app.appId);
  await portal.bringToFront();
  await menuItem(portal, 'API permissions').click();
  await expectStatus(panel, { 'admin-consent': 'done' });
  await dismissToasts(portal);
  await menuItem(portal, 'Certificates & secrets').click();
  await expect(activeBlade(portal).getByRole('button', { name: 'New client secret' })).toBeVisible();
  await portal.waitForTimeout(1500);
  // "MailboxSettings.ReadWrite" in the leaving API permissions frame is not a client secret.
  await expect(panel.secret()).toHaveAttribute('data-state', 'missing');
  await expectStatus(panel, { 'client-secret': 'current' });
});

test('U9: a #@<tenant>/view/… link is recognised', async ({ context, extensionId }) => {
  const replica = await routeFluentReplica(context, { apps: [{}] });
  const app = replica.directory.apps[0]!;
  const portal = await context.newPage();
  await portal.goto(replica.urls.overviewAfterRegister(app).replace('/#view/', `/#@${replica.directory.tenant.domain}/view/`));
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.clientId()).toContainText(app.appId);
  await expect(panel.tenantId()).toContainText(replica.directory.tenant.id);
});
