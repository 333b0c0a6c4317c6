/**
 * Page objects for the Graph part of the extension: the options page's sign-in app fields (set
 * through the UI, as an admin would) and the side panel's Graph section.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { openSidePanel } from './sidePanel';

/** Any GUID: the fake authority accepts every client id. */
export const SIGN_IN_CLIENT_ID = '3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a';

export async function setGraphClientId(context: BrowserContext, extensionId: string, clientId = SIGN_IN_CLIENT_ID): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('graph-client-id').fill(clientId);
  await expect(page.getByTestId('graph-authority')).toHaveValue('https://login.microsoftonline.com/organizations');
  await page.getByTestId('save-options').click();
  await expect(page.getByTestId('options-status')).toHaveText('Saved.');
  await page.close();
}

export async function openGraphPanel(context: BrowserContext, extensionId: string) {
  const panel = await openSidePanel(context, extensionId);
  await openGraphSection(panel.page);
  return graphPanel(panel.page, panel);
}

/** Opens the Graph section (closed by default; open by itself when a run waits to be resumed). */
export async function openGraphSection(page: Page): Promise<void> {
  await expect(page.getByTestId('graph-section')).toHaveAttribute('data-ready', 'true');
  const toggle = page.getByTestId('graph-section-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('graph-account')).toBeVisible();
}

export function graphPanel(page: Page, base = { page }) {
  return {
    ...base,
    page,
    signIn: () => page.getByTestId('graph-sign-in'),
    signInHelp: () => page.getByTestId('graph-sign-in-help'),
    account: () => page.getByTestId('graph-account'),
    verify: () => page.getByTestId('graph-verify'),
    automate: () => page.getByTestId('graph-automate'),
    runPlan: () => page.getByTestId('graph-run-plan'),
    status: () => page.getByTestId('graph-status'),
    resume: () => page.getByTestId('graph-resume'),
    adminWarning: () => page.getByTestId('graph-admin-warning'),
    newSecret: () => page.getByTestId('graph-new-secret'),
    planAction: (key: string) => page.locator(`[data-testid="graph-plan-action"][data-key="${key}"]`),
    planActions: () => page.getByTestId('graph-plan-action'),
    progressItem: (key: string) => page.locator(`[data-testid="graph-progress-item"][data-key="${key}"]`),
    step: (id: string) => page.getByTestId(`step-${id}`),
    candidates: () => page.getByTestId('graph-candidate'),
    candidate: (appObjectId: string) => page.locator(`[data-testid="graph-candidate"][data-app-id="${appObjectId}"]`),
    chooseCandidate: (appObjectId: string) => page.locator(`[data-testid="graph-candidate"][data-app-id="${appObjectId}"] [data-testid="graph-candidate-choose"]`),
    chooseNewApp: () => page.getByTestId('graph-candidate-new'),
    appRisk: () => page.getByTestId('graph-app-risk'),
    riskConfirm: () => page.getByTestId('graph-risk-confirm'),
    planBlocked: () => page.getByTestId('graph-plan-blocked'),
    secret: () => page.getByTestId('value-secret'),
    clientId: () => page.getByTestId('value-client-id'),
    expiry: () => page.getByTestId('value-expiry'),
    /** Waits for the status line to settle in `state` (running is never final). */
    async settled(state: 'done' | 'error' | 'idle', timeout = 20_000) {
      await expect(page.getByTestId('graph-status')).toHaveAttribute('data-state', state, { timeout });
    },
    async pickAssignee(name: string) {
      await page.getByTestId('graph-assignee-search').fill(name);
      await page.locator('[data-testid="graph-assignee-option"]', { hasText: name }).first().click();
      await expect(page.locator('[data-testid="graph-assignee-selected"]', { hasText: name })).toHaveCount(1);
    },
  };
}
