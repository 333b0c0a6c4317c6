/**
 * The way forward when the page cannot be read: every value typed or pasted into the panel,
 * checked there, marked "entered by hand", and filled into TonicDM with the same one click.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { SEEDED, seedCapturedValues } from './support/seed';
import { formatDay } from '../../utils/i18n/dates';
import { dumpStorage } from './support/storageScan';
import { reactState, routeTonicdm, TONICDM_SETTINGS } from './support/tonicdmReplica';

const CLIENT = '3d2c1b0a-9f8e-4d7c-a6b5-4a3b2c1d0e9f';
const TENANT = 'a1b2c3d4-e5f6-4789-8abc-def012345678';
const SECRET = 'Xy_8Q~aB3.cD5eF-gH7iJ9kL1mN3oP5qR7sT9uVw';
const SECRET_ID = '5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

/** What login.microsoftonline.com answers for the OpenID configuration document, with its CORS header. */
async function routeOpenIdConfiguration(context: BrowserContext, tenants: Record<string, string>): Promise<string[]> {
  const asked: string[] = [];
  await context.route('https://login.microsoftonline.com/**', (route: Route) => {
    const url = new URL(route.request().url());
    const match = url.pathname.match(/^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/);
    if (!match) return route.fulfill({ status: 404, body: '' });
    asked.push(match[1]!);
    const tenant = tenants[match[1]!];
    const headers = { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' };
    if (!tenant) {
      return route.fulfill({
        status: 400,
        headers,
        body: JSON.stringify({ error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${match[1]}' not found.`, error_codes: [90002] }),
      });
    }
    return route.fulfill({
      status: 200,
      headers,
      body: JSON.stringify({
        token_endpoint: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`,
        issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
        cloud_instance_name: 'microsoftonline.com',
      }),
    });
  });
  return asked;
}

async function openManualEntry(page: Page) {
  const details = page.getByTestId('manual-entry');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

/** Two years ahead, as the date picker gives it. */
function inTwoYears(): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 2);
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test.describe('entering values by hand', () => {
  test('each value typed (the tenant as a domain), marked "entered by hand", then filled into TonicDM with one click', async ({ context, extensionId, worker }) => {
    const asked = await routeOpenIdConfiguration(context, { 'contoso.com': TENANT });
    await routeTonicdm(context, 'react');
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const panel = await openSidePanel(context, extensionId);
    const form = await openManualEntry(panel.page);
    const expiry = inTwoYears();

    await form.getByLabel('Application (client) ID').fill(` {${CLIENT.toUpperCase()}} `);
    await form.getByLabel('Directory (tenant) ID or domain').fill('Contoso.com');
    await form.getByTestId('manual-tenant-lookup').click();
    await expect(form.getByTestId('manual-tenant-lookup-status')).toHaveText(`contoso.com is tenant ${TENANT}.`);
    await form.getByLabel('Client secret Value').fill(SECRET);
    await expect(form.getByLabel('Client secret Value')).toHaveAttribute('type', 'password');
    await form.getByLabel('Secret expires on').fill(expiry);
    await form.getByTestId('manual-save').click();
    await expect(form.getByTestId('manual-status')).toContainText('Saved as entered by hand');
    expect(asked).toEqual(['contoso.com']);

    await expect(panel.clientId()).toHaveText(CLIENT);
    await expect(panel.tenantId()).toHaveText(TENANT);
    await expect(panel.expiry()).toHaveAttribute('data-iso', expiry);
    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
    for (const row of ['value-client-id', 'value-tenant-id', 'value-secret', 'value-expiry']) await expect(panel.page.getByTestId(`${row}-by-hand`)).toHaveText('entered by hand');
    // The form forgets the secret once it is saved.
    await expect(form.getByLabel('Client secret Value')).toHaveValue('');
    await expect(panel.step('register')).toHaveAttribute('data-status', 'done');
    await expect(panel.step('copy-ids')).toHaveAttribute('data-status', 'done');
    await expect(panel.step('client-secret')).toHaveAttribute('data-status', 'done');

    const storage = await dumpStorage(worker);
    expect(storage.local).not.toContain(SECRET);
    expect(storage.session).toContain(SECRET);

    await panel.fillButton().click();
    await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true');
    const state = await reactState(tonicdm);
    expect(state).toMatchObject({ secret: SECRET, clientId: CLIENT, tenantId: TENANT, submitted: false });
    expect(state.expiry.replace(/\D/g, '')).toContain(expiry.slice(0, 4));
  });

  test('the secret field tells the Secret ID, a masked Value and an unusual format apart', async ({ context, extensionId, worker }) => {
    const panel = await openSidePanel(context, extensionId);
    const form = await openManualEntry(panel.page);
    const secret = form.getByLabel('Client secret Value');
    const message = form.getByTestId('manual-secret-message');

    await secret.fill(SECRET_ID);
    await secret.blur();
    await expect(message).toHaveText(/That is the Secret ID; TonicDM needs the Value/);
    await expect(secret).toHaveAttribute('aria-invalid', 'true');

    await secret.fill('Xy9**************');
    await expect(message).toHaveText(/The portal masks it after you leave; create a new secret/);

    await form.getByLabel('Application (client) ID').fill(CLIENT);
    await secret.fill('MailboxSettings.ReadWrite');
    await expect(message).toHaveText(/does not look like a client secret Value/);
    await form.getByTestId('manual-save').click();
    await expect(form.getByTestId('manual-status')).toHaveText('Check the values marked below.');
    expect((await dumpStorage(worker)).session).not.toContain('MailboxSettings.ReadWrite');

    // An explicit "use it anyway" lets it through, and the panel keeps saying it is unusual.
    await form.getByTestId('manual-secret-use-anyway').check();
    await form.getByTestId('manual-save').click();
    await expect(form.getByTestId('manual-status')).toContainText('Saved as entered by hand');
    await expect(panel.notice('secret-format')).toBeVisible();
    await expect(panel.page.getByTestId('value-secret-by-hand')).toBeVisible();
  });

  test('IDs in the wrong box, an unknown domain and no network are each named', async ({ context, extensionId }) => {
    await routeOpenIdConfiguration(context, {});
    const panel = await openSidePanel(context, extensionId);
    const form = await openManualEntry(panel.page);
    const tenant = form.getByLabel('Directory (tenant) ID or domain');

    await form.getByLabel('Application (client) ID').fill(CLIENT);
    await tenant.fill(CLIENT);
    await tenant.blur();
    await expect(form.getByTestId('manual-tenantId-message')).toHaveText(/That is the Application \(client\) ID/);

    await tenant.fill('nowhere.example');
    await form.getByTestId('manual-save').click();
    await expect(form.getByTestId('manual-tenantId-message')).toHaveText(/^AADSTS90002: Microsoft knows no tenant for nowhere\.example/);
    await expect(panel.clientId()).toHaveText('not captured yet');

    await context.unroute('https://login.microsoftonline.com/**');
    await context.route('https://login.microsoftonline.com/**', (route) => route.abort('internetdisconnected'));
    await tenant.fill('contoso.com');
    await form.getByTestId('manual-tenant-lookup').click();
    await expect(form.getByTestId('manual-tenantId-message')).toHaveText(/Could not reach login\.microsoftonline\.com to look up contoso\.com/);
  });

  test('a typed value replaces a held one only after the admin confirms', async ({ context, extensionId, worker }) => {
    await seedCapturedValues(worker);
    const panel = await openSidePanel(context, extensionId);
    await expect(panel.clientId()).toHaveText(SEEDED.clientId);
    const form = await openManualEntry(panel.page);

    await form.getByLabel('Client secret Value').fill(SECRET);
    await form.getByLabel('Secret expires on').fill(inTwoYears());
    await form.getByTestId('manual-save').click();
    const confirm = form.getByTestId('manual-confirm');
    await expect(confirm).toBeVisible();
    await expect(confirm.getByTestId('manual-confirm-secret')).toContainText(`${SEEDED.secret.slice(0, 3)}••• → ${SECRET.slice(0, 3)}•••`);
    // Shown as a day in the browser's language (English here), as everywhere in the panel.
    await expect(confirm.getByTestId('manual-confirm-expiry')).toContainText(formatDay(SEEDED.expiryIso, 'en-US'));

    await confirm.getByTestId('manual-confirm-keep').click();
    await expect(form.getByTestId('manual-status')).toHaveText('Nothing was changed.');
    expect((await dumpStorage(worker)).session).toContain(SEEDED.secret);
    await expect(panel.expiry()).toHaveAttribute('data-iso', SEEDED.expiryIso);

    await form.getByTestId('manual-save').click();
    await form.getByTestId('manual-confirm-replace').click();
    await expect(form.getByTestId('manual-status')).toContainText('Saved as entered by hand');
    const session = (await dumpStorage(worker)).session;
    expect(session).toContain(SECRET);
    expect(session).not.toContain(SEEDED.secret);
    await expect(panel.page.getByTestId('value-secret-by-hand')).toBeVisible();
    await expect(panel.page.getByTestId('value-expiry-by-hand')).toBeVisible();
    // The IDs were captured, not typed: no mark there.
    await expect(panel.page.getByTestId('value-client-id-by-hand')).toHaveCount(0);
  });
});
