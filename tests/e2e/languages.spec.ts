/**
 * The extension in the browser's language, in the built extension: a German (and a Japanese)
 * Chromium shows Options, the expiry badge's tooltip and the reminder's words in that language, and
 * its pages declare it in `<html lang>`. The expected words are read from locales/<lang>.yml, so the
 * test checks that the browser picks the language, not one wording.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { expect, test } from './support/extension';
import { seedCapturedValues, SEEDED } from './support/seed';

/** The message `key` of locales/<lang>.yml with its $n filled, the plural form chosen by `count`. */
function message(lang: string, key: string, substitutions: string[] = [], count?: number): string {
  const parsed = parseMessagesText(readFileSync(new URL(`../../locales/${lang}.yml`, import.meta.url), 'utf8'), 'YAML');
  const found = parsed.find((m: ParsedMessage) => m.key.join('.') === key);
  if (!found) throw new Error(`${key} is not in locales/${lang}.yml`);
  const text = found.type === 'plural' ? (found.plurals[String(count)] ?? found.plurals.n ?? '') : found.message;
  return text.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** Whether `text` is the message with any date where the date goes (the date's format is tested in tests/unit/i18n). */
function isMessageWithADate(text: string, lang: string, key: string, substitutions: (string | null)[]): boolean {
  const marker = '\u0000';
  const pieces = message(lang, key, substitutions.map((s) => s ?? marker)).split(marker);
  const pattern = pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+');
  return new RegExp(`^${pattern}$`).test(text);
}

/** "YYYY-MM-DD" of the local date `days` from today, as the extension counts days. */
function localDateIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('save-options')).toBeVisible();
}

/** Badge and tooltip, once the reminder code has run for the seeded expiry. */
async function toolbar(worker: Worker): Promise<{ badge: string; title: string }> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    return { badge: await c.action.getBadgeText({}), title: await c.action.getTitle({}) };
  });
}

test.describe('a German browser', () => {
  test.use({ browserLanguage: 'de' });

  test('Options in German: title, heading, a field check and the Save status; the page says lang="de"', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openOptions(page, extensionId);
    expect(await page.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle(message('de', 'optionsPage.title'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('de', 'optionsForm.title'));
    await expect(page.getByRole('heading', { name: message('de', 'optionsForm.secretHeading') })).toBeVisible();

    await page.getByLabel(message('de', 'optionsForm.idleLabel')).fill('999');
    await page.getByTestId('save-options').click();
    await expect(page.getByTestId('secret-idle-minutes-error')).toContainText(message('de', 'validateOptions.idleTooLong', ['240', '4']));
    await expect(page.getByTestId('options-status')).toHaveText(message('de', 'optionsForm.notSaved', ['1'], 1));
  });

  test('the expiry reminder speaks German: badge, tooltip and notification words', async ({ worker }) => {
    await seedCapturedValues(worker, { ...SEEDED, expiryIso: localDateIn(10) });
    await expect.poll(async () => (await toolbar(worker)).badge).toBe(message('de', 'expiryBadge.days', ['10']));
    const { title } = await toolbar(worker);
    expect(isMessageWithADate(title, 'de', 'expiryBadge.title.soonNamed', [null, '10', 'TonicDM Office 365 Token']), title).toBe(true);
    // The notification's title is the same message the reminder shows (notifications cannot be read back).
    expect(await worker.evaluate(() => chrome.i18n.getMessage('expiryReminder_title_soon', ['10']))).toBe(message('de', 'expiryReminder.title.soon', ['10']));
    expect(await worker.evaluate(() => chrome.runtime.getManifest().name)).toBe(message('de', 'extName'));
  });

  test('the side panel says lang="de" and has the German name', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(await page.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('extName')])).toEqual([expect.stringMatching(/^de/), message('de', 'extName')]);
  });
});

test.describe('a Japanese browser', () => {
  test.use({ browserLanguage: 'ja' });

  test('Options, the badge and the side panel in Japanese', async ({ context, extensionId, worker }) => {
    const page = await context.newPage();
    await openOptions(page, extensionId);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ja', 'optionsForm.title'));
    await page.getByLabel(message('ja', 'optionsForm.idleLabel')).fill('0');
    await page.getByTestId('save-options').click();
    await expect(page.getByTestId('secret-idle-minutes-error')).toContainText(message('ja', 'validateOptions.idleTooShort', ['1'], 1));

    await seedCapturedValues(worker, { ...SEEDED, expiryIso: localDateIn(-2) });
    await expect.poll(async () => (await toolbar(worker)).badge).toBe(message('ja', 'expiryBadge.expired'));
    const { title } = await toolbar(worker);
    expect(isMessageWithADate(title, 'ja', 'expiryBadge.title.expiredNamed', [null, 'TonicDM Office 365 Token']), title).toBe(true);

    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test('an English browser keeps English and lang="en"', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Options');
  await expect(page).toHaveTitle('TonicDM Entra Setup Assistant — Options');
});
