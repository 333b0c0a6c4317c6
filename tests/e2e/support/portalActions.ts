/**
 * What an admin does in the replica portal, as small steps for tests. Blades render in the
 * shell document (classic) or in a visible cross-origin frame (react).
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { ReplicaLayout } from './portalReplica';

export type Scope = Page | FrameLocator;

export function bladeScope(page: Page, layout: ReplicaLayout): Scope {
  return layout === 'classic' ? page : page.frameLocator('section.fxs-blade iframe:not(.fxs-display-none)');
}

export function command(scope: Scope, layout: ReplicaLayout, name: string): Locator {
  return scope.getByRole(layout === 'classic' ? 'button' : 'menuitem', { name, exact: true });
}

export function menuItem(page: Page, item: string): Locator {
  return page.locator(`div[data-telemetryname='Menu-${item}']`);
}

export async function dismissToasts(page: Page): Promise<void> {
  await page.locator('button.fxs-toast-close').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
}

/** Certificates & secrets → New client secret → description, 24 months → Add; returns the clear Value. */
export async function addClientSecret(page: Page, layout: ReplicaLayout, description: string, texts = { newSecret: 'New client secret', description: 'Description', expires: 'Expires', months24: '730 days (24 months)', add: 'Add' }): Promise<string> {
  const c = bladeScope(page, layout);
  await c.getByRole('button', { name: texts.newSecret, exact: true }).click();
  await c.getByLabel(texts.description, { exact: true }).fill(description);
  await c.getByRole('combobox', { name: texts.expires }).click();
  await c.getByRole('option', { name: texts.months24 }).click();
  await c.getByRole('button', { name: texts.add, exact: true }).click();
  const row = c.getByRole('row', { name: new RegExp(description) });
  await expect(row).toContainText(/[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/);
  return /[A-Za-z0-9_.~-]{3}8Q~[A-Za-z0-9_.~-]{34}/.exec((await row.textContent()) ?? '')?.[0] ?? '';
}
