/**
 * Accessibility of every side panel and options state an admin can reach: axe-core (WCAG 2.0/2.1
 * A and AA rules) in light and dark, plus what axe cannot judge by itself (focus after dismissing
 * a notice, live regions, the current step, plain checkbox names, Windows high contrast).
 *
 * PANEL_SCREENSHOTS=<label> writes docs/screenshots/panel-<label>-*.png instead (the before/after
 * pictures of the panel): `npx wxt build && PANEL_SCREENSHOTS=after npx playwright test tests/e2e/a11y.spec.ts`.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/graphExtension';
import { openGraphSection, setGraphClientId } from './support/graphPanel';
import { seedManualSetup } from './support/graphTenant';
import {
  openPanelAt,
  openOptionsAt,
  PANEL_WIDTHS,
  seedCapturedValues,
  seedExpiryChoiceAndOffer,
  seedFillConfirmation,
  seedFillStatus,
  seedGuideHidden,
  seedMidSetupWithNotices,
  SEEDED,
} from './support/panelStates';

const SHOTS = process.env.PANEL_SCREENSHOTS;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe in light and in dark; each violation is listed with the elements it names. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion stops colour transitions, so contrast is measured on settled colours.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(found, `${state}, ${colorScheme}`).toEqual([]);
  }
}

test.describe('axe: side panel', () => {
  test.skip(!!SHOTS, 'screenshots only');

  test('fresh', async ({ context, extensionId, worker }) => {
    const page = await openPanelAt({ context, extensionId, worker });
    await expectNoViolations(page, 'fresh');
  });

  test('mid-setup with notices, an expiry to choose, an offered value and the guide hidden; notices unfolded', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    await seedExpiryChoiceAndOffer(worker);
    await seedGuideHidden(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.getByTestId('expiry-choice')).toBeVisible();
    await expect(page.getByTestId('guide-hidden')).toBeVisible();
    await expectNoViolations(page, 'notices');
    await page.getByTestId('notices-more').click();
    await expectNoViolations(page, 'notices unfolded');
  });

  test('values captured, the secret revealed, copied', async ({ context, extensionId, worker }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await seedCapturedValues(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await expectNoViolations(page, 'captured');
    await page.getByTestId('reveal-secret').click();
    await expect(page.getByTestId('value-secret')).toContainText(SEEDED.secret);
    await page.getByTestId('copy-value-secret').click();
    await expect(page.getByTestId('clipboard-note')).toBeVisible();
    await expectNoViolations(page, 'secret revealed');
  });

  test('a fill waiting for confirmation', async ({ context, extensionId, worker }) => {
    await seedCapturedValues(worker);
    await seedFillConfirmation(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.getByTestId('fill-confirm')).toBeVisible();
    await expect(page.getByTestId('fill-confirm-yes')).toBeEnabled();
    await expectNoViolations(page, 'fill confirmation');
  });

  test('fill outcomes: values missing, then filled', async ({ context, extensionId, worker }) => {
    await seedFillStatus(worker, { ok: false, reason: 'values-missing', missing: ['secret', 'expiry', 'clientId', 'tenantId'] });
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.getByTestId('fill-result')).toHaveAttribute('data-reason', 'values-missing');
    await expectNoViolations(page, 'fill: values missing');
    await seedCapturedValues(worker);
    await seedFillStatus(worker, { ok: true, filled: ['secret', 'expiry', 'clientId', 'tenantId'], target: { origin: 'https://app.tonicdm.com', path: '/organization-settings' } });
    await expect(page.getByTestId('fill-result')).toHaveAttribute('data-reason', 'filled');
    await expectNoViolations(page, 'fill: filled');
  });

  test('after the setup: the secret due for renewal, and the change-ticket record shown', async ({ context, extensionId, worker }) => {
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await seedCapturedValues(worker, { ...SEEDED, expiryIso: inTenDays });
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.getByTestId('renewal-due')).toBeVisible();
    await page.getByTestId('export-record').click();
    await expect(page.getByTestId('setup-record')).toBeVisible();
    await expectNoViolations(page, 'renewal and record');
  });

  test('Start over asks first', async ({ context, extensionId, worker }) => {
    await seedCapturedValues(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await page.getByTestId('reset-setup').click();
    await expect(page.getByTestId('start-over-dialog')).toBeVisible();
    await expectNoViolations(page, 'start over');
  });

  test('Graph section: not set up, then signed in with a verified tenant, then a plan', async ({ context, extensionId, worker, tenant }) => {
    const fresh = await openPanelAt({ context, extensionId, worker });
    await openGraphSection(fresh);
    await expect(fresh.getByTestId('graph-sign-in-help')).toBeVisible();
    await expectNoViolations(fresh, 'graph: not set up');
    await fresh.close();

    seedManualSetup(tenant, { permissions: 'delegated', consent: false });
    await setGraphClientId(context, extensionId);
    const page = await openPanelAt({ context, extensionId, worker });
    await openGraphSection(page);
    await page.getByTestId('graph-verify').click();
    await expect(page.getByTestId('graph-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(page.getByTestId('graph-account')).toContainText('admin@contoso.onmicrosoft.com');
    await expect(page.getByTestId('step-api-permissions')).toHaveAttribute('data-verified', 'no');
    await expectNoViolations(page, 'graph: verified');
    await page.getByTestId('graph-automate').click();
    await expect(page.getByTestId('graph-run-plan')).toBeVisible({ timeout: 20_000 });
    await expectNoViolations(page, 'graph: plan');
  });

  test('Graph section: rotating the secret and removing the app', async ({ context, extensionId, worker, tenant }) => {
    seedManualSetup(tenant);
    await setGraphClientId(context, extensionId);
    const page = await openPanelAt({ context, extensionId, worker });
    await openGraphSection(page);
    await page.getByTestId('graph-verify').click();
    await expect(page.getByTestId('graph-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await page.getByTestId('graph-rotate').click();
    await expect(page.getByTestId('graph-rotation')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('graph-status')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
    await expectNoViolations(page, 'graph: rotation plan');
    await page.getByTestId('graph-offboard').click();
    await expect(page.getByTestId('graph-offboard-section')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('graph-status')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
    await expectNoViolations(page, 'graph: removal');
  });
});

test.describe('axe: options', () => {
  test.skip(!!SHOTS, 'screenshots only');

  test('as stored, then with a problem in every field', async ({ context, extensionId }) => {
    const page = await openOptionsAt(context, extensionId);
    await expectNoViolations(page, 'options');
    await page.getByTestId('secret-idle-minutes').fill('999');
    await page.getByTestId('extra-origins').fill('http://eu.example.com');
    await page.getByTestId('graph-client-id').fill('not-a-guid');
    await page.getByTestId('graph-authority').fill('https://login.example.com/organizations');
    await page.getByTestId('save-options').click();
    for (const field of ['secret-idle-minutes', 'extra-origins', 'graph-client-id', 'graph-authority']) {
      await expect(page.getByTestId(`${field}-error`)).toBeVisible();
    }
    await expectNoViolations(page, 'options with errors');
  });
});

test.describe('what axe cannot judge', () => {
  test.skip(!!SHOTS, 'screenshots only');

  test('the current step is marked, and checkboxes are named by their step alone', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(page.getByTestId('step-api-permissions')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('checkbox', { name: 'Register the app', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Grant admin consent', exact: true })).not.toBeChecked();
    for (const name of await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''))) {
      expect(name).not.toMatch(/\bnot\b|\bmark\b/i);
    }
  });

  test('severity is said in words, not colour alone', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.getByTestId('notice-delegated-instead-of-application')).toContainText('Error:');
    await expect(page.getByTestId('notice-different-app')).toContainText('Warning:');
    await page.getByTestId('notices-more').click();
    await expect(page.getByTestId('notice-unexpected-name')).toContainText('Info:');
    await expect(page.getByTestId('notice-delegated-instead-of-application').locator('svg')).toHaveCount(1);
  });

  test('dismissing a notice moves focus to the next one, then the list heading, then the current step; never to the body', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? document.activeElement?.tagName);

    await page.getByTestId('notice-delegated-instead-of-application').getByTestId('dismiss-notice').click();
    await expect(page.getByTestId('notice-delegated-instead-of-application')).toHaveCount(0);
    await expect.poll(focused).toBe('notice-different-app');
    // Keyboard only from here: Tab reaches the focused notice's buttons, Enter dismisses.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('dismiss-notice');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('notice-consent-not-granted');
    const last = ['consent-not-granted', 'unexpected-name'];
    await page.getByTestId(`notice-${last[0]}`).getByTestId('dismiss-notice').click();
    await expect.poll(focused).toBe(`notice-${last[1]}`);
    await page.getByTestId(`notice-${last[1]}`).getByTestId('dismiss-notice').click();
    await expect(page.getByTestId('notices')).toHaveCount(0);
    await expect.poll(focused).toBe('current-step-title');
  });

  test('new notices, copies and fill outcomes reach live regions', async ({ context, extensionId, worker }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await seedCapturedValues(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    const announcer = page.getByTestId('live-announcer');
    await expect(announcer).toHaveAttribute('role', 'status');

    await page.getByTestId('copy-value-client-id').click();
    await expect(announcer).toHaveText('Application (client) ID copied.');

    await seedMidSetupWithNotices(worker);
    await expect(announcer).toContainText('Error: A TonicDM permission is listed as Delegated.');

    // The fill's outcome appears inside a region that was already on the page.
    const region = page.locator('.fill-status');
    await expect(region).toHaveAttribute('role', 'status');
    await expect(region).toBeAttached();
    await seedFillStatus(worker, { ok: false, reason: 'cancelled' });
    await expect(region.getByTestId('fill-result')).toContainText('Cancelled');
  });
});

test.describe('Windows high contrast', () => {
  test.skip(!!SHOTS, 'screenshots only');

  test('progress, the current step and the primary action stay visible in forced colours', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await page.emulateMedia({ forcedColors: 'active' });
    const style = (selector: string, property: string) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    // The bar keeps its fill (system Highlight) against the track (Canvas) instead of both becoming Canvas.
    expect(await style('.progress-fill', 'background-color')).not.toBe(await style('.progress-track', 'background-color'));
    expect(await style('.progress-track', 'border-top-style')).toBe('solid');
    // The current step keeps a marker that is not a background colour.
    expect(await style('.step-current', 'border-left-width')).toBe('3px');
    expect(await style('.step-current', 'border-left-color')).not.toBe(await style('.step-todo', 'border-left-color'));
    await expectNoViolations(page, 'forced colours');

    await seedCapturedValues(worker);
    await expect(page.getByTestId('fill-tonicdm')).toHaveAttribute('data-primary', 'true');
    expect(await style('[data-testid="fill-tonicdm"]', 'border-top-width')).toBe('2px');
  });
});

test.describe('before/after screenshots', () => {
  test.skip(!SHOTS, 'PANEL_SCREENSHOTS=<label> writes them');
  const dir = 'docs/screenshots';

  async function shoot(page: Page, state: string, schemes: readonly ('light' | 'dark')[] = ['light', 'dark'], forcedColors = false) {
    mkdirSync(dir, { recursive: true });
    for (const width of PANEL_WIDTHS) {
      for (const colorScheme of schemes) {
        await page.setViewportSize({ width, height: 760 });
        await page.emulateMedia({ colorScheme, forcedColors: forcedColors ? 'active' : 'none' });
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${dir}/panel-${SHOTS}-${state}-${width}-${forcedColors ? 'high-contrast' : colorScheme}.png` });
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

  test('high contrast', async ({ context, extensionId, worker }) => {
    test.skip(SHOTS === 'before', 'only after');
    await seedMidSetupWithNotices(worker);
    await shoot(await openPanelAt({ context, extensionId, worker }), 'notices', ['dark'], true);
  });

  test('options with errors', async ({ context, extensionId }) => {
    test.skip(SHOTS === 'before', 'only after');
    const page = await openOptionsAt(context, extensionId);
    await page.getByTestId('secret-idle-minutes').fill('999');
    await page.getByTestId('graph-client-id').fill('not-a-guid');
    await page.getByTestId('save-options').click();
    await shoot(page, 'options');
  });
});
