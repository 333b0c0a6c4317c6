/**
 * Proves the Entra admin center replica behaves like the portal, without the extension:
 * the whole TonicDM setup in both layouts, in the current wording and the legacy one, and once
 * in German; the URL forms, frame structure, the once-only secret Value, persistence, consent
 * rights (and the tenant's other grants), the long Enterprise apps list and the heavy grid.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import {
  bladeScope,
  portalUrls,
  routePortalReplica,
  tonicDmAppSeed,
  type ReplicaHandle,
  type ReplicaLayout,
  type ReplicaOptions,
  type ReplicaWording,
} from './support/portalReplica';

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SECRET_FORMAT = /[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/;
const APP_NAME = 'TonicDM Office 365 Token';
const SECRET_NAME = 'TonicDM Office365 Secret';
const GRAPH_ROLES = ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'];
const SCREENSHOTS = process.env.REPLICA_SCREENSHOTS;

type Scope = Page | FrameLocator;

let browser: Browser;
let context: BrowserContext;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
});
test.afterEach(async () => {
  await context.close();
});

async function open(options: ReplicaOptions): Promise<{ page: Page; replica: ReplicaHandle }> {
  const replica = await routePortalReplica(context, { renderDelayMs: 40, ...options });
  const page = await context.newPage();
  return { page, replica };
}

function blade(page: Page, layout: ReplicaLayout): Scope {
  return bladeScope(page, layout);
}

/** Command bar buttons are div[role=button] in Knockout blades and menuitems in Fluent ones. */
function command(scope: Scope, layout: ReplicaLayout, name: string): Locator {
  return scope.getByRole(layout === 'classic' ? 'button' : 'menuitem', { name, exact: true });
}

function title(page: Page): Locator {
  return page.locator('.fxs-blade-title-titleText').first();
}

/** Toasts sit over the top right of the blade, as in the portal; close them like an admin would. */
async function expectToast(page: Page, text: string) {
  const toast = page.locator('.fxs-toast', { hasText: text });
  await expect(toast).toBeVisible();
  await page.locator('button.fxs-toast-close[aria-label="Dismiss toast notification"]').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
  await expect(page.locator('.fxs-toast')).toHaveCount(0);
}

function menu(page: Page, item: string): Locator {
  return page.locator(`div[data-telemetryname='Menu-${item}']`);
}

function shortDate(date: Date, locale: 'en' | 'de'): string {
  return locale === 'de'
    ? `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`
    : `${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()}`;
}

const REGISTER_TEXTS = {
  newRegistration: 'New registration',
  name: 'Name',
  register: 'Register',
  accountTypes: 'Supported account types',
  singleTenant: 'Single tenant only - Contoso',
};

