/**
 * The side panel and options as an admin meets them: readable type, a first run that leads
 * (one primary action, progress always in sight, notices that never push the current step away),
 * messages that say one thing once, and Options that check each field where it is typed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { openPanelAt, openOptionsAt, seedCapturedValues, seedMidSetupWithNotices, SEEDED } from './support/panelStates';
import { routeTonicdm, TONICDM_SETTINGS } from './support/tonicdmReplica';

const NEW_REGISTRATION = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false';

/** Primary buttons and links the admin can see. */
const visiblePrimaries = (page: Page) => page.locator('.primary:visible');

const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test.describe('readable', () => {
  test("body text is at least 13 px despite Chrome's 75 % body font; titles are larger than descriptions", async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    expect(await fontSize(page, 'body')).toBe(14);
    for (const selector of ['.step-text', '.step-action', '.message p', '.step-title', 'button.link', '#fill-hint, .fill-result', '.value-row dt']) {
      expect(await fontSize(page, selector), selector).toBeGreaterThanOrEqual(13);
    }
    expect(await fontSize(page, '#current-step-title')).toBeGreaterThan(await fontSize(page, '.current-step .step-text'));
    expect(await fontSize(page, '.step-todo .step-title')).toBeGreaterThan(await fontSize(page, '.step-todo .step-action'));
  });
});

test.describe('a first run that leads', () => {
  test('a fresh panel shows one primary action, Open Microsoft Entra, to New registration', async ({ context, extensionId, worker }) => {
    await context.route('https://entra.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Microsoft Entra admin center</title>' }));
    const page = await openPanelAt({ context, extensionId, worker });
    await expect(page.getByTestId('progress-count')).toHaveText('0 of 8 done');
    await expect(page.getByTestId('current-step-position')).toHaveText('Step 1 of 8');
    await expect(page.locator('#current-step-title')).toHaveText('Register the app');
    await expect(visiblePrimaries(page)).toHaveCount(1);
    const open = page.getByTestId('open-entra');
    await expect(open).toHaveClass(/\bprimary\b/);
    await expect(open).toHaveText('Open Microsoft Entra');
    await expect(open).toHaveAttribute('href', NEW_REGISTRATION);
    await expect(page.getByTestId('fill-tonicdm')).toHaveAttribute('data-primary', 'false');
    // No pointer to a README: the store user has none.
    await expect(page.locator('body')).not.toContainText('README');

    const opened = context.waitForEvent('page');
    await open.click();
    await expect(await opened).toHaveURL(NEW_REGISTRATION);
  });

  test('progress and the current step stay in sight: the header names the step once its card scrolls away', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    // The step's words come from the browser's messages, which this test process does not have: written out, as above.
    const current = { title: 'Add Microsoft Graph application permissions' };
    await expect(page.getByTestId('progress-count')).toHaveText('2 of 8 done');
    await expect(page.getByRole('progressbar', { name: 'Setup progress' })).toHaveAttribute('aria-valuetext', '2 of 8 steps done');
    await expect(page.getByTestId('current-step-position')).toHaveText('Step 3 of 8');
    await expect(page.locator('#current-step-title')).toHaveText(current.title);
    await expect(page.getByTestId('progress-now')).toHaveCount(0);

    await page.getByTestId('graph-section').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('progress-header')).toBeInViewport();
    await expect(page.getByTestId('progress-now')).toHaveText(`Now: ${current.title}`);
    await page.getByTestId('progress-now').click();
    await expect(page.getByTestId('current-step')).toBeInViewport();
    await expect(page.locator('#current-step-title')).toBeFocused();
  });

  test('notices never push the current step out of view, at either panel width', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    for (const width of [360, 420]) {
      const page = await openPanelAt({ context, extensionId, worker }, width);
      await expect(page.getByTestId('notices').locator('li')).toHaveCount(2);
      await expect(page.getByTestId('notices-more')).toHaveText('Show 2 more notices');
      const card = (await page.getByTestId('current-step').boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
      expect((await page.getByTestId('notices').boundingBox())!.y).toBeGreaterThan(card.y + card.height);
      // Unfolding them all still leaves the card where it was.
      await page.getByTestId('notices-more').click();
      await expect(page.getByTestId('notices').locator('li')).toHaveCount(4);
      expect((await page.getByTestId('current-step').boundingBox())!.y).toBe(card.y);
      await page.close();
    }
  });

  test('Fill becomes the primary action only once the four values are there, and stops being it once TonicDM has them', async ({ context, extensionId, worker }) => {
    await seedMidSetupWithNotices(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    const fill = page.getByTestId('fill-tonicdm');
    await expect(fill).toHaveAttribute('data-primary', 'false');
    await expect(fill).not.toHaveClass(/\bprimary\b/);
    await expect(visiblePrimaries(page)).toHaveCount(0);

    await seedCapturedValues(worker);
    await expect(fill).toHaveAttribute('data-primary', 'true');
    await expect(visiblePrimaries(page)).toHaveCount(1);

    // The tick shows once the background has recorded it (the checklist is the stored state), so
    // click and wait for it rather than expect the box to flip within the click.
    const tick = page.getByRole('checkbox', { name: 'Enter the values in TonicDM', exact: true });
    await tick.click();
    await expect(tick).toBeChecked();
    await expect(fill).toHaveAttribute('data-primary', 'false');
  });

  test('Start over says what stays in Entra and offers the app; Cancel keeps everything', async ({ context, extensionId, worker }) => {
    await seedCapturedValues(worker);
    const page = await openPanelAt({ context, extensionId, worker });
    await page.getByTestId('reset-setup').click();
    const dialog = page.getByRole('dialog', { name: 'Start over?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('forgets its progress and the values it holds');
    await expect(dialog).toContainText('"TonicDM Office 365 Token", its API permissions and admin consent, and its client secret all stay');
    await expect(page.getByTestId('start-over-open-app')).toHaveAttribute('href', `https://entra.microsoft.com/${SEEDED.tenantId}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${SEEDED.clientId}/isMSAApp~/false`);
    await expect(page.getByTestId('start-over-cancel')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('value-client-id')).toContainText(SEEDED.clientId);

    await page.getByTestId('reset-setup').click();
    await page.getByTestId('start-over-confirm').click();
    await expect(page.getByTestId('value-client-id')).toContainText('not captured yet');
    await expect(page.getByTestId('progress-count')).toHaveText('0 of 8 done');
  });
});

test.describe('messages that say one thing once', () => {
  test("a fill the page cannot take is reported once, naming the field by TonicDM's label", async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'missing-field');
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const page = await openPanelAt({ context, extensionId, worker });
    await page.getByTestId('fill-tonicdm').click();
    const result = page.getByTestId('fill-result');
    await expect(result).toHaveAttribute('data-reason', 'fields-missing');
    await expect(result).toHaveText(`No field found at ${TONICDM_SETTINGS} for Tenant ID. Nothing was filled; copy the values one by one instead.`);
    await expect(page.getByTestId('notices')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('tenantId');
  });

  test('"Filled … press Go" becomes "Done" once the admin pressed Go', async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'react');
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const page = await openPanelAt({ context, extensionId, worker });
    await page.getByTestId('fill-tonicdm').click();
    const result = page.getByTestId('fill-result');
    await expect(result).toHaveAttribute('data-reason', 'filled');
    await expect(result).toContainText('then press Go');
    await tonicdm.locator('[data-tdm-guide]').click();
    await expect(result).toHaveAttribute('data-reason', 'submitted');
    await expect(result).toHaveText(/^Done: you pressed Go on TonicDM's Security Set Up at /);
    await expect(result).not.toContainText('press Go (highlighted)');
  });
});

