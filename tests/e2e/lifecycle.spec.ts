/**
 * Keeping TonicDM's secret alive, in the built extension: the expiry reminders (badge, notification,
 * alarm) before and after a browser restart, the renewal-due notice from a capture or from a Graph
 * check alone, and the change-ticket record, which never holds the secret's Value.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { expect as graphExpect, test as graphTest } from './support/graphExtension';
import { openGraphPanel, setGraphClientId } from './support/graphPanel';
import { seedManualSetup } from './support/graphTenant';
import { seedCapturedValues, SEEDED } from './support/seed';
import { openSidePanel } from './support/sidePanel';

const DAY = 86_400_000;
const REMINDER_ALARM = 'secret-expiry-reminder';

/** "YYYY-MM-DD" of the local date `days` from today: the calendar the admin (and the browser) lives in. */
function localDateIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day as the tooltip shows it: in the browser's language (English here), never shifted by a time zone. */
function shownDay(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

function nextLocalMidnight(): number {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** Whole local days from today to a "YYYY-MM-DD" date, as the extension counts them. */
function daysUntil(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const today = new Date();
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / DAY);
}

async function reminderState(worker: Worker) {
  return worker.evaluate(async (alarmName) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [badge, title, notifications, alarms, stored] = await Promise.all([
      c.action.getBadgeText({}),
      c.action.getTitle({}),
      c.notifications.getAll(),
      c.alarms.getAll(),
      c.storage.local.get('expiryReminders'),
    ]);
    return { badge, title, notifications: Object.keys(notifications), alarms: alarms.filter((a) => a.name === alarmName), ledger: stored.expiryReminders as Record<string, number[]> | undefined };
  }, REMINDER_ALARM);
}

/** Six-character runs of the secret: more than the three-character hint the record may show. */
function fragments(secret: string): string[] {
  return Array.from({ length: secret.length - 5 }, (_, i) => secret.slice(i, i + 6));
}

async function showRecord(page: Page): Promise<string> {
  await page.getByTestId('export-record').click();
  const record = page.getByTestId('setup-record');
  await expect(record).toBeVisible();
  return (await record.textContent()) ?? '';
}