async function registerApp(page: Page, layout: ReplicaLayout, wording: ReplicaWording = 'current', texts = REGISTER_TEXTS) {
  const b = blade(page, layout);
  await command(b, layout, texts.newRegistration).click();
  await expect(page).toHaveURL(/#view\/Microsoft_AAD_RegisteredApps\/CreateApplicationBlade/);
  await b.getByLabel(texts.name, { exact: true }).fill(APP_NAME);
  // Single tenant is the default: a dropdown now, the first of four radios in the legacy wording.
  if (wording === 'legacy') await expect(b.getByRole('radio').first()).toBeChecked();
  else {
    await expect(b.getByRole('radio')).toHaveCount(0);
    await expect(b.getByRole('combobox', { name: texts.accountTypes })).toContainText(texts.singleTenant);
  }
  await b.getByRole('button', { name: texts.register, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`ApplicationMenuBlade/~/Overview/appId/${GUID}/objectId/${GUID}/isMSAApp~/false/defaultBlade/Overview/appSignInAudience/AzureADMyOrg/servicePrincipalCreated~/true$`));
  const hash = new URL(page.url()).hash;
  const appId = /appId\/([0-9a-f-]{36})/.exec(hash)?.[1] ?? '';
  const objectId = /objectId\/([0-9a-f-]{36})/.exec(hash)?.[1] ?? '';
  return { appId, objectId };
}

/** Ticks a permission in the Request API permissions pane: a checkbox, or (current React pane) the row with its label. */
async function tickPermission(scope: Scope, layout: ReplicaLayout, wording: ReplicaWording, role: string) {
  const row = scope.locator('[role="row"][aria-selected]', { has: scope.getByText(role, { exact: true }) });
  if (wording === 'current' && layout === 'react') {
    await expect(row.getByRole('checkbox')).toHaveCount(0);
    await row.locator('label', { hasText: role }).click();
  } else await scope.getByRole('checkbox', { name: role, exact: true }).check();
  await expect(row).toHaveAttribute('aria-selected', 'true');
}

/** The consent confirmation: an alertdialog in the legacy wording, a box without any dialog role now. */
function consentConfirmation(scope: Scope, wording: ReplicaWording): Locator {
  if (wording === 'legacy') return scope.getByRole('alertdialog', { name: 'Grant admin consent confirmation' });
  return scope.locator('div', { has: scope.getByText('Grant admin consent confirmation.', { exact: true }) }).filter({ has: scope.getByRole('button', { name: 'No', exact: true }) }).last();
}

async function walkSetup(layout: ReplicaLayout, wording: ReplicaWording) {
  const { page, replica } = await open({ layout, wording });
  await page.goto(replica.urls.appList);
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const b = blade(page, layout);
  await expect(title(page)).toHaveText('App registrations');

  // Register: a new app with fresh GUIDs, Overview opened by a hash change.
  const { appId, objectId } = await registerApp(page, layout, wording);
  expect(appId).not.toBe(objectId);
  await expect(title(page)).toHaveText(`${APP_NAME} | Overview`);
  const essentials = b.getByRole('region', { name: 'Essentials' });
  await expect(essentials).toContainText(appId);
  await expect(essentials).toContainText(objectId);
  await expect(essentials).toContainText(replica.initialState.tenant.id);
  await expect(essentials).toContainText('Application (client) ID');
  await expect(essentials).toContainText('Directory (tenant) ID');
  await expect(essentials).toContainText(wording === 'legacy' ? 'My organization only' : 'Single tenant only');
  await expect(page.locator("div[data-telemetryname='Menu-Authentication']")).toContainText(wording === 'legacy' ? /^\W*Authentication$/ : 'Authentication (Preview)');
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // API permissions: three Microsoft Graph application permissions, nothing saved before "Add permissions".
  await menu(page, 'CallAnAPI').click();
  await expect(page).toHaveURL(/ApplicationMenuBlade\/~\/CallAnAPI\/appId\//);
  const p = blade(page, layout);
  await expect(p.getByRole('heading', { name: 'Configured permissions' })).toBeVisible();
  await expect(p.getByRole('row', { name: /User\.Read/ })).toBeVisible();
  await p.getByRole('button', { name: 'Add a permission', exact: true }).click();
  await expect(p.getByRole('heading', { name: 'Request API permissions' })).toBeVisible();
  await p.getByRole('button', { name: 'Microsoft Graph', exact: true }).click();
  await p.getByRole('button', { name: 'Application permissions', exact: true }).click();
  const filter = p.getByPlaceholder('Start typing a permission to filter these results');
  for (const role of GRAPH_ROLES) {
    await filter.fill(role);
    const group = p.locator(`[aria-expanded="false"][aria-label^="${role.split('.')[0]} ("][aria-label$="expand or collapse group"]`);
    await group.click();
    await tickPermission(p, layout, wording, role);
    await expect(p.locator('[role="row"][aria-selected="true"]', { has: p.getByText(role, { exact: true }) })).toHaveCount(1);
  }
  expect((await replica.state(page)).apps[0]?.permissions).toHaveLength(1);
  await p.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await expectToast(page, 'Updating permissions');
  for (const role of GRAPH_ROLES) {
    const row = p.getByRole('row', { name: new RegExp(`^\\W*${role.replace(/\./g, '\\.')}\\b`) });
    await expect(row).toContainText('Application');
    await expect(row).toContainText('Not granted for Contoso');
  }
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/replica-${layout}-permissions.png` });

  // Grant admin consent.
  await p.getByRole('button', { name: 'Grant admin consent for Contoso', exact: true }).click();
  const dialog = consentConfirmation(p, wording);
  if (wording === 'current') await expect(p.getByRole('alertdialog')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Yes', exact: true }).click();
  await expectToast(page, 'Grant consent successful');
  await expect(p.getByText('Granted for Contoso', { exact: true })).toHaveCount(4);

  // Client secret: the Value is shown in clear once, then masked.
  await menu(page, 'Credentials').click();
  const c = blade(page, layout);
  await expect(c.getByRole('tab', { name: /Client secrets \(0\)/ })).toHaveAttribute('aria-selected', 'true');
  await c.getByRole('button', { name: 'New client secret', exact: true }).click();
  await c.getByLabel('Description', { exact: true }).fill(SECRET_NAME);
  await c.getByRole('combobox', { name: 'Expires' }).click();
  await c.getByRole('option', { name: '730 days (24 months)' }).click();
  await c.getByRole('button', { name: 'Add', exact: true }).click();
  await expectToast(page, 'Update application credentials');
  const secretRow = c.getByRole('row', { name: new RegExp(SECRET_NAME) });
  await expect(secretRow).toContainText(SECRET_FORMAT);
  await expect(secretRow).toContainText(shortDate(new Date(Date.now() + 730 * 86_400_000), 'en'));
  const value = SECRET_FORMAT.exec((await secretRow.textContent()) ?? '')?.[0] ?? '';
  expect(value).toHaveLength(40);
  const snapshot = await replica.state(page);
  const secret = snapshot.apps[0]?.secrets[0];
  expect(secret && snapshot.revealedSecrets[secret.keyId]).toBe(value);
  await expect(secretRow).toContainText(new RegExp(secret?.keyId ?? 'missing'));
  await expect(c.getByRole('button', { name: 'Copy to clipboard' }).first()).toBeVisible();
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/replica-${layout}-secret.png` });

  await menu(page, 'Overview').click();
  await expect(blade(page, layout).getByRole('region', { name: 'Essentials' })).toContainText('0 certificate, 1 secret');
  await menu(page, 'Credentials').click();
  const masked = `${value.slice(0, 3)}${'*'.repeat(12)}`;
  await expect(blade(page, layout).getByRole('row', { name: new RegExp(SECRET_NAME) })).toContainText(masked);
  await expect(blade(page, layout).getByRole('row', { name: new RegExp(SECRET_NAME) })).not.toContainText(value);
  expect((await replica.state(page)).revealedSecrets).toEqual({});

  // Enterprise app: a long list shows its first page; the search finds the app under the default
  // filter (legacy: the filter hides registered apps until it is removed). Then properties and assignment.
  await page.locator('.fxs-sidebar a', { hasText: wording === 'legacy' ? 'Enterprise applications' : 'Enterprise apps' }).click();
  await expect(page).toHaveURL(/StartboardApplicationsMenuBlade\/~\/AppAppsPreview/);
  const e = blade(page, layout);
  await expect(e.getByRole('link', { name: APP_NAME })).toHaveCount(0);
  await e.getByPlaceholder('Search by application name or object ID').fill('tonic');
  await expect(e.getByRole('link', { name: 'TonicDM', exact: true })).toBeVisible();
  if (wording === 'legacy') {
    await expect(e.getByRole('link', { name: APP_NAME })).toHaveCount(0);
    await e.getByRole('button', { name: 'Remove filter' }).click();
  }
  await e.getByRole('link', { name: APP_NAME }).click();
  await expect(page).toHaveURL(new RegExp(`ManagedAppMenuBlade/~/Overview/objectId/${GUID}/appId/${appId}$`));
  const spId = /objectId\/([0-9a-f-]{36})/.exec(new URL(page.url()).hash)?.[1];
  expect(spId).not.toBe(objectId);

  await menu(page, 'Properties').click();
  const props = blade(page, layout);
  const assignmentLabel = wording === 'legacy' ? 'User assignment required?' : 'Assignment required?';
  if (layout === 'classic') {
    const group = props.getByRole('radiogroup', { name: assignmentLabel });
    await expect(group.getByRole('radio', { name: 'No' })).toHaveAttribute('aria-checked', 'true');
    await group.getByRole('radio', { name: 'Yes' }).click();
  } else {
    const toggle = props.getByRole('switch', { name: new RegExp(`^${assignmentLabel.replace('?', '\\?')}`) });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(/Yes/);
  }
  await command(props, layout, 'Save').click();
  await expectToast(page, 'Update application properties');
  await page.reload();
  const after = blade(page, layout);
  if (layout === 'classic') {
    await expect(after.getByRole('radiogroup', { name: assignmentLabel }).getByRole('radio', { name: 'Yes' })).toHaveAttribute('aria-checked', 'true');
  } else {
    await expect(after.getByRole('switch', { name: new RegExp(`^${assignmentLabel.replace('?', '\\?')}`) })).toHaveAttribute('aria-checked', 'true');
  }
  const sp = (await replica.state(page)).servicePrincipals.find((s) => s.id === spId);
  expect(sp?.appRoleAssignmentRequired).toBe(true);

  await menu(page, 'Users').click();
  const u = blade(page, layout);
  await expect(u.getByText('No application assignments found')).toBeVisible();
  await command(u, layout, 'Add user/group').click();
  await u.getByRole('link', { name: 'None Selected' }).click();
  await u.getByRole('checkbox', { name: 'Adele Vance', exact: true }).check();
  await u.getByRole('button', { name: 'Select', exact: true }).click();
  await expect(u.getByRole('link', { name: '1 user selected.' })).toBeVisible();
  await u.getByRole('button', { name: 'Assign', exact: true }).click();
  await expectToast(page, 'Application assignment succeeded');
  await expect(u.getByRole('row', { name: /Adele Vance/ })).toContainText('Default Access');
  return page;
}

