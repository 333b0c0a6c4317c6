/**
 * The guided overlay end to end on the portal replica, with the built extension loaded: the
 * whole TonicDM setup in the classic and the react layout (and registration plus API
 * permissions in German). At every point exactly one element in the page, across all frames,
 * carries data-tdm-guide, the side panel's checklist follows live, and wrong turns show in the
 * callout and in the panel.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { dismissToasts } from './support/portalActions';
import { bladeScope, routePortalReplica, tonicDmAppSeed, type ReplicaLayout } from './support/portalReplica';
import {
  clickTypeButton,
  expectCallout,
  expectGuide,
  expectNoGuide,
  followGuide,
  calloutsShown,
} from './support/guideWalk';

const APP_NAME = 'TonicDM Office 365 Token';
const SECRET_NAME = 'TonicDM Office365 Secret';
const ROLES = ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'] as const;
const SECRET_FORMAT = /[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/;
const SHOTS = 'docs/screenshots';

type Panel = Awaited<ReturnType<typeof openSidePanel>>;

const TEXTS = {
  en: {
    newRegistration: /^New registration$/,
    register: /^Register$/,
    apiPermissions: /API permissions/,
    addPermission: /^Add a permission$/,
    graph: /Microsoft Graph/,
    application: /Application permissions/,
    delegated: 'Delegated permissions',
    addPermissions: /^Add permissions$/,
    typeApplication: 'Application',
    grant: /^Grant admin consent for Contoso$/,
    yes: /^Yes$/,
    credentials: /Certificates & secrets/,
    newSecret: /^New client secret$/,
    add: /^Add$/,
    months24: /730 days \(24 months\)/,
    properties: /Properties/,
    save: /^Save$/,
    users: /Users and groups/,
    addUserGroup: /^Add user\/group$/,
    noneSelected: /^None Selected$/,
    select: /^Select$/,
    assign: /^Assign$/,
    enterpriseApps: 'Enterprise applications',
  },
  de: {
    newRegistration: /^Neue Registrierung$/,
    register: /^Registrieren$/,
    apiPermissions: /API-Berechtigungen/,
    addPermission: /^Berechtigung hinzufügen$/,
    graph: /Microsoft Graph/,
    application: /Anwendungsberechtigungen/,
    delegated: 'Delegierte Berechtigungen',
    addPermissions: /^Berechtigungen hinzufügen$/,
    typeApplication: 'Anwendung',
  },
} as const;

/** Opens the replica at App registrations with the side panel in a tab, portal in front. */
async function start(context: Parameters<typeof routePortalReplica>[0], extensionId: string, options: Parameters<typeof routePortalReplica>[1]) {
  const replica = await routePortalReplica(context, { renderDelayMs: 60, ...options });
  const portal = await context.newPage();
  await portal.goto(replica.urls.appList);
  const panel = await openSidePanel(context, extensionId);
  await portal.bringToFront();
  return { replica, portal, panel };
}

async function expectStatus(panel: Panel, status: Record<string, 'todo' | 'current' | 'done'>) {
  for (const [id, value] of Object.entries(status)) {
    await expect(panel.step(id as never)).toHaveAttribute('data-status', value);
  }
}

