/**
 * Accessibility of every side panel and options state an admin can reach: axe-core (WCAG 2.1 A
 * and AA rules) in light and dark, plus what axe cannot judge by itself (focus after dismissing
 * a notice, live regions, the current step, Windows high contrast).
 *
 * PANEL_SCREENSHOTS=<label> writes docs/screenshots/panel-<label>-*.png instead (the closing
 * note's before/after pictures): `npx wxt build && PANEL_SCREENSHOTS=after npx playwright test tests/e2e/a11y.spec.ts`.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/graphExtension';
import { openPanelAt, PANEL_WIDTHS, seedCapturedValues, seedMidSetupWithNotices } from './support/panelStates';

const SHOTS = process.env.PANEL_SCREENSHOTS;

test.describe('before/after screenshots', () => {
  test.skip(!SHOTS, 'PANEL_SCREENSHOTS=<label> writes them');
  const dir = 'docs/screenshots';

  async function shoot(page: Page, state: string) {
    mkdirSync(dir, { recursive: true });
    for (const width of PANEL_WIDTHS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 760 });
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${dir}/panel-${SHOTS}-${state}-${width}-${colorScheme}.png` });
      }
    }
  }

  test('fresh', async ({ context, extensionId, worker }) => {
    await shoot(await openPanelAt({ context, extensionId, worker }), 'fresh');
  });

  test('mid-setup with notices', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    await shoot(await openPanelAt({ context, extensionId, worker }), 'notices');
  });

  test('values captured', async ({ context, extensionId, worker }) => {
    await seedCapturedValues(worker);
    await shoot(await openPanelAt({ context, extensionId, worker }), 'captured');
  });
});
