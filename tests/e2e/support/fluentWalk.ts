/**
 * The guided walk on the Fluent UI replica, step by step, with the built extension. Each step
 * follows the one element the guide marks (`data-tdm-guide`, the overlay's contract with the
 * page), acts on it as an admin would, and checks the side panel. Controls the test itself
 * touches are found by role and accessible name only.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './extension';
import { clickTypeButton, expectGuide, expectNoGuide, followGuide, guidedElements, type GuidedElement } from './guideWalk';
import { openSidePanel } from './sidePanel';
import { reactState, routeTonicdm, TONICDM_SETTINGS } from './tonicdmReplica';
import { activeBlade, routeFluentReplica, type FluentReplicaHandle, type FluentReplicaOptions } from './fluentReplica';
import { dismissToasts, SECRET_VALUE } from './fluentPortal';
import type { StepId } from '../../../utils/steps';

export const APP_NAME = 'TonicDM Office 365 Token';
export const SECRET_NAME = 'TonicDM Office365 Secret';
export const ROLES = ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Panel = Awaited<ReturnType<typeof openSidePanel>>;

export interface Walk {
  context: BrowserContext;
  portal: Page;
  panel: Panel;
  replica: FluentReplicaHandle;
  /** Filled as the walk goes. */
  captured: { appId?: string; tenantId?: string; secret?: string };
}

export async function startWalk(context: BrowserContext, extensionId: string, options: FluentReplicaOptions = {}, start?: (urls: FluentReplicaHandle['urls']) => string): Promise<Walk> {
  const replica = await routeFluentReplica(context, options);
  const portal = await context.newPage();
  await portal.goto(start ? start(replica.urls) : replica.urls.appList);
  const panel = await openSidePanel(context, extensionId);
  await portal.bringToFront();
  return { context, portal, panel, replica, captured: { tenantId: replica.directory.tenant.id } };
}

export async function expectStatus(panel: Panel, status: Partial<Record<StepId, 'todo' | 'current' | 'done'>>): Promise<void> {
  for (const [id, value] of Object.entries(status)) await expect(panel.step(id as StepId)).toHaveAttribute('data-status', value);
}

/** Exactly one guided element in the page, and it satisfies `test` (for guides whose sub-step id is not fixed). */
export async function expectGuideWhere(page: Page, description: string, test: (guided: GuidedElement) => boolean): Promise<GuidedElement> {
  let seen: GuidedElement[] = [];
  await expect
    .poll(async () => {
      seen = await guidedElements(page);
      return seen.length === 1 && test(seen[0]!) ? 'ok' : JSON.stringify(seen.map(({ id, tag, text }) => ({ id, tag, text: text.slice(0, 60) })));
    }, { message: description, timeout: 10_000 })
    .toBe('ok');
  return seen[0]!;
}

/** App registrations → New registration → name (the callout's Type button) → Register. */
export async function walkRegister(w: Walk): Promise<void> {
  const { portal, panel } = w;
  await expectStatus(panel, { register: 'current', 'copy-ids': 'todo' });
  await followGuide(portal, 'register.new-registration', (el) => el.click(), { text: /^New registration$/ });
  const name = await (await expectGuide(portal, 'register.name')).elementHandle();
  expect(await clickTypeButton(portal)).toBe(`Type "${APP_NAME}"`);
  await expect.poll(() => name!.inputValue()).toBe(APP_NAME);
  // "Single tenant only - Contoso" is the dropdown's default, so Register comes next.
  await expect(activeBlade(portal).getByRole('combobox', { name: 'Who can use this application or access this API?' })).toHaveText(/^Single tenant only - Contoso/);
  await followGuide(portal, 'register.submit', (el) => el.click(), { text: /^Register$/ });
  await expect(portal).toHaveURL(/ApplicationMenuBlade\/~\/Overview\/quickStartType~\/null\/sourceType\/Microsoft_AAD_IAM\/appId\/[0-9a-f-]{36}\/objectId\/[0-9a-f-]{36}\/isMSAApp~\/false\/defaultBlade\/Overview\/appSignInAudience\/AzureADMyOrg\/servicePrincipalCreated~\/true$/);
  w.captured.appId = /appId\/([0-9a-f-]{36})/.exec(portal.url())![1];
  await expectStatus(panel, { register: 'done' });
}

/** The Overview's Essentials: both IDs land in the side panel, never the Object ID. */
export async function walkCopyIds(w: Walk): Promise<void> {
  const { panel, replica } = w;
  const app = (await replica.state(w.portal)).directory.apps.find((a) => a.appId === w.captured.appId)!;
  await expect(panel.clientId()).toContainText(app.appId);
  await expect(panel.tenantId()).toContainText(replica.directory.tenant.id);
  await expect(panel.clientId()).not.toContainText(app.objectId);
  await expectStatus(panel, { 'copy-ids': 'done', 'api-permissions': 'current' });
}

