/**
 * The side panel opens with the checklist alone: MSAL and the Graph client (the Graph section's
 * code) load only when the admin opens that section, or when a run waits to be resumed.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';

/** Script files the extension's pages request from now on (Resource Timing omits chrome-extension: URLs). */
function trackScripts(context: BrowserContext): string[] {
  const scripts: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' && url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  return scripts;
}

const GRAPH_CHUNK = /GraphPanelBody/;

test('the Graph section and its libraries load only when the admin opens it', async ({ context, extensionId }) => {
  const scripts = trackScripts(context);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.step('register')).toBeVisible();
  expect(scripts.some((path) => path.includes('/chunks/sidepanel-')), 'requests are seen').toBe(true);
  const toggle = panel.page.getByTestId('graph-section-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.page.getByTestId('graph-section')).toHaveAttribute('data-ready', 'true');
  // Give a stray eager import every chance to show up before concluding it does not.
  await panel.page.waitForTimeout(300);
  expect(scripts.filter((path) => GRAPH_CHUNK.test(path))).toEqual([]);
  await expect(panel.page.getByTestId('graph-sign-in')).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.page.getByTestId('graph-sign-in')).toBeVisible();
  expect(scripts.filter((path) => GRAPH_CHUNK.test(path))).toHaveLength(1);

  // Closing and reopening the section keeps what was loaded (and its state).
  await toggle.click();
  await expect(panel.page.getByTestId('graph-sign-in')).toBeHidden();
  await toggle.click();
  await expect(panel.page.getByTestId('graph-sign-in')).toBeVisible();
  expect(scripts.filter((path) => GRAPH_CHUNK.test(path))).toHaveLength(1);
});

test('a run an earlier panel left unfinished opens the Graph section by itself', async ({ context, extensionId, worker }) => {
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await c.storage.session.set({
      graphCheckpoint: {
        tenantId: '9a3e6f1c-2b7d-4c58-8e0f-5d41b2c7a9e3',
        options: { newSecret: true, secretLifetimeMonths: 24, assignees: [] },
        checkpoint: null,
        startedAt: Date.now() - 60_000,
      },
    });
  });
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.page.getByTestId('graph-section-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.page.getByTestId('graph-resume-notice')).toContainText('did not finish');
  await expect(panel.page.getByTestId('graph-resume')).toBeVisible();
});
