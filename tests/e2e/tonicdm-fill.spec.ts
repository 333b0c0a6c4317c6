import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { SEEDED, seedCapturedValues } from './support/seed';
import { dumpStorage } from './support/storageScan';
import { pageText, reactState, routeTonicdm, TONICDM_SETTINGS } from './support/tonicdmReplica';

test.describe('one-click transfer into TonicDM', () => {
  test('fills the React replica: React state holds the values, Go is highlighted, not clicked', async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'react');
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const panel = await openSidePanel(context, extensionId);

    await panel.fillButton().click();
    await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true');

    const state = await reactState(tonicdm);
    expect(state).toMatchObject({ secret: SEEDED.secret, clientId: SEEDED.clientId, tenantId: SEEDED.tenantId, submitted: false });
    // The replica's expiry field says which format it wants; the value read back is that date.
    expect(state.expiry.replace(/\D/g, '')).toMatch(/11272028|27112028|20281127/);
    await expect(tonicdm.locator('[data-tdm-guide]')).toHaveText(/^\s*Go\s*$/);
    await expect(tonicdm.locator('[data-tdm-guide]')).toHaveCount(1);
  });

  test('Go by the admin completes the step and offers to forget the secret', async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'react');
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const panel = await openSidePanel(context, extensionId);
    await panel.fillButton().click();
    await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true');

    await tonicdm.locator('[data-tdm-guide]').click();
    expect((await reactState(tonicdm)).submitted).toBe(true);
    await expect(panel.step('tonicdm-setup')).toHaveAttribute('data-status', 'done');
    await panel.page.getByTestId('forget-secret-now').click();
    await expect(panel.secret()).toHaveAttribute('data-state', 'missing');
    expect((await dumpStorage(worker)).session).not.toContain(SEEDED.secret);
  });

  test('opens TonicDM Organization Settings when no tab is open, then fills it', async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'plain-html');
    await seedCapturedValues(worker);
    const panel = await openSidePanel(context, extensionId);
    const opened = context.waitForEvent('page');
    await panel.fillButton().click();
    const tonicdm = await opened;
    await tonicdm.waitForURL(TONICDM_SETTINGS);
    await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true', { timeout: 15_000 });
    await expect(tonicdm.locator('#client-id, [data-expected="clientId"]').first()).toHaveValue(SEEDED.clientId);
  });

  test('the in-page "Fill from Entra" button fills on the admin\'s click', async ({ context, worker }) => {
    await routeTonicdm(context, 'react');
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    // The button sits in a closed shadow root: click its host where it is drawn, as a person would.
    const host = tonicdm.locator('tdm-fill-from-entra');
    await expect(host).toHaveCount(1);
    await host.click();
    await expect.poll(async () => (await reactState(tonicdm)).tenantId).toBe(SEEDED.tenantId);
    expect((await reactState(tonicdm)).submitted).toBe(false);
  });

  test('all or nothing: a form missing a field gets nothing and the panel names it', async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'missing-field');
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const panel = await openSidePanel(context, extensionId);
    await panel.fillButton().click();
    await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'false');
    await expect(panel.page.getByTestId('fill-result')).toContainText('Tenant ID');
    const values = await tonicdm.$$eval('input', (inputs) => inputs.map((i) => (i as HTMLInputElement).value).join('|'));
    expect(values).not.toContain(SEEDED.clientId);
    expect(values).not.toContain(SEEDED.secret);
  });

  for (const origin of ['https://app.tonicdm.com.example.test', 'http://app.tonicdm.com', 'https://staging.tonicdm.com']) {
    test(`a page on ${origin} gets nothing`, async ({ context, extensionId, worker }) => {
      await routeTonicdm(context, 'plain-html', [origin, 'https://app.tonicdm.com']);
      await seedCapturedValues(worker);
      const untrusted = await context.newPage();
      await untrusted.goto(`${origin}/organization-settings`);
      const panel = await openSidePanel(context, extensionId);
      // No trusted tab is open, so the assistant opens the real one and fills that instead.
      const opened = context.waitForEvent('page');
      await panel.fillButton().click();
      await (await opened).waitForURL(TONICDM_SETTINGS);
      await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true', { timeout: 15_000 });
      const text = await pageText(untrusted);
      expect(text).not.toContain(SEEDED.secret);
      expect(text).not.toContain(SEEDED.clientId);
      await expect(untrusted.locator('tdm-fill-from-entra')).toHaveCount(0);
    });
  }

  test('a tab that navigates away between click and fill gets nothing', async ({ context, extensionId, worker }) => {
    await routeTonicdm(context, 'plain-html', ['https://app.tonicdm.com', 'https://app.tonicdm.com.example.test']);
    await seedCapturedValues(worker);
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    const panel = await openSidePanel(context, extensionId);
    await Promise.all([
      tonicdm.evaluate(() => {
        location.href = 'https://app.tonicdm.com.example.test/organization-settings';
      }),
      panel.fillButton().click(),
    ]);
    await tonicdm.waitForURL('https://app.tonicdm.com.example.test/organization-settings');
    await expect(panel.page.getByTestId('fill-result')).toBeVisible({ timeout: 15_000 });
    const text = await pageText(tonicdm);
    expect(text).not.toContain(SEEDED.secret);
  });
});
