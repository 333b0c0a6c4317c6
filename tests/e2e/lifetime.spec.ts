/**
 * How long the secret lives: a forget deadline that a worker restart does not move, 5 minutes
 * after Go at the latest, and a clipboard cleared 60 s after a copy if it still holds the
 * secret. Waiting out real minutes is not a test: the deadlines are read, then the alarm is
 * brought forward, which is all the browser would do later.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { openSidePanel } from './support/sidePanel';
import { SEEDED, seedCapturedValues } from './support/seed';
import { reactState, routeTonicdm, TONICDM_SETTINGS } from './support/tonicdmReplica';

type Chrome = typeof chrome;

async function session(worker: Worker, key: string): Promise<Record<string, unknown> | undefined> {
  return worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(k))[k] as Record<string, unknown> | undefined, key);
}

async function alarmTime(worker: Worker, name: string): Promise<number | undefined> {
  return worker.evaluate(async (n) => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get(n))?.scheduledTime, name);
}

/** The clipboard as the admin's next paste would see it. */
async function clipboardText(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a secret copied from the panel is cleared from the clipboard after 60 s, only if it is still there', async ({ context, extensionId, worker }) => {
  await seedCapturedValues(worker);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');

  const bringForward = () =>
    worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const { clipboardWatch } = await c.storage.session.get('clipboardWatch');
      await c.storage.session.set({ clipboardWatch: { ...(clipboardWatch as object), clearAt: Date.now() } });
      await c.alarms.create('clipboard-clear', { when: Date.now() + 200 });
    });

  const copiedAt = Date.now();
  await panel.page.getByTestId('copy-value-secret').click();
  await expect(panel.page.getByTestId('clipboard-note')).toBeVisible();
  expect(await clipboardText(panel.page)).toBe(SEEDED.secret);
  const watch = await session(worker, 'clipboardWatch');
  expect(watch?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(watch)).not.toContain(SEEDED.secret);
  expect(watch?.clearAt as number).toBeGreaterThanOrEqual(copiedAt + 59_000);
  expect(watch?.clearAt as number).toBeLessThanOrEqual(Date.now() + 61_000);
  expect(await alarmTime(worker, 'clipboard-clear')).toBe(watch?.clearAt);

  await bringForward();
  await expect.poll(() => session(worker, 'clipboardWatch'), { timeout: 10_000 }).toBeUndefined();
  await expect.poll(() => clipboardText(panel.page)).toBe('');

  // Something else copied meanwhile is the admin's: left alone.
  await panel.page.getByTestId('copy-value-secret').click();
  // The copy's watch is set by the worker after the click; bringing it forward before then
  // would be overwritten by the 60 s deadline.
  await expect.poll(async () => (await session(worker, 'clipboardWatch'))?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  await panel.page.evaluate(() => navigator.clipboard.writeText('meeting notes'));
  await bringForward();
  await expect.poll(() => session(worker, 'clipboardWatch'), { timeout: 10_000 }).toBeUndefined();
  expect(await clipboardText(panel.page)).toBe('meeting notes');
});

test('the forget deadline survives a worker restart unchanged, and a late alarm changes nothing', async ({ context, extensionId, worker }) => {
  await seedCapturedValues(worker);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  await expect.poll(() => alarmTime(worker, 'secret-forget')).toBeGreaterThan(Date.now());
  const deadline = await alarmTime(worker, 'secret-forget');
  const secret = await session(worker, 'secret');
  expect(deadline).toBe((secret!.lastUsedAt as number) + 30 * 60_000);

  // Stop the worker, as the browser does after 30 s idle, and let the panel wake it.
  const cdp = await context.newCDPSession(panel.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await panel.page.reload();
  await expect(panel.secret()).toHaveAttribute('data-state', 'captured');
  const restarted = context.serviceWorkers().at(-1)!;
  await panel.page.getByTestId('reveal-secret').click();
  expect(await alarmTime(restarted, 'secret-forget')).toBe(deadline);

  // Past the deadline, the next use forgets it even though the alarm has not fired yet.
  await restarted.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const { secret } = await c.storage.session.get('secret');
    await c.alarms.clear('secret-forget');
    await c.storage.session.set({ secret: { ...(secret as object), lastUsedAt: Date.now() - 31 * 60_000 } });
  });
  await expect(panel.secret()).toHaveAttribute('data-state', 'missing');
  await panel.fillButton().click();
  await expect(panel.page.getByTestId('fill-result')).toContainText('missing');
  expect(await session(restarted, 'secret')).toBeUndefined();
});

test('after Go the panel offers to forget at once, and the secret goes by itself within 5 minutes', async ({ context, extensionId, worker }) => {
  await routeTonicdm(context, 'react');
  await seedCapturedValues(worker);
  const tonicdm = await context.newPage();
  await tonicdm.goto(TONICDM_SETTINGS);
  const panel = await openSidePanel(context, extensionId);
  await panel.fillButton().click();
  await expect(panel.page.getByTestId('fill-result')).toHaveAttribute('data-ok', 'true');

  const pressedAt = Date.now();
  await tonicdm.locator('[data-tdm-guide]').click();
  expect((await reactState(tonicdm)).submitted).toBe(true);
  await expect(panel.page.getByTestId('forget-prompt')).toContainText('5 minutes');
  await expect.poll(async () => (await session(worker, 'secret'))?.forgetAt as number | undefined).toBeGreaterThanOrEqual(pressedAt + 5 * 60_000);
  const forgetAt = (await session(worker, 'secret'))!.forgetAt as number;
  expect(forgetAt).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  expect(await alarmTime(worker, 'secret-forget')).toBe(forgetAt);

  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const { secret } = await c.storage.session.get('secret');
    await c.storage.session.set({ secret: { ...(secret as object), forgetAt: Date.now() + 200 } });
  });
  await expect.poll(() => session(worker, 'secret'), { timeout: 10_000 }).toBeUndefined();
  await expect(panel.secret()).toHaveAttribute('data-state', 'missing');
});

test('an expiry that reads two ways is not guessed: the panel asks which date it is', async ({ context, extensionId, worker }) => {
  await seedCapturedValues(worker);
  await worker.evaluate(async (clientId) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const { setup } = await c.storage.local.get('setup');
    const app = (setup as { apps: Record<string, Record<string, unknown>> }).apps[clientId]!;
    delete app.expiry;
    app.expiryChoice = { text: '5/7/2027', candidates: ['2027-05-07', '2027-07-05'] };
    await c.storage.local.set({ setup });
  }, SEEDED.clientId);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.page.getByTestId('expiry-choice')).toContainText('5/7/2027');
  await expect(panel.expiry()).not.toHaveAttribute('data-iso', /./);
  await panel.page.getByTestId('pick-expiry-2027-05-07').click();
  await expect(panel.expiry()).toHaveAttribute('data-iso', '2027-05-07');
  await expect(panel.page.getByTestId('expiry-choice')).toHaveCount(0);
});