test.describe('Options check each field where it is typed', () => {
  test('errors appear under their fields, described to assistive technology; nothing is saved until they are fixed', async ({ context, extensionId, worker }) => {
    const page = await openOptionsAt(context, extensionId);
    const minutes = page.getByTestId('secret-idle-minutes');
    await minutes.fill('999');
    await page.getByTestId('graph-client-id').fill('tenant: contoso');
    await page.getByTestId('graph-authority').fill('https://login.example.com/organizations');
    await page.getByTestId('save-options').click();

    await expect(minutes).toBeFocused();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('secret-idle-minutes-error')).toHaveText('Error: The limit is 240 minutes (4 hours): a secret kept longer outlives the work it is needed for.');
    await expect(minutes).toHaveAccessibleDescription(/The limit is 240 minutes/);
    await expect(page.getByTestId('graph-client-id')).toHaveAccessibleDescription(/looks like 1b4c0f3e-/);
    await expect(page.getByTestId('graph-authority')).toHaveAccessibleDescription(/login\.example\.com is not a Microsoft sign-in host/);
    await expect(page.getByTestId('options-status')).toHaveText('Not saved: 3 fields need a change.');
    // Each error sits right under its own field, not at the foot of the form.
    const field = (await minutes.boundingBox())!;
    const error = (await page.getByTestId('secret-idle-minutes-error').boundingBox())!;
    expect(error.y - (field.y + field.height)).toBeLessThan(12);
    expect(await worker.evaluate(async () => (await (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.local.get('options')).options ?? null)).toBeNull();

    // Fixing a field clears its error as it is typed.
    await minutes.fill('90');
    await expect(page.getByTestId('secret-idle-minutes-error')).toHaveCount(0);
    await page.getByTestId('graph-client-id').fill('3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a');
    await page.getByTestId('graph-authority').fill('https://login.microsoftonline.com/organizations');
    await page.getByTestId('save-options').click();
    await expect(page.getByTestId('options-status')).toHaveText('Saved.');
    const stored = await worker.evaluate(async () => (await (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.local.get('options')).options);
    expect(stored).toMatchObject({ secretIdleMinutes: 90, graphClientId: '3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a' });
  });

  test('a field is checked when it is left', async ({ context, extensionId }) => {
    const page = await openOptionsAt(context, extensionId);
    await page.getByTestId('graph-client-id').fill('not-a-guid');
    await expect(page.getByTestId('graph-client-id-error')).toHaveCount(0);
    await page.getByTestId('graph-client-id').blur();
    await expect(page.getByTestId('graph-client-id-error')).toBeVisible();
  });

  test('the redirect address wraps at 420 px, and the page never scrolls sideways', async ({ context, extensionId }) => {
    const page = await openOptionsAt(context, extensionId, 420);
    const redirect = page.getByTestId('redirect-uri');
    await expect(redirect).toContainText(`https://${extensionId}.chromiumapp.org/`);
    const box = (await redirect.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(420);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  });
});