async function shot(page: Page, name: string) {
  await page.bringToFront();
  // Let the ring and callout settle after the last layout change (autoUpdate, ring transition).
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** App registrations → New registration → name (the callout's Type button) → Register. */
async function guidedRegistration(portal: Page, panel: Panel, texts: typeof TEXTS.en | typeof TEXTS.de, screenshots = false) {
  await expectStatus(panel, { register: 'current', 'copy-ids': 'todo' });
  const newRegistration = await expectGuide(portal, 'register.new-registration', { text: texts.newRegistration });
  if (screenshots) await shot(portal, 'guide-new-registration');
  await newRegistration.click();

  // The attribute moves on once the name is in, so hold on to the element itself.
  const name = await (await expectGuide(portal, 'register.name')).elementHandle();
  expect(await name!.inputValue()).toBe('');
  if (screenshots) await shot(portal, 'guide-register-name');
  expect(await clickTypeButton(portal)).toBe(`Type "${APP_NAME}"`);
  await expect.poll(() => name!.inputValue()).toBe(APP_NAME);

  // Esc dismisses the guide everywhere; the side panel's "Show page guide" brings it back.
  await expectGuide(portal, 'register.submit', { text: texts.register });
  await portal.keyboard.press('Escape');
  await expectNoGuide(portal);
  expect(await calloutsShown(portal)).toBe(0);
  await panel.page.getByTestId('show-guide').click();
  await portal.bringToFront();

  // Single tenant is the default choice, so the next control is Register.
  await followGuide(portal, 'register.submit', (el) => el.click(), { text: texts.register });
  await expect(portal).toHaveURL(/ApplicationMenuBlade\/~\/Overview\/appId\//);
  await expectStatus(panel, { register: 'done', 'copy-ids': 'done', 'api-permissions': 'current' });
}

/** Add a permission → Microsoft Graph → (Delegated: wrong turn) → Application → each role → Add permissions. */
async function guidedPermissions(portal: Page, panel: Panel, layout: ReplicaLayout, texts: typeof TEXTS.en | typeof TEXTS.de, screenshots = false) {
  await followGuide(portal, 'api-permissions.open', (el) => el.click(), { text: texts.apiPermissions });
  await expect(portal).toHaveURL(/~\/CallAnAPI\//);
  // The new app's default delegated User.Read is harmless: an info notice, not an error.
  await expect(panel.notice('page:default-user-read')).toBeVisible();
  await followGuide(portal, 'api-permissions.add', (el) => el.click(), { text: texts.addPermission });
  await followGuide(portal, 'api-permissions.graph', (el) => el.click(), { text: texts.graph });

  // Wrong turn: Delegated permissions. The panel says so; the guide stays on Application permissions.
  const scope = bladeScope(portal, layout);
  await scope.getByRole('button', { name: texts.delegated, exact: true }).click();
  await expect(panel.notice('page:delegated-instead-of-application')).toBeVisible();
  const application = await expectGuide(portal, 'api-permissions.application', { text: texts.application });
  await expectCallout(portal, /^Choose "Application permissions", not Delegated\./, /"Delegated permissions" is selected/);
  if (screenshots) await shot(portal, 'guide-application-permissions');
  await application.click();
  await expect(panel.notice('page:delegated-instead-of-application')).toHaveCount(0);

  for (const [index, role] of ROLES.entries()) {
    // The filter box, filled by the callout's Type button or by hand, then (if collapsed) the group.
    const filter = await (await expectGuide(portal, 'api-permissions.filter')).elementHandle();
    if (index === 0) expect(await clickTypeButton(portal)).toBe(`Type "${role}"`);
    else await filter!.fill(role);
    await expect.poll(() => filter!.inputValue()).toBe(role);
    // The role's group is collapsed: the guide points at its header first, then at the role.
    const roleId = `api-permissions.role.${role}`;
    const header = await expectGuide(portal, roleId);
    expect(await header.getAttribute('aria-expanded')).toBe('false');
    await header.click();
    const target = await expectGuide(portal, roleId, { text: new RegExp(`^${role.replace(/\./g, '\\.')}$`) });
    await target.click();
    await expect(scope.getByRole('checkbox', { name: role, exact: true })).toBeChecked();
  }
  await followGuide(portal, 'api-permissions.submit', (el) => el.click(), { text: texts.addPermissions });
  // Exactly the three roles are configured as Application permissions.
  const applicationRows = scope.getByRole('row').filter({ has: scope.getByText(texts.typeApplication, { exact: true }) });
  await expect(applicationRows).toHaveCount(ROLES.length);
  for (const role of ROLES) await expect(applicationRows.filter({ has: scope.getByText(role, { exact: true }) })).toHaveCount(1);
  await expectStatus(panel, { 'api-permissions': 'done', 'admin-consent': 'current' });
}

async function walk(layout: ReplicaLayout, context: Parameters<typeof routePortalReplica>[0], extensionId: string) {
  const { portal, panel } = await start(context, extensionId, { layout });
  const texts = TEXTS.en;
  const shots = layout === 'react';
  const scope = () => bladeScope(portal, layout);
  await expect(panel.page.getByTestId('step-scope-mailboxes')).toBeAttached();

  await guidedRegistration(portal, panel, texts, shots);
  await guidedPermissions(portal, panel, layout, texts, shots);

  // Admin consent: not granted yet is explained, then Grant → Yes.
  await expect(panel.notice('page:consent-not-granted')).toBeVisible();
  await dismissToasts(portal);
  await expectGuide(portal, 'admin-consent.grant', { text: texts.grant });
  await expectCallout(portal, /^Click "Grant admin consent for …"/, /Admin consent is missing/);
  if (shots) await shot(portal, 'guide-admin-consent');
  await followGuide(portal, 'admin-consent.grant', (el) => el.click(), { text: texts.grant });
  await followGuide(portal, 'admin-consent.confirm', (el) => el.click(), { text: texts.yes });
  await expectStatus(panel, { 'admin-consent': 'done', 'client-secret': 'current' });
  await expect(panel.notice('page:consent-not-granted')).toHaveCount(0);
  await dismissToasts(portal);

  // Client secret: menu, New client secret, Description (Type button), Expires 24 months, Add, the Value.
  await followGuide(portal, 'client-secret.open', (el) => el.click(), { text: texts.credentials });
  await followGuide(portal, 'client-secret.new', (el) => el.click(), { text: texts.newSecret });
  const description = await (await expectGuide(portal, 'client-secret.description')).elementHandle();
  expect(await clickTypeButton(portal)).toBe(`Type "${SECRET_NAME}"`);
  await expect.poll(() => description!.inputValue()).toBe(SECRET_NAME);
  await followGuide(portal, 'client-secret.expires'); // opens the dropdown
  await followGuide(portal, 'client-secret.expires', (el) => el.click(), { text: texts.months24 });
  await followGuide(portal, 'client-secret.add', (el) => el.click(), { text: texts.add });
  await dismissToasts(portal);
  // The Value's copy button, in the new row; it stays pointed at after the capture (shown once).
  const row = scope().getByRole('row', { name: new RegExp(SECRET_NAME) });
  await expect(row).toContainText(SECRET_FORMAT);
  const value = await expectGuide(portal, 'client-secret.value', { text: /^Copy to clipboard$/ });
  expect(await value.evaluate((el) => el.closest('[role="row"], tr')?.textContent ?? '')).toMatch(SECRET_FORMAT);
  await expectStatus(panel, { 'client-secret': 'done', 'tonicdm-setup': 'current' });
  await expectGuide(portal, 'client-secret.value');
  await expectCallout(portal, /has captured this Value/);
  if (shots) await shot(portal, 'guide-secret-value');

  // Enterprise application: the type filter hides the app; then Properties → Assignment required Yes → Save.
  await portal.locator('.fxs-sidebar a', { hasText: texts.enterpriseApps }).click();
  // The pill is only a labelled group here, so the guide points at its ×.
  const chip = await expectGuide(portal, 'assignment-required.filter', { text: /^Remove filter$/ });
  await expect(panel.notice('page:enterprise-filter-hides-app')).toBeVisible();
  await chip.click();
  await followGuide(portal, 'assignment-required.app', (el) => el.click(), { text: new RegExp(`^${APP_NAME}$`) });
  await followGuide(portal, 'assignment-required.properties', (el) => el.click(), { text: texts.properties });
  await followGuide(portal, 'assignment-required.yes');
  await followGuide(portal, 'assignment-required.save', (el) => el.click(), { text: texts.save });
  // TonicDM's own setup stays the current step: it happens on another site.
  await expectStatus(panel, { 'assignment-required': 'done', 'assign-users': 'todo', 'tonicdm-setup': 'current' });
  await dismissToasts(portal);

  // Users and groups → Add user/group → None Selected → pick → Select → Assign.
  await followGuide(portal, 'assign-users.open', (el) => el.click(), { text: texts.users });
  await followGuide(portal, 'assign-users.add', (el) => el.click(), { text: texts.addUserGroup });
  await followGuide(portal, 'assign-users.pick', (el) => el.click(), { text: texts.noneSelected });
  await expectGuide(portal, 'assign-users.pick', { text: texts.select });
  await scope().getByRole('checkbox', { name: 'Adele Vance', exact: true }).check();
  await followGuide(portal, 'assign-users.pick', (el) => el.click(), { text: texts.select });
  await followGuide(portal, 'assign-users.assign', (el) => el.click(), { text: texts.assign });
  await expectStatus(panel, { 'assign-users': 'done' });
  await expectNoGuide(portal);
}

for (const layout of ['classic', 'react'] as const) {
  test(`${layout}: the guide walks the whole setup`, async ({ context, extensionId }) => {
    await walk(layout, context, extensionId);
  });
}

test('German portal (react): registration and API permissions', async ({ context, extensionId }) => {
  const { portal, panel } = await start(context, extensionId, { layout: 'react', locale: 'de' });
  await guidedRegistration(portal, panel, TEXTS.de);
  await guidedPermissions(portal, panel, 'react', TEXTS.de);
  await expectGuide(portal, 'admin-consent.grant', { text: /^Administratorzustimmung für Contoso erteilen$/ });
});

test('consent the admin cannot grant, and the default User.Read, are explained', async ({ context, extensionId }) => {
  const seed = tonicDmAppSeed({
    secrets: [],
    permissions: [
      { name: 'User.Read', type: 'Delegated', granted: false },
      ...ROLES.map((name) => ({ name, type: 'Application' as const, granted: false })),
    ],
  });
  const { replica, portal, panel } = await start(context, extensionId, { layout: 'react', canConsent: false, apps: [seed] });
  const app = replica.initialState.apps[0]!;
  await portal.goto(replica.urls.overview(app.appId, app.objectId));
  await expectStatus(panel, { 'copy-ids': 'done' });
  await followGuide(portal, 'api-permissions.open', (el) => el.click(), { text: TEXTS.en.apiPermissions });
  await expectStatus(panel, { 'api-permissions': 'done', 'admin-consent': 'current' });

  // The grant button is disabled for this admin: the guide still points at it and says why.
  const grant = await expectGuide(portal, 'admin-consent.grant', { text: TEXTS.en.grant });
  await expect(grant).toHaveAttribute('aria-disabled', 'true');
  const callout = await expectCallout(portal, /Grant admin consent/, /cannot grant admin consent here.*Global Administrator or Privileged Role Administrator/);
  const consent = panel.notice('page:consent-not-granted');
  await expect(consent).toContainText('Your account cannot grant admin consent here');
  await expect(consent).toHaveClass(/notice-error/);

  // The default delegated User.Read is only an info note, in the panel and not in the callout.
  const userRead = panel.notice('page:default-user-read');
  await expect(userRead).toContainText('User.Read');
  await expect(userRead).toHaveClass(/notice-info/);
  expect(callout.warning).not.toContain('User.Read');
});