/** Ticks one role in the Request pane: filter, expand its collapsed group, tick its row. */
async function tickRole(portal: Page, role: string, viaTypeButton: boolean): Promise<void> {
  const filter = await (await expectGuide(portal, 'api-permissions.filter')).elementHandle();
  if (viaTypeButton) expect(await clickTypeButton(portal)).toBe(`Type "${role}"`);
  else await filter!.fill(role);
  await expect.poll(() => filter!.inputValue()).toBe(role);
  const roleId = `api-permissions.role.${role}`;
  const header = await expectGuide(portal, roleId);
  expect(await header.getAttribute('aria-expanded')).toBe('false');
  await header.click();
  // The role's own row (or its label) comes next.
  const target = await expectGuide(portal, roleId, { text: new RegExp(`^${role.replace(/\./g, '\\.')}\\b`) });
  await target.click();
  const pane = activeBlade(portal).getByRole('dialog', { name: 'Request API permissions' });
  await expect(pane.getByRole('row', { name: new RegExp(`(^| )${role.replace(/\./g, '\\.')} `) })).toHaveAttribute('aria-selected', 'true');
}

/** API permissions → Add a permission → Microsoft Graph → Application permissions → the three roles → Add permissions. */
export async function walkApiPermissions(w: Walk): Promise<void> {
  const { portal, panel } = w;
  await dismissToasts(portal);
  await followGuide(portal, 'api-permissions.open', (el) => el.click(), { text: /^API permissions/ });
  await expect(portal).toHaveURL(/~\/CallAnAPI\//);
  await followGuide(portal, 'api-permissions.add', (el) => el.click(), { text: /^Add a permission$/ });
  await followGuide(portal, 'api-permissions.graph', (el) => el.click(), { text: /^Microsoft Graph/ });
  // Fluent draws the choice over its transparent radio: a real click lands on the words.
  await followGuide(portal, 'api-permissions.application', async (el) => {
    await expect(el).toHaveAccessibleName(/^Application permissions/);
    await el.click({ force: true });
  });
  const pane = activeBlade(portal).getByRole('dialog', { name: 'Request API permissions' });
  await expect(pane.getByRole('radio', { name: /^Application permissions/ })).toBeChecked();
  for (const [index, role] of ROLES.entries()) await tickRole(portal, role, index === 0);
  await followGuide(portal, 'api-permissions.submit', (el) => el.click(), { text: /^Add permissions$/ });
  const configured = activeBlade(portal).getByRole('grid', { name: 'Configured permissions' });
  for (const role of ROLES) await expect(configured.getByRole('row', { name: new RegExp(`^${role.replace(/\./g, '\\.')} Application `) })).toHaveCount(1);
  await expectStatus(panel, { 'api-permissions': 'done', 'admin-consent': 'current' });
}

/** Grant admin consent for Contoso → (the confirmation) Yes. */
export async function walkAdminConsent(w: Walk): Promise<void> {
  const { portal, panel } = w;
  await dismissToasts(portal);
  await followGuide(portal, 'admin-consent.grant', (el) => el.click(), { text: /^Grant admin consent for Contoso$/ });
  await followGuide(portal, 'admin-consent.confirm', (el) => el.click(), { text: /^Yes$/ });
  const configured = activeBlade(portal).getByRole('grid', { name: 'Configured permissions' });
  for (const role of ROLES) await expect(configured.getByRole('row', { name: new RegExp(`^${role.replace(/\./g, '\\.')} `) })).toContainText('Granted for Contoso');
  await expectStatus(panel, { 'admin-consent': 'done', 'client-secret': 'current' });
}

/** Certificates & secrets → New client secret → description → 730 days (24 months) → Add → the Value, captured. */
export async function walkClientSecret(w: Walk): Promise<void> {
  const { portal, panel } = w;
  await dismissToasts(portal);
  await followGuide(portal, 'client-secret.open', (el) => el.click(), { text: /^Certificates & secrets$/ });
  await followGuide(portal, 'client-secret.new', (el) => el.click(), { text: /^New client secret$/ });
  const description = await (await expectGuide(portal, 'client-secret.description')).elementHandle();
  expect(await clickTypeButton(portal)).toBe(`Type "${SECRET_NAME}"`);
  await expect.poll(() => description!.inputValue()).toBe(SECRET_NAME);
  await followGuide(portal, 'client-secret.expires'); // opens the dropdown: its options are in a Callout layer
  await followGuide(portal, 'client-secret.expires', (el) => el.click(), { text: /^730 days \(24 months\)$/ });
  await followGuide(portal, 'client-secret.add', (el) => el.click(), { text: /^Add$/ });
  const row = activeBlade(portal).getByRole('row', { name: new RegExp(SECRET_NAME) });
  await expect(row).toContainText(SECRET_VALUE);
  const value = SECRET_VALUE.exec((await row.textContent()) ?? '')![0];
  expect(value).toHaveLength(40);
  w.captured.secret = value;
  await expectGuide(portal, 'client-secret.value', { text: /^Copy to clipboard$/ });
  await expectStatus(panel, { 'client-secret': 'done', 'tonicdm-setup': 'current' });
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  await expect(panel.secret()).toContainText(value.slice(0, 3));
  await expect(panel.secret()).not.toContainText(value);
  await expect(panel.expiry()).toHaveAttribute('data-iso', new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10));
}

