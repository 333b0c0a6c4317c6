/**
 * The guided overlay end to end on the portal replica, with the built extension loaded: the
 * whole TonicDM setup in the classic and the react layout, in the portal's current wording and
 * its legacy one (and registration plus API permissions in German, guided in German in an English browser). At every point exactly one
 * element in the page, across all frames, carries data-tdm-guide, the side panel's checklist
 * follows live, and wrong turns show in the callout and in the panel.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { addClientSecret, dismissToasts } from './support/portalActions';
import { bladeScope, routePortalReplica, tonicDmAppSeed, type ReplicaLayout, type ReplicaWording } from './support/portalReplica';
import {
  calloutsInPage,
  clickCallout,
  clickTypeButton,
  expectCallout,
  expectGuide,
  expectNoGuide,
  followGuide,
  calloutsShown,
  overlaps,
  recordCallouts,
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
    enterpriseApps: 'Enterprise apps',
    // What the guide says: in the page's language.
    typeButton: (text: string) => `Type "${text}"`,
    newRegistrationCallout: /^Click "New registration"\.\nTonicDM needs its own app registration/,
    applicationCallout: /^Choose "Application permissions", not Delegated\./,
    delegatedWarning: /"Delegated permissions" is selected/,
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
    typeButton: (text: string) => `"${text}" eingeben`,
    newRegistrationCallout: /^Klicken Sie auf "Neue Registrierung"\.\nTonicDM benötigt eine eigene App-Registrierung/,
    applicationCallout: /^Wählen Sie "Anwendungsberechtigungen", nicht "Delegierte Berechtigungen"\./,
    delegatedWarning: /"Delegierte Berechtigungen" ist ausgewählt/,
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

/** README pictures: written only when GUIDE_SCREENSHOTS=1, so a test run leaves the work tree as it was. */
async function shot(page: Page, name: string) {
  if (!process.env.GUIDE_SCREENSHOTS) return;
  await page.bringToFront();
  // Let the ring and callout settle after the last layout change (autoUpdate, ring transition).
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** App registrations → New registration → name (the callout's Type button) → Register. */
async function guidedRegistration(portal: Page, panel: Panel, texts: typeof TEXTS.en | typeof TEXTS.de, screenshots = false) {
  await expectStatus(panel, { register: 'current', 'copy-ids': 'todo' });
  const newRegistration = await expectGuide(portal, 'register.new-registration', { text: texts.newRegistration });
  await expectCallout(portal, texts.newRegistrationCallout);
  if (screenshots) await shot(portal, 'guide-new-registration');
  await newRegistration.click();

  // The attribute moves on once the name is in, so hold on to the element itself.
  const name = await (await expectGuide(portal, 'register.name')).elementHandle();
  expect(await name!.inputValue()).toBe('');
  if (screenshots) await shot(portal, 'guide-register-name');
  expect(await clickTypeButton(portal)).toBe(texts.typeButton(APP_NAME));
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
  await expectCallout(portal, texts.applicationCallout, texts.delegatedWarning);
  if (screenshots) await shot(portal, 'guide-application-permissions');
  await application.click();
  await expect(panel.notice('page:delegated-instead-of-application')).toHaveCount(0);

  for (const [index, role] of ROLES.entries()) {
    const roleRow = scope.locator('[role="row"][aria-selected]', { has: scope.getByText(role, { exact: true }) });
    // The filter box, filled by the callout's Type button or by hand, then (if collapsed) the group.
    const filter = await (await expectGuide(portal, 'api-permissions.filter')).elementHandle();
    if (index === 0) expect(await clickTypeButton(portal)).toBe(texts.typeButton(role));
    else await filter!.fill(role);
    await expect.poll(() => filter!.inputValue()).toBe(role);
    // The role's group is collapsed: the guide points at its header first, then at the role.
    const roleId = `api-permissions.role.${role}`;
    const header = await expectGuide(portal, roleId);
    expect(await header.getAttribute('aria-expanded')).toBe('false');
    await header.click();
    const target = await expectGuide(portal, roleId, { text: new RegExp(`^${role.replace(/\./g, '\\.')}$`) });
    await target.click();
    await expect(roleRow).toHaveAttribute('aria-selected', 'true');
  }
  await followGuide(portal, 'api-permissions.submit', (el) => el.click(), { text: texts.addPermissions });
  // Exactly the three roles are configured as Application permissions.
  const applicationRows = scope.getByRole('row').filter({ has: scope.getByText(texts.typeApplication, { exact: true }) });
  await expect(applicationRows).toHaveCount(ROLES.length);
  for (const role of ROLES) await expect(applicationRows.filter({ has: scope.getByText(role, { exact: true }) })).toHaveCount(1);
  await expectStatus(panel, { 'api-permissions': 'done', 'admin-consent': 'current' });
}

async function walk(layout: ReplicaLayout, wording: ReplicaWording, context: Parameters<typeof routePortalReplica>[0], extensionId: string) {
  const { portal, panel } = await start(context, extensionId, { layout, wording });
  const texts = TEXTS.en;
  const shots = layout === 'react' && wording === 'current';
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

  // Enterprise apps: the long list does not show the app, so the guide points at its search box
  // (the callout's Type button enters the name). Legacy tenants' filter hides registered apps:
  // only then, once the search shows nothing, the guide points at the filter. Then Properties.
  await portal.locator('.fxs-sidebar a', { hasText: wording === 'legacy' ? 'Enterprise applications' : texts.enterpriseApps }).click();
  const search = await (await expectGuide(portal, 'assignment-required.search')).elementHandle();
  await expect(panel.notice('page:enterprise-filter-hides-app')).toHaveCount(0);
  expect(await clickTypeButton(portal)).toBe(`Type "${APP_NAME}"`);
  await expect.poll(() => search!.inputValue()).toBe(APP_NAME);
  if (wording === 'legacy') {
    // The pill is only a labelled group here, so the guide points at its ×.
    const chip = await expectGuide(portal, 'assignment-required.filter', { text: /^Remove filter$/ });
    await expect(panel.notice('page:enterprise-filter-hides-app')).toBeVisible();
    await chip.click();
  }
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

for (const [layout, wording] of [['classic', 'current'], ['react', 'current'], ['react', 'legacy']] as const) {
  test(`${layout}, ${wording} wording: the guide walks the whole setup`, async ({ context, extensionId }) => {
    await walk(layout, wording, context, extensionId);
  });
}

// The browser is English: the guide speaks the portal's language, German, as it reads it.
test('German portal (react): registration and API permissions, guided in German', async ({ context, extensionId }) => {
  const { portal, panel } = await start(context, extensionId, { layout: 'react', locale: 'de' });
  await guidedRegistration(portal, panel, TEXTS.de);
  await guidedPermissions(portal, panel, 'react', TEXTS.de);
  await expectGuide(portal, 'admin-consent.grant', { text: /^Administratorzustimmung für Contoso erteilen$/ });
  await expectCallout(portal, /^Klicken Sie auf "Administratorzustimmung für … erteilen"\.\nAnwendungsberechtigungen wirken erst/);
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

// --- One guide per tab, following the screen --------------------------------------------------

/** The app exists and its IDs are captured; the checklist is on API permissions. */
async function startOnTonicDmApp(context: Parameters<typeof routePortalReplica>[0], extensionId: string) {
  const seed = tonicDmAppSeed({ secrets: [], permissions: [{ name: 'User.Read', type: 'Delegated' }] });
  const started = await start(context, extensionId, { layout: 'react', apps: [seed] });
  const app = started.replica.initialState.apps.find((a) => a.displayName === APP_NAME)!;
  await started.portal.goto(started.replica.urls.overview(app.appId, app.objectId));
  await expectStatus(started.panel, { 'copy-ids': 'done', 'api-permissions': 'current' });
  return { ...started, app };
}

/** Certificates & secrets ahead of the checklist: New client secret, a description, the Expires list open. */
async function openExpiresList(portal: Page) {
  await portal.locator("div[data-telemetryname='Menu-Credentials']").click();
  // The checklist is still on API permissions: the shell's menu shows the way there.
  await expectGuide(portal, 'api-permissions.open', { text: /API permissions/ });
  const scope = bladeScope(portal, 'react');
  await scope.getByRole('button', { name: 'New client secret', exact: true }).click();
  await expectGuide(portal, 'client-secret.description');
  await scope.getByLabel('Description', { exact: true }).fill(SECRET_NAME);
  await followGuide(portal, 'client-secret.expires', (el) => el.click(), { text: /^Recommended: 180 days/ });
  return expectGuide(portal, 'client-secret.expires', { text: /^730 days \(24 months\)$/ });
}

test('one pointer per tab: work open in the blade wins over the menu, and the callout keeps clear of the list', async ({ context, extensionId }) => {
  const { portal } = await startOnTonicDmApp(context, extensionId);
  const recorder = await recordCallouts(portal);
  const option = await openExpiresList(portal);
  // Never two callouts at once, through the menu pointer, the pane and the open list.
  expect(await recorder.stop()).toBe(1);
  expect(await calloutsShown(portal)).toBe(1);

  // The callout covers neither the option it points at nor the open list around it.
  const [callout] = await calloutsInPage(portal);
  const list = await bladeScope(portal, 'react').getByRole('listbox').boundingBox();
  const target = await option.boundingBox();
  expect(callout && list && target).toBeTruthy();
  expect(overlaps(callout!.box, list!)).toBe(false);
  expect(overlaps(callout!.box, target!)).toBe(false);

  // The pointed-at control stays fully usable.
  await option.click();
  await expectGuide(portal, 'client-secret.add', { text: /^Add$/ });
  await expect.poll(() => calloutsShown(portal)).toBe(1);
});

test("Esc: the portal's own use of it keeps the guide; an unused Esc dismisses it; the panel brings it back", async ({ context, extensionId }) => {
  const { portal, panel } = await startOnTonicDmApp(context, extensionId);
  await openExpiresList(portal);
  const scope = bladeScope(portal, 'react');
  // Focus is on the dropdown, which closes its list on Esc: the guide stays.
  await portal.keyboard.press('Escape');
  await expect(scope.getByRole('listbox')).toHaveCount(0);
  await expectGuide(portal, 'client-secret.expires', { text: /^Recommended: 180 days/ });
  await portal.waitForTimeout(400);
  await expectGuide(portal, 'client-secret.expires', { text: /^Recommended: 180 days/ });
  await expect(panel.page.getByTestId('guide-hidden')).toHaveCount(0);

  // Nothing is left for the page to close: this Esc is the guide's.
  await portal.keyboard.press('Escape');
  await expectNoGuide(portal);
  await expect.poll(() => calloutsShown(portal)).toBe(0);
  // The way back is at the top of the side panel.
  const bar = panel.page.getByTestId('guide-hidden');
  await expect(bar).toBeVisible();
  expect(await panel.page.locator('main > *').first().getAttribute('data-testid')).toBe('guide-hidden');
  await bar.getByTestId('show-guide').click();
  await portal.bringToFront();
  await expectGuide(portal, 'client-secret.expires', { text: /^Recommended: 180 days/ });
  await expect(bar).toHaveCount(0);
});

test('the callout takes its own clicks: nothing reaches the page beneath, and its buttons work', async ({ context, extensionId }) => {
  const { portal, panel } = await startOnTonicDmApp(context, extensionId);
  await openExpiresList(portal);
  const scope = bladeScope(portal, 'react');
  const frame = portal.frames().find((f) => /sandbox-14-1\.reactblade/.test(f.url()))!;
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) document.addEventListener(type, () => seen.push(type), true);
  });

  // A click on the callout's text: the page sees nothing, so the open list stays open.
  await clickCallout(portal, 'text');
  await portal.waitForTimeout(200);
  expect(await frame.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  await expect(scope.getByRole('listbox')).toBeVisible();
  await expectGuide(portal, 'client-secret.expires', { text: /^730 days/ });

  // Its own close button works (and nothing beneath it is clicked either).
  await clickCallout(portal, 'close');
  await expectNoGuide(portal);
  expect(await frame.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  await expect(panel.page.getByTestId('guide-hidden')).toBeVisible();
});

test("another app's blades: a warning and no step pointer", async ({ context, extensionId }) => {
  const { portal, replica } = await startOnTonicDmApp(context, extensionId);
  const other = replica.initialState.apps.find((a) => a.displayName === 'Contoso HR Portal')!;
  await portal.goto(replica.urls.apiPermissions(other.appId, other.objectId));
  await expect(bladeScope(portal, 'react').getByRole('button', { name: 'Add a permission', exact: true })).toBeVisible();
  await portal.waitForTimeout(500);
  await expectNoGuide(portal);
  const notOurs = /^This is not the app you are setting up \("TonicDM Office 365 Token"\)/;
  await expect.poll(async () => (await calloutsInPage(portal)).map((c) => notOurs.test(c.warning))).toEqual([true]);
  const [notice] = await calloutsInPage(portal);
  expect(new URL(notice!.frameUrl).host).toBe('entra.microsoft.com');

  // Back on the app being set up, the pointer returns and the warning goes.
  await portal.locator('.fxs-sidebar a', { hasText: 'App registrations' }).click();
  await expectGuide(portal, 'api-permissions.app', { text: new RegExp(`^${APP_NAME}$`) });
  expect((await calloutsInPage(portal)).map((c) => c.warning)).toEqual(['']);
});

test('"Copy page outline": the blade\'s structure for support, with no ID, secret, e-mail or tenant name', async ({ context, extensionId }) => {
  const { portal, panel, replica, app } = await startOnTonicDmApp(context, extensionId);
  await portal.locator("div[data-telemetryname='Menu-Credentials']").click();
  const value = await addClientSecret(portal, 'react', SECRET_NAME);
  expect(value).toMatch(SECRET_FORMAT);
  const snapshot = await replica.state(portal);
  const keyIds = snapshot.apps.flatMap((a) => a.secrets.map((x) => x.keyId));

  // What the panel puts on the clipboard, recorded on its way there.
  await panel.page.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { __copied: string[] }).__copied = copied;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
  });
  await panel.page.getByTestId('copy-outline').click();
  await expect(panel.page.getByTestId('outline-status')).toContainText('Outline copied');
  const [outline = ''] = await panel.page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
  expect(outline).toBeTruthy();

  // Frames by host and path, roles, names, states and stable attributes.
  expect(outline).toContain('Blade: app-credentials');
  expect(outline).toMatch(/== Frame 0: entra\.microsoft\.com\//);
  expect(outline).toMatch(/== Frame \d+: sandbox-14-1\.reactblade\.portal\.azure\.net\/React\/Index\n/);
  expect(outline).toContain('treeitem "Certificates & secrets"');
  expect(outline).toContain('{data-telemetryname="Menu-Credentials"}');
  expect(outline).toContain('button "New client secret"');
  expect(outline).toContain('tab "Client secrets (1)" [selected=true]');
  expect(outline).toContain('gridcell {data-automation-key="value"}');
  expect(outline).toContain('<secret>');
  expect(outline).not.toMatch(/trustedAuthority|sessionId|[?&]l=/);

  // None of the tenant's values.
  const tenant = snapshot.tenant;
  const secrets = [value, value.slice(0, 3) + '*'.repeat(12)];
  const ids = [app.appId, app.objectId, tenant.id, ...keyIds, ...snapshot.servicePrincipals.map((sp) => sp.id)];
  for (const text of [...secrets, ...ids, tenant.domain, snapshot.admin.upn]) expect(outline).not.toContain(text);
  expect(outline.toLowerCase()).not.toContain(tenant.name.toLowerCase());
  expect(outline).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(outline).not.toMatch(/@[a-z0-9-]+\./i);
});

test('"Copy page outline" off the setup flow says what to open instead', async ({ context, extensionId }) => {
  const { portal, panel, replica } = await start(context, extensionId, { layout: 'react' });
  await portal.goto(replica.urls.allUsers);
  await panel.page.getByTestId('copy-outline').click();
  await expect(panel.page.getByTestId('outline-status')).toContainText('no setup page');
});

// --- The tenant's other grants (P5, P8) ------------------------------------------------------

async function startOnPermissions(context: Parameters<typeof routePortalReplica>[0], extensionId: string, seed: Parameters<typeof tonicDmAppSeed>[0]) {
  const started = await start(context, extensionId, { layout: 'react', apps: [tonicDmAppSeed({ secrets: [], ...seed })] });
  const app = started.replica.initialState.apps.find((a) => a.displayName === APP_NAME)!;
  await started.portal.goto(started.replica.urls.overview(app.appId, app.objectId));
  await expectStatus(started.panel, { 'copy-ids': 'done' });
  await followGuide(started.portal, 'api-permissions.open', (el) => el.click(), { text: TEXTS.en.apiPermissions });
  return started;
}

test("a role granted by the tenant but not configured does not count: only the configured grid does", async ({ context, extensionId }) => {
  const { portal, panel } = await startOnPermissions(context, extensionId, {
    permissions: [
      { name: 'MailboxSettings.ReadWrite', type: 'Application' },
      { name: 'Mail.ReadWrite', type: 'Application' },
    ],
    otherGranted: [{ name: 'User.Read.All', type: 'Application' }],
  });
  await expect(bladeScope(portal, 'react').getByRole('grid', { name: 'Other permissions granted for Contoso' })).toContainText('User.Read.All');
  await expectGuide(portal, 'api-permissions.add', { text: TEXTS.en.addPermission });
  await expectStatus(panel, { 'api-permissions': 'current' });
});

test('consent when the tenant granted other permissions: keep them, "Save and continue", then Yes', async ({ context, extensionId }) => {
  const { portal, panel } = await startOnPermissions(context, extensionId, {
    permissions: ROLES.map((name) => ({ name, type: 'Application' as const })),
    otherGranted: [{ name: 'Directory.Read.All', type: 'Application' }],
  });
  await expectStatus(panel, { 'api-permissions': 'done', 'admin-consent': 'current' });
  await followGuide(portal, 'admin-consent.grant', (el) => el.click(), { text: TEXTS.en.grant });
  await followGuide(portal, 'admin-consent.keep-other', (el) => el.click(), { text: /^Yes, add other granted permissions to configured permissions$/ });
  await followGuide(portal, 'admin-consent.continue', (el) => el.click(), { text: /^Save and continue$/ });
  // The confirmation has no dialog role in this portal; the guide finds it by its title and Yes/No.
  await expect(bladeScope(portal, 'react').getByRole('alertdialog')).toHaveCount(0);
  await followGuide(portal, 'admin-consent.confirm', (el) => el.click(), { text: TEXTS.en.yes });
  await expectStatus(panel, { 'admin-consent': 'done', 'client-secret': 'current' });
  await expect(bladeScope(portal, 'react').getByRole('grid', { name: 'Configured permissions' })).toContainText('Directory.Read.All');
});
