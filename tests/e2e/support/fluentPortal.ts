/**
 * What an admin does in the Fluent replica, step by step, through roles and accessible names
 * only (never Fluent's class names), so the same steps would read the live portal's markup.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { activeBlade } from './fluentReplica';

export const SECRET_VALUE = /[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/;

/** A left-menu item of the current blade, by its visible name (the shell's tree items). */
export function menuItem(portal: Page, name: string | RegExp): Locator {
  return portal.getByRole('navigation', { name: /\|/ }).getByRole('treeitem', { name });
}

export function command(blade: FrameLocator, name: string | RegExp): Locator {
  return blade.getByRole('menuitem', { name });
}

export async function dismissToasts(portal: Page): Promise<void> {
  const close = portal.getByRole('alert').getByRole('button', { name: 'Dismiss toast notification' });
  for (let n = await close.count(); n > 0; n = await close.count()) await close.first().click();
}

export async function registerApp(portal: Page, name: string): Promise<void> {
  const blade = activeBlade(portal);
  await command(blade, 'New registration').click();
  await blade.getByRole('textbox', { name: 'Name' }).fill(name);
  await blade.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(portal).toHaveURL(/ApplicationMenuBlade\/~\/Overview\/.*appSignInAudience\/AzureADMyOrg/);
}

/** Add a permission → Microsoft Graph → Application permissions → each role (by filter) → Add permissions. */
export async function addGraphApplicationPermissions(portal: Page, roles: readonly string[]): Promise<void> {
  const blade = activeBlade(portal);
  await command(blade, 'Add a permission').click();
  const pane = blade.getByRole('dialog', { name: 'Request API permissions' });
  await pane.getByRole('button', { name: /^Microsoft Graph/ }).click();
  // Fluent draws the choice over its (transparent) radio: the admin clicks the words.
  await pane.getByText('Application permissions', { exact: true }).click();
  await expect(pane.getByRole('radio', { name: /^Application permissions/ })).toBeChecked();
  const filter = pane.getByRole('searchbox', { name: 'Start typing a permission to filter these results' });
  for (const role of roles) {
    await filter.fill(role);
    const group = role.split('.')[0]!;
    const header = pane.getByRole('row', { name: new RegExp(`^${group} ?\\(\\d+\\)`) });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.getByRole('gridcell').first().click();
    const row = pane.getByRole('row', { name: new RegExp(`^${role.replace(/\./g, '\\.')} `) });
    await row.getByText(role, { exact: true }).click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }
  await pane.getByRole('button', { name: 'Add permissions' }).click();
  await expect(pane).toHaveCount(0);
}

export async function grantConsent(portal: Page, tenant = 'Contoso'): Promise<void> {
  const blade = activeBlade(portal);
  await command(blade, `Grant admin consent for ${tenant}`).click();
  const confirm = blade.getByRole('alertdialog', { name: 'Grant admin consent confirmation.' });
  await confirm.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(blade.getByRole('grid', { name: 'Configured permissions' })).not.toContainText('Not granted');
}

/** New client secret → Description, Expires → Add; returns the Value shown once. */
export async function addClientSecret(portal: Page, description: string, expires = '730 days (24 months)'): Promise<string> {
  const blade = activeBlade(portal);
  await blade.getByRole('button', { name: 'New client secret' }).click();
  const pane = blade.getByRole('dialog', { name: 'Add a client secret' });
  await pane.getByRole('textbox', { name: 'Description' }).fill(description);
  await pane.getByRole('combobox', { name: /^Expires/ }).click();
  await blade.getByRole('option', { name: expires, exact: true }).click();
  await pane.getByRole('button', { name: 'Add', exact: true }).click();
  const row = blade.getByRole('row', { name: new RegExp(description) });
  await expect(row).toContainText(SECRET_VALUE);
  return SECRET_VALUE.exec((await row.textContent()) ?? '')![0];
}

export async function requireAssignment(portal: Page): Promise<void> {
  const blade = activeBlade(portal);
  await blade.getByRole('switch', { name: 'Assignment required?' }).click();
  await command(blade, 'Save').click();
  await expect(command(blade, 'Save')).toBeDisabled();
}

export async function assignPrincipal(portal: Page, name: string): Promise<void> {
  const blade = activeBlade(portal);
  await command(blade, 'Add user/group').click();
  const add = blade.getByRole('dialog', { name: 'Add Assignment' });
  await add.getByRole('link', { name: 'None Selected' }).click();
  const picker = blade.getByRole('dialog', { name: 'Users and groups' });
  await picker.getByText(name, { exact: true }).click();
  await expect(picker.getByRole('checkbox', { name })).toBeChecked();
  await picker.getByRole('button', { name: 'Select', exact: true }).click();
  await add.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(blade.getByRole('grid', { name: 'Users and groups' }).getByRole('row', { name: new RegExp(name) })).toBeVisible();
}
