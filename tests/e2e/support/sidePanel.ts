/**
 * Page object for the side panel, opened as an ordinary tab (Playwright cannot open the real
 * panel). The panel must work there too: it finds portal and TonicDM tabs by URL.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { StepId } from '../../../utils/steps';

export async function openSidePanel(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return sidePanel(page);
}

export function sidePanel(page: Page) {
  return {
    page,
    step: (id: StepId) => page.getByTestId(`step-${id}`),
    clientId: () => page.getByTestId('value-client-id'),
    tenantId: () => page.getByTestId('value-tenant-id'),
    secret: () => page.getByTestId('value-secret'),
    expiry: () => page.getByTestId('value-expiry'),
    notice: (id: string) => page.getByTestId(`notice-${id}`),
    fillButton: () => page.getByTestId('fill-tonicdm'),
  };
}