test.describe('expiry reminders', () => {
  test('a secret expiring in 10 days: badge, one reminder, the next alarm; a restart rebuilds the alarm and badge and repeats nothing', async ({ worker, relaunch, context, extensionId }) => {
    const expiryIso = localDateIn(10);
    await seedCapturedValues(worker, { ...SEEDED, expiryIso });
    // The badge is set last: once it shows, the reminder and the alarm are in place.
    await expect.poll(async () => (await reminderState(worker)).badge).toBe('10d');
    const before = await reminderState(worker);
    expect(before.title).toContain(`expires in 10 days (${shownDay(expiryIso)})`);
    expect(before.notifications).toEqual([`tonicdm-secret-expiry:${SEEDED.clientId}`]);
    // Next wake: midnight, when the badge turns to 9 (the 7-day reminder comes later).
    expect(before.alarms.map((a) => a.scheduledTime)).toEqual([nextLocalMidnight()]);
    expect(before.ledger).toEqual({ [`${SEEDED.clientId}|${expiryIso}`]: [30, 14] });

    const panel = await openSidePanel(context, extensionId);
    await expect(panel.page.getByTestId('renewal-due')).toHaveAttribute('data-days-left', '10');
    await expect(panel.page.getByTestId('renewal-due')).toContainText("TonicDM's client secret expires in 10 days");

    // Chrome may drop alarms at a restart: drop it, so its return proves the new worker rebuilt it from storage.
    await worker.evaluate((name) => (globalThis as unknown as { chrome: typeof chrome }).chrome.alarms.clear(name), REMINDER_ALARM);
    const next = await relaunch();
    await expect.poll(async () => (await reminderState(next.worker)).alarms.length).toBe(1);
    await expect.poll(async () => (await reminderState(next.worker)).badge).toBe('10d');
    const after = await reminderState(next.worker);
    expect(after.notifications).toEqual([]);
    expect(after.alarms.map((a) => a.scheduledTime)).toEqual([nextLocalMidnight()]);
    expect(after.ledger).toEqual(before.ledger);
  });

  test('an expired secret reads EXP on the badge and as an alert in the panel', async ({ worker, context, extensionId }) => {
    await seedCapturedValues(worker, { ...SEEDED, expiryIso: localDateIn(-2) });
    await expect.poll(async () => (await reminderState(worker)).badge).toBe('EXP');
    const panel = await openSidePanel(context, extensionId);
    const notice = panel.page.getByTestId('renewal-due');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText('TonicDM cannot file mail until it has a new secret.');
  });

  test('a far expiry shows no badge and no notice', async ({ worker, context, extensionId }) => {
    await seedCapturedValues(worker, { ...SEEDED, expiryIso: localDateIn(400) });
    await expect.poll(async () => (await reminderState(worker)).alarms.length).toBe(1);
    expect((await reminderState(worker)).badge).toBe('');
    const panel = await openSidePanel(context, extensionId);
    await expect(panel.clientId()).toContainText(SEEDED.clientId);
    await expect(panel.page.getByTestId('renewal-due')).toHaveCount(0);
  });

  test("a reminder's address opens the panel on the renewal notice", async ({ worker, context, extensionId }) => {
    await seedCapturedValues(worker, { ...SEEDED, expiryIso: localDateIn(5) });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?flow=renewal&app=${SEEDED.clientId}`);
    const notice = page.getByTestId('renewal-due');
    await expect(notice).toHaveAttribute('data-requested', 'true');
    await expect(notice).toBeFocused();
  });
});

test.describe('change-ticket record', () => {
  test('shows and downloads the record without the held secret, and prints it alone', async ({ worker, context, extensionId }) => {
    await seedCapturedValues(worker);
    const panel = await openSidePanel(context, extensionId);
    await expect(panel.secret()).toHaveAttribute('data-state', 'captured');

    const text = await showRecord(panel.page);
    expect(text).toContain(`Application (client) ID: \`${SEEDED.clientId}\``);
    expect(text).toContain(`Directory (tenant) ID: \`${SEEDED.tenantId}\``);
    expect(text).toContain(`Expires: ${SEEDED.expiryIso}`);
    expect(text).toMatch(/- \[x\] Register the app: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, seen in the Entra admin center/);
    expect(text).not.toContain(SEEDED.secret);
    for (const fragment of fragments(SEEDED.secret)) expect(text).not.toContain(fragment);

    for (const [button, extension] of [['download-record-md', '.md'], ['download-record-json', '.json']] as const) {
      const downloading = panel.page.waitForEvent('download');
      await panel.page.getByTestId(button).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^tonicdm-entra-record-${SEEDED.tenantId}-\\d{4}-\\d{2}-\\d{2}\\${extension}$`));
      const file = readFileSync(await download.path(), 'utf8');
      if (extension === '.json') expect(JSON.parse(file)).toMatchObject({ app: { clientId: SEEDED.clientId }, secret: { expires: SEEDED.expiryIso } });
      else expect(file).toBe(text);
      expect(file).not.toContain(SEEDED.secret);
      for (const fragment of fragments(SEEDED.secret)) expect(file).not.toContain(fragment);
    }

    // Printed: the record alone, in full, wrapped to the page.
    await panel.page.emulateMedia({ media: 'print' });
    await expect(panel.page.getByTestId('setup-record')).toBeVisible();
    for (const hidden of ['step-register', 'value-client-id', 'graph-section', 'export-record', 'reset-setup']) {
      await expect(panel.page.getByTestId(hidden)).toBeHidden();
    }
    const fits = await panel.page.getByTestId('setup-record').evaluate((el) => ({ overflow: el.scrollWidth - el.clientWidth, clipped: el.scrollHeight - el.clientHeight }));
    expect(fits).toEqual({ overflow: 0, clipped: 0 });
  });
});

graphTest.describe('expiry from Microsoft Graph', () => {
  graphTest('a Graph check finding the secret expiring in 12 days shows renewal-due with nothing captured; the record names it', async ({ context, extensionId, worker, tenant }) => {
    const { application, servicePrincipal } = seedManualSetup(tenant);
    const secret = application.passwordCredentials[0]!;
    secret.endDateTime = new Date(Date.now() + 12 * DAY).toISOString();
    const endIso = secret.endDateTime.slice(0, 10);

    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await graphExpect(panel.page.getByTestId('renewal-due')).toHaveCount(0);
    await panel.signIn().click();
    await graphExpect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
    await panel.verify().click();
    await panel.settled('done');

    const notice = panel.page.getByTestId('renewal-due');
    await graphExpect(notice).toHaveAttribute('data-days-left', String(daysUntil(endIso)));
    await graphExpect(notice).toContainText('Expiry as Microsoft Graph lists it.');
    await graphExpect(panel.expiry()).toHaveAttribute('data-iso', endIso);
    await graphExpect.poll(async () => (await reminderState(worker)).badge).toBe(`${daysUntil(endIso)}d`);

    const text = await showRecord(panel.page);
    for (const line of [
      '- Name: Contoso',
      `- Application (client) ID: \`${application.appId}\``,
      `- Object ID (app registration): \`${application.id}\``,
      `- Object ID (enterprise application): \`${servicePrincipal.id}\``,
      '| Mail.ReadWrite | Application | Yes | Granted |',
      `- Expires: ${endIso} (in ${daysUntil(endIso)} days)`,
      `- Key ID (Secret ID): \`${secret.keyId}\``,
      '- Hint (first three characters): `xY1`',
      '- Description: TonicDM Office365 Secret',
      '- Assignment required: Yes',
      '  - User: Adele Vance',
    ]) {
      graphExpect(text.split('\n'), line).toContain(line);
    }
    graphExpect(text).toMatch(/- \[x\] Grant admin consent: .* UTC, confirmed through Microsoft Graph by .*admin@contoso\.onmicrosoft\.com/);
    graphExpect(text).toMatch(/Last checked .* UTC by .*admin@contoso\.onmicrosoft\.com/);
  });
});