test.describe('portal replica: TonicDM setup walk', () => {
  for (const wording of ['current', 'legacy'] as const) {
    for (const layout of ['classic', 'react'] as const) {
      test(`${layout} layout, ${wording} wording: register, permissions, consent, secret, enterprise app`, async () => {
        await walkSetup(layout, wording);
      });
    }
  }

  test('German texts and dates (react layout)', async () => {
    const { page, replica } = await open({ layout: 'react', locale: 'de' });
    await page.goto(replica.urls.appList);
    await expect(title(page)).toHaveText('App-Registrierungen');
    await registerApp(page, 'react', 'current', {
      newRegistration: 'Neue Registrierung',
      name: 'Name',
      register: 'Registrieren',
      accountTypes: 'Unterstützte Kontotypen',
      singleTenant: 'Nur einzelner Mandant - Contoso',
    });
    const b = blade(page, 'react');
    const essentials = b.getByRole('region', { name: 'Zusammenfassung' });
    for (const label of ['Anwendungs-ID (Client)', 'Objekt-ID', 'Verzeichnis-ID (Mandant)']) await expect(essentials).toContainText(label);
    await menu(page, 'CallAnAPI').click();
    await expect(page.locator('.fxs-blade-title-titleText')).toHaveText(`${APP_NAME} | API-Berechtigungen`);
    const p = blade(page, 'react');
    await p.getByRole('button', { name: 'Berechtigung hinzufügen', exact: true }).click();
    await p.getByRole('button', { name: 'Microsoft Graph', exact: true }).click();
    await expect(p.getByRole('button', { name: 'Anwendungsberechtigungen', exact: true })).toBeVisible();
    await expect(p.getByRole('button', { name: 'Delegierte Berechtigungen', exact: true })).toBeVisible();
    await p.getByRole('button', { name: 'Verwerfen', exact: true }).click();
    await expect(p.getByRole('button', { name: 'Administratorzustimmung für Contoso erteilen', exact: true })).toBeVisible();
    await menu(page, 'Credentials').click();
    const c = blade(page, 'react');
    await c.getByRole('button', { name: 'Neuer geheimer Clientschlüssel', exact: true }).click();
    await c.getByLabel('Beschreibung', { exact: true }).fill(SECRET_NAME);
    await c.getByRole('combobox', { name: 'Gültig bis' }).click();
    await c.getByRole('option', { name: '730 Tage (24 Monate)' }).click();
    await c.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    const row = c.getByRole('row', { name: new RegExp(SECRET_NAME) });
    await expect(row).toContainText(shortDate(new Date(Date.now() + 730 * 86_400_000), 'de'));
    await expect(row).toContainText(SECRET_FORMAT);
    for (const header of ['Beschreibung', 'Gültig bis', 'Wert', 'Geheime Schlüssel-ID']) {
      await expect(c.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
    }
    await page.locator('.fxs-sidebar a', { hasText: 'Unternehmens-Apps' }).click();
    const e = blade(page, 'react');
    await e.getByRole('link', { name: 'Mehr laden' }).click();
    await e.getByRole('link', { name: APP_NAME }).click();
    await menu(page, 'Properties').click();
    await expect(blade(page, 'react').getByRole('switch', { name: /Zuweisung erforderlich\?/ })).toHaveAccessibleName(/Nein/);
    await menu(page, 'Users').click();
    await command(blade(page, 'react'), 'react', 'Benutzer/Gruppe hinzufügen').click();
    await expect(blade(page, 'react').getByRole('link', { name: 'Keine ausgewählt' })).toBeVisible();
    await expect(blade(page, 'react').getByRole('button', { name: 'Zuweisen', exact: true })).toBeVisible();
  });
});

test.describe('portal replica: structure', () => {
  test('react layout: reactblade frame, hidden pre-warmed extension frame, RegisteredApps frame for API permissions', async () => {
    const { page, replica } = await open({ layout: 'react', renderDelayMs: 1500, apps: [tonicDmAppSeed()] });
    const app = replica.initialState.apps[0]!;
    await page.goto(replica.urls.overview(app.appId, app.objectId), { waitUntil: 'commit' });
    // Late rendering: a spinner first, then labels with shimmering values, then the values.
    const frame = blade(page, 'react');
    await expect(frame.getByRole('progressbar')).toBeVisible();
    await expect(frame.getByRole('region', { name: 'Essentials' })).toContainText('Application (client) ID');
    await expect(frame.getByRole('region', { name: 'Essentials' })).not.toContainText(app.appId);
    const active = page.locator('iframe.fxs-reactview-frame-active');
    await expect(active).toHaveAttribute('name', /\.ReactView$/);
    await expect(active).toHaveAttribute('src', /^https:\/\/sandbox-22-5\.reactblade\.portal\.azure\.net\/React\/Index\?/);
    const hidden = page.locator('iframe.fxs-extension-frame.fxs-display-none');
    await expect(hidden).toHaveAttribute('src', new RegExp(`^https://registeredapps\\.hosting\\.portal\\.azure\\.net/.*trustedAuthority=${encodeURIComponent('https://entra.microsoft.com')}&l=en`));
    await expect(hidden).toBeHidden();
    await expect(frame.getByRole('region', { name: 'Essentials' })).toContainText(app.appId);
    // Hashed class names, and hidden duplicate text that only innerText leaves out.
    const overviewFrame = page.frames().find((f) => f.url().startsWith('https://sandbox-22-5.reactblade.portal.azure.net/'));
    const label = await overviewFrame!.evaluate(() => {
      const el = Array.from(document.querySelectorAll('div')).find((d) => d.innerText === 'Application (client) ID');
      return { cls: el?.className, text: el?.textContent };
    });
    expect(label.cls).toMatch(/^essentialsLabel-\d+$/);
    expect(label.text).toBe('Application (client) IDApplication (client) ID');
    const copyGlyph = await frame.getByRole('button', { name: 'Copy to clipboard' }).first().textContent();
    expect(copyGlyph).toContain('\uE8C8');

    await page.locator("div[data-telemetryname='Menu-CallAnAPI']").click();
    const permissionsFrame = page.locator('section.fxs-blade iframe:not(.fxs-display-none)');
    await expect(permissionsFrame).toHaveAttribute('src', /^https:\/\/registeredapps\.hosting\.portal\.azure\.net\/.*ApiPermissions/);
    await expect(blade(page, 'react').getByText('Granted for Contoso', { exact: true })).toHaveCount(4);

    await page.locator("div[data-telemetryname='Menu-Credentials']").click();
    await expect(page.locator('iframe.fxs-reactview-frame-active')).toHaveAttribute('src', /sandbox-14-1\.reactblade/);
    const oldRow = blade(page, 'react').getByRole('row', { name: new RegExp(SECRET_NAME) });
    await expect(oldRow).toContainText(/[A-Za-z0-9_.~-]{3}\*{12}/);
  });

  test('classic layout: Knockout markup, old selectors, seeded app and old masked secret', async () => {
    const { page, replica } = await open({ layout: 'classic', wording: 'legacy', apps: [tonicDmAppSeed()] });
    const app = replica.initialState.apps[0]!;
    await page.goto(replica.urls.appList);
    await expect(page.locator('div.azc-toolbarButton-label.fxs-commandBar-item-text').first()).toHaveText('New registration');
    await page.locator('div.azc-toolbarButton-label.fxs-commandBar-item-text').first().click();
    await expect(page.locator("input[data-validatable-control-valid='false']").first()).toHaveAttribute('id', /.+/);
    await expect(page.locator('span.azc-radio-circle')).toHaveCount(4);
    await expect(page.locator("div[title='Register']")).toBeVisible();

    await page.goto(replica.urls.overview(app.appId, app.objectId));
    await expect(page.locator('div.fxc-essentials-value.fxs-portal-text').first()).toContainText(app.appId);
    await expect(page.locator('div.fxc-essentials-label').nth(2)).toHaveText('Object ID');
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);

    await page.goto(replica.urls.credentials(app.appId));
    const row = page.getByRole('row', { name: new RegExp(SECRET_NAME) });
    await expect(row).toContainText(`${app.secrets[0]!.hint}${'*'.repeat(12)}`);
    await expect(page.locator("div[type='button']").first()).toHaveAttribute('title', 'Copy to clipboard');
    await page.getByRole('button', { name: 'New client secret' }).click();
    await expect(page.locator("div[aria-label='Expires']")).toHaveCount(2);
    await expect(page.locator('section:last-of-type .fxs-blade-title-titleText')).toHaveText('Add a client secret');
  });

  test('legacy wording: the old account-type radios and labels', async () => {
    const { page, replica } = await open({ layout: 'classic', wording: 'legacy' });
    await page.goto(replica.urls.newRegistration);
    await expect(page.locator('span.azc-radio-circle')).toHaveCount(4);
    await expect(page.getByRole('radio', { name: /^Accounts in this organizational directory only \(Contoso only - Single tenant\)$/ })).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('.fxs-sidebar a', { hasText: 'Enterprise applications' })).toBeVisible();
  });

  test("the tenant's other grants: a second grid, and a keep-or-drop prompt before the confirmation", async () => {
    for (const keep of [true, false]) {
      const seed = tonicDmAppSeed({
        permissions: [{ name: 'Mail.ReadWrite', type: 'Application' }],
        otherGranted: [{ name: 'Directory.Read.All', type: 'Application' }],
      });
      const { page, replica } = await open({ layout: 'react', apps: [seed] });
      const app = replica.initialState.apps[0]!;
      await page.goto(replica.urls.apiPermissions(app.appId, app.objectId));
      const p = blade(page, 'react');
      await expect(p.getByRole('heading', { name: 'Other permissions granted for Contoso' })).toBeVisible();
      await expect(p.getByRole('grid', { name: 'Other permissions granted for Contoso' }).getByRole('row', { name: /Directory\.Read\.All/ })).toContainText('Granted for Contoso');
      await expect(p.getByRole('grid', { name: 'Configured permissions' }).getByRole('row', { name: /Directory\.Read\.All/ })).toHaveCount(0);
      await p.getByRole('button', { name: 'Grant admin consent for Contoso', exact: true }).click();
      await expect(p.getByText(/^Other permissions have been granted for this tenant that are not configured\./).first()).toBeVisible();
      const save = p.getByRole('button', { name: 'Save and continue', exact: true });
      await expect(save).toHaveAttribute('aria-disabled', 'true');
      await p.getByText(keep ? 'Yes, add other granted permissions to configured permissions' : 'No, remove other granted permissions', { exact: true }).click();
      await save.click();
      await consentConfirmation(p, 'current').getByRole('button', { name: 'Yes', exact: true }).click();
      await expectToast(page, 'Grant consent successful');
      const configured = p.getByRole('grid', { name: 'Configured permissions' });
      await expect(configured.getByRole('row', { name: /Directory\.Read\.All/ })).toHaveCount(keep ? 1 : 0);
      await expect(p.getByRole('grid', { name: 'Other permissions granted for Contoso' })).toHaveCount(0);
      await page.close();
    }
  });

  test('URL forms: legacy #blade, tenant-pinned path, query before hash, short form, portal.azure.com', async () => {
    const { page, replica } = await open({ layout: 'classic', apps: [tonicDmAppSeed()] });
    const app = replica.initialState.apps[0]!;
    const tenant = replica.initialState.tenant.id;

    await page.goto(portalUrls().overviewLegacy(app.appId));
    await expect(title(page)).toHaveText(`${APP_NAME} | Overview`);
    await expect(page.getByRole('region', { name: 'Essentials' })).toContainText(app.objectId);

    await page.goto(portalUrls(tenant, { query: 'culture=en-us&country=us' }).apiPermissions(app.appId));
    expect(page.url()).toContain(`https://entra.microsoft.com/${tenant}/?culture=en-us&country=us#view/`);
    await expect(title(page)).toHaveText(`${APP_NAME} | API permissions`);
    await expect(page.getByText('Granted for Contoso', { exact: true })).toHaveCount(4);

    await page.goto(portalUrls(undefined, { host: 'portal.azure.com' }).enterpriseList);
    await expect(page.locator('.fxs-topbar-home')).toHaveText('Microsoft Azure');
    // A long list: the first page only, sorted by name; the rest on "Load more".
    await expect(page.getByRole('link', { name: 'Salesforce', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: APP_NAME })).toHaveCount(0);
    await page.getByRole('link', { name: 'Load more' }).click();
    await expect(page.getByRole('link', { name: 'TonicDM', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: APP_NAME })).toBeVisible();

    await page.goto(replica.urls.enterpriseUsers(replica.initialState.servicePrincipals[0]!.id, app.appId));
    await expect(page.getByRole('row', { name: /TonicDM Users/ })).toBeVisible();
  });

  test('canConsent false: grant button disabled with a tooltip', async () => {
    for (const layout of ['classic', 'react'] as const) {
      const { page, replica } = await open({ layout, canConsent: false, apps: [tonicDmAppSeed({ permissions: [{ name: 'Mail.ReadWrite', type: 'Application' }] })] });
      const app = replica.initialState.apps[0]!;
      await page.goto(replica.urls.apiPermissions(app.appId, app.objectId));
      const scope = blade(page, layout);
      const grant = scope.getByRole('button', { name: 'Grant admin consent for Contoso', exact: true });
      await expect(grant).toHaveAttribute('aria-disabled', 'true');
      await expect(grant).toHaveAccessibleDescription(/Global Administrator or Privileged Role Administrator/);
      await grant.hover();
      await expect(scope.getByRole('tooltip')).toContainText('Privileged Role Administrator');
      await grant.click({ force: true });
      await expect(scope.getByRole('alertdialog')).toHaveCount(0);
      await expect(scope.getByText('Not granted for Contoso', { exact: true })).toHaveCount(1);
      await page.close();
    }
  });

  test('state persists across reload; clear secret is gone after reload', async () => {
    const { page, replica } = await open({ layout: 'classic', backgroundApps: false });
    await page.goto(replica.urls.appList);
    const { appId, objectId } = await registerApp(page, 'classic', 'current');
    await page.goto(replica.urls.credentials(appId, objectId));
    await page.getByRole('button', { name: 'New client secret' }).click();
    await page.getByLabel('Description', { exact: true }).fill(SECRET_NAME);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('row', { name: new RegExp(SECRET_NAME) })).toContainText(SECRET_FORMAT);
    const stored = await page.evaluate(() => Object.values(sessionStorage).join(''));
    expect(stored).not.toMatch(SECRET_FORMAT);
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(SECRET_NAME) })).toContainText(/\*{12}/);
    await expect(page.getByRole('row', { name: new RegExp(SECRET_NAME) })).not.toContainText(SECRET_FORMAT);
    expect((await replica.state(page)).apps.map((a) => a.appId)).toEqual([appId]);
  });
});