/** TonicDM → Organization Settings: one click in the panel fills the four values; the admin presses Go. */
export async function walkTonicdmSetup(w: Walk): Promise<void> {
  const { context, panel } = w;
  await routeTonicdm(context, 'react');
  const tonicdm = await context.newPage();
  await tonicdm.goto(TONICDM_SETTINGS);
  await panel.page.bringToFront();
  await panel.fillButton().click();
  await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true');
  const state = await reactState(tonicdm);
  expect(state.clientId).toBe(w.captured.appId);
  expect(state.tenantId).toBe(w.captured.tenantId);
  expect(state.tenantId).toMatch(GUID);
  expect(state.secret).toBe(w.captured.secret);
  const expiry = new Date(Date.now() + 730 * 86_400_000);
  const [y, m, d] = [expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, expiry.getUTCDate()];
  expect(state.expiry.replace(/\D/g, '')).toMatch(new RegExp(`${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${y}|${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${y}|${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`));
  expect(state.submitted).toBe(false);
  await tonicdm.bringToFront();
  await tonicdm.locator('[data-tdm-guide]').click();
  expect((await reactState(tonicdm)).submitted).toBe(true);
  await expectStatus(panel, { 'tonicdm-setup': 'done', 'assignment-required': 'current' });
  await tonicdm.close();
  await w.portal.bringToFront();
}

/**
 * Enterprise apps → the app → Properties → Assignment required? Yes → Save. The list is long
 * and virtualised, so the admin finds the app through the search box (name or client ID).
 */
export async function walkAssignmentRequired(w: Walk, findApp: (w: Walk) => Promise<void>): Promise<void> {
  const { portal, panel } = w;
  await dismissToasts(portal);
  await portal.getByRole('navigation', { name: 'Navigation menu' }).getByRole('link', { name: 'Enterprise apps' }).click();
  await findApp(w);
  await followGuide(portal, 'assignment-required.app', (el) => el.click(), { text: new RegExp(`^${APP_NAME}$`) });
  await followGuide(portal, 'assignment-required.properties', (el) => el.click(), { text: /^Properties$/ });
  const toggle = activeBlade(portal).getByRole('switch', { name: 'Assignment required?' });
  await expect(toggle).not.toBeChecked();
  await followGuide(portal, 'assignment-required.yes');
  await expect(toggle).toBeChecked();
  // Yes alone is not saved: the step stays open until Save.
  await expectStatus(panel, { 'assignment-required': 'current' });
  await followGuide(portal, 'assignment-required.save', (el) => el.click(), { text: /^Save$/ });
  await expect(activeBlade(portal).getByRole('menuitem', { name: 'Save' })).toBeDisabled();
  await expectStatus(panel, { 'assignment-required': 'done', 'assign-users': 'current' });
}

/** The admin types the app's name into the Enterprise apps search box. */
export async function searchEnterpriseApps(w: Walk): Promise<void> {
  await activeBlade(w.portal).getByRole('searchbox', { name: 'Search by application name or object ID' }).fill(APP_NAME);
}

/** Users and groups → Add user/group → None Selected → pick → Select → Assign. */
export async function walkAssignUsers(w: Walk): Promise<void> {
  const { portal, panel } = w;
  await dismissToasts(portal);
  await followGuide(portal, 'assign-users.open', (el) => el.click(), { text: /^Users and groups$/ });
  await followGuide(portal, 'assign-users.add', (el) => el.click(), { text: /^Add user\/group$/ });
  await followGuide(portal, 'assign-users.pick', (el) => el.click(), { text: /^None Selected$/ });
  await expectGuide(portal, 'assign-users.pick', { text: /^Select$/ });
  const picker = activeBlade(portal).getByRole('dialog', { name: 'Users and groups' });
  await picker.getByText('Adele Vance', { exact: true }).click();
  await expect(picker.getByRole('checkbox', { name: 'Adele Vance' })).toBeChecked();
  await followGuide(portal, 'assign-users.pick', (el) => el.click(), { text: /^Select$/ });
  await followGuide(portal, 'assign-users.assign', (el) => el.click(), { text: /^Assign$/ });
  await expect(activeBlade(portal).getByRole('grid', { name: 'Users and groups' }).getByRole('row', { name: /Adele Vance/ })).toBeVisible();
  await expectStatus(panel, { 'assign-users': 'done' });
  await expectNoGuide(portal);
}

/**
 * The Enterprise apps list as portal-evidence E3 describes it: the app is listed under the
 * default filter but not rendered in a long, virtualised list. The guide sends the admin to
 * the search box (name or client ID), never to "Remove filter".
 */
export async function guidedEnterpriseSearch(w: Walk): Promise<void> {
  const { portal, panel } = w;
  await expectGuideWhere(portal, 'the Enterprise apps search box is pointed at', (g) => g.id.startsWith('assignment-required.') && g.tag === 'input');
  await expect(panel.notice('page:enterprise-filter-hides-app')).toHaveCount(0);
  await searchEnterpriseApps(w);
}
