/**
 * The guided walk, all eight steps, on the Fluent UI replica with the built extension: genuine
 * Fluent markup in cross-origin frames at the portal's hosts. This run uses the replica's
 * variants that the guide reads today (permission rows with their checkboxes, a consent
 * Dialog); fluent-walk.spec.ts walks the current portal's markup as portal-evidence.md
 * describes it.
 */
import { expect, test } from './support/extension';
import { activeBlade } from './support/fluentReplica';
import {
  expectStatus,
  searchEnterpriseApps,
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

test('the guide walks all eight steps on genuine Fluent UI blades', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const walk = await startWalk(context, extensionId, { variants: { permissionRows: 'checkbox' } });
  await walkRegister(walk);
  await walkCopyIds(walk);
  await walkApiPermissions(walk);
  await walkAdminConsent(walk);
  await walkClientSecret(walk);
  await walkTonicdmSetup(walk);
  await walkAssignmentRequired(walk, searchEnterpriseApps);
  await walkAssignUsers(walk);
  await expectStatus(walk.panel, {
    register: 'done',
    'copy-ids': 'done',
    'api-permissions': 'done',
    'admin-consent': 'done',
    'client-secret': 'done',
    'tonicdm-setup': 'done',
    'assignment-required': 'done',
    'assign-users': 'done',
  });
});

test('the older radio wording: a multi-tenant choice is flagged and single tenant is pointed at', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, { variants: { accountTypes: 'radios' } }, (urls) => urls.create);
  const blade = activeBlade(walk.portal);
  await blade.getByRole('textbox', { name: 'Name' }).fill('TonicDM Office 365 Token');
  await blade.getByText('Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant)', { exact: true }).click();
  await expect(walk.panel.notice('page:not-single-tenant')).toBeVisible();
  await followGuide(walk.portal, 'register.single-tenant', (el) => el.click(), { text: /^Accounts in this organizational directory only \(Contoso only - Single tenant\)$/ });
  await expect(blade.getByRole('radio', { name: /^Accounts in this organizational directory only/ })).toBeChecked();
  await expect(walk.panel.notice('page:not-single-tenant')).toHaveCount(0);
  await expectGuide(walk.portal, 'register.submit', { text: /^Register$/ });
});

test('Yes/No as a choice group: Yes, then Save, and only a saved Yes is done', async ({ context, extensionId }) => {
  const walk = await startWalk(context, extensionId, { apps: [{}], variants: { yesNo: 'choice' } });
  const sp = walk.replica.directory.servicePrincipals.find((s) => s.appId === walk.replica.directory.apps[0]!.appId)!;
  await walk.portal.goto(walk.replica.urls.overviewAfterRegister(walk.replica.directory.apps[0]!));
  await expectStatus(walk.panel, { 'copy-ids': 'done' });
  await walk.portal.goto(walk.replica.urls.entMenu('Properties', sp));
  const blade = activeBlade(walk.portal);
  const group = blade.getByRole('radiogroup', { name: 'Assignment required?' });
  await expect(group.getByRole('radio', { name: 'No' })).toBeChecked();
  await followGuide(walk.portal, 'assignment-required.yes', (el) => el.click({ force: true }));
  await expect(group.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expectStatus(walk.panel, { 'assignment-required': 'todo' });
  await followGuide(walk.portal, 'assignment-required.save', (el) => el.click(), { text: /^Save$/ });
  await expect(blade.getByRole('menuitem', { name: 'Save' })).toBeDisabled();
  await expectStatus(walk.panel, { 'assignment-required': 'done' });
});