test.describe('portal replica: heavy blades outside the flow', () => {
  const heavy = { nodes: 5000, mutationsPerSecond: 500 };
  const measure = () =>
    new Promise<{ nodes: number; mutations: number }>((resolve) => {
      let mutations = 0;
      const observer = new MutationObserver((records) => {
        mutations += records.length;
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        resolve({ nodes: document.getElementsByTagName('*').length, mutations });
      }, 1000);
    });

  test('classic: All users with a live grid', async () => {
    const { page, replica } = await open({ layout: 'classic', heavy });
    await page.goto(replica.urls.allUsers);
    await expect(title(page)).toHaveText('Users | All users');
    await expect(page.getByRole('grid', { name: 'Live sign-in activity' })).toBeVisible();
    const stats = await page.evaluate(measure);
    expect(stats.nodes).toBeGreaterThanOrEqual(5000);
    expect(stats.mutations).toBeGreaterThanOrEqual(450);
  });

  test('react: All resources with a live grid inside the frame', async () => {
    const { page, replica } = await open({ layout: 'react', heavy });
    await page.goto(replica.urls.allResources);
    await expect(title(page)).toHaveText('All resources');
    await expect(blade(page, 'react').getByRole('grid', { name: 'Live sign-in activity' })).toBeVisible();
    const frame = page.frames().find((f) => /reactblade\.portal\.azure\.net/.test(f.url()));
    expect(frame).toBeDefined();
    const stats = await frame!.evaluate(measure);
    expect(stats.nodes).toBeGreaterThanOrEqual(5000);
    expect(stats.mutations).toBeGreaterThanOrEqual(450);
  });
});
