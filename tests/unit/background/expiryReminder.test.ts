import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  appIdOfNotification,
  notificationId,
  planReminders,
  REMINDER_TEXT,
  startExpiryReminders,
  trackedSecrets,
  type TrackedSecret,
} from '../../../utils/background/expiryReminder';
import { handlePanelMessage } from '../../../utils/background/handlePanelMessage';
import { panelMessageSchema } from '../../../utils/messaging/protocol';
import { EMPTY_SETUP, type SetupState } from '../../../utils/setup/setupState';
import { reminderLedgerItem, setupItem } from '../../../utils/storage';
import { browserClock } from './browserClock';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
/** Local wall-clock time, so the schedule holds in any time zone. */
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

function withExpiry(expiryIso: string | undefined, appId = APP): SetupState {
  return {
    ...EMPTY_SETUP,
    activeAppId: appId,
    apps: { [appId]: { clientId: appId, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', ...(expiryIso ? { expiry: { iso: expiryIso } } : {}), done: {} } },
  };
}

const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const OTHER_TENANT = 'd0d0d0d0-2222-4333-8444-555566667777';
const GONE = '9c9c9c9c-1111-4222-8333-444455556666';

const SECRET: TrackedSecret = { appId: APP, expiryIso: '2027-01-15', appName: 'TonicDM Office 365 Token', tenantId: TENANT };
/** 09:00 local on 2027-01-15 minus these days. */
const REMINDER = { 30: at(2026, 12, 16, 9), 14: at(2027, 1, 1, 9), 7: at(2027, 1, 8, 9), 1: at(2027, 1, 14, 9), 0: at(2027, 1, 15, 9) };

describe('planReminders', () => {
  it.each<[string, number, Record<string, number[]>, { due: number[]; ledger: number[]; wakeAt: number | undefined }]>([
    ['two months out: nothing yet; wake when the 30-day window opens', at(2026, 11, 15, 12), {}, { due: [], ledger: [], wakeAt: at(2026, 12, 16) }],
    ['on the 30-day morning, before 09:00: wake at 09:00', at(2026, 12, 16, 8), {}, { due: [], ledger: [], wakeAt: REMINDER[30] }],
    ['at 09:00: the 30-day reminder is due', REMINDER[30], {}, { due: [30], ledger: [30], wakeAt: at(2026, 12, 17) }],
    ['already shown: not again', at(2026, 12, 16, 15), { [`${APP}|2027-01-15`]: [30] }, { due: [], ledger: [30], wakeAt: at(2026, 12, 17) }],
    ['three missed while closed: one reminder, with the days left now', at(2027, 1, 14, 10), { [`${APP}|2027-01-15`]: [30] }, { due: [1], ledger: [30, 14, 7, 1], wakeAt: at(2027, 1, 15) }],
    ['tracked only now, 10 days out: one reminder at once; wake when the badge turns to 9', at(2027, 1, 5, 10), {}, { due: [10], ledger: [30, 14], wakeAt: at(2027, 1, 6) }],
    ['long expired, never reminded: one "expired" reminder, then silence', at(2027, 3, 1), {}, { due: [-45], ledger: [30, 14, 7, 1, 0], wakeAt: undefined }],
  ])('%s', (_name, now, ledger, expected) => {
    const plan = planReminders([SECRET], ledger, now);
    expect(plan.due.map((d) => d.days)).toEqual(expected.due);
    expect(plan.ledger).toEqual({ [`${APP}|2027-01-15`]: expected.ledger });
    expect(plan.wakeAt).toBe(expected.wakeAt);
  });

  it('drops secrets no longer watched and withdraws their notification', () => {
    const plan = planReminders([{ ...SECRET, expiryIso: '2029-01-10' }], { [`${APP}|2027-01-15`]: [30, 14] }, at(2027, 1, 2));
    expect(plan.ledger).toEqual({ [`${APP}|2029-01-10`]: [] });
    expect(plan.withdrawn).toEqual([APP]);
    expect(plan.due).toEqual([]);
  });

  it('watches several secrets at once, waking for the soonest', () => {
    const other: TrackedSecret = { appId: '7a7a7a7a-1111-4222-8333-444455556666', expiryIso: '2026-12-20' };
    const plan = planReminders([SECRET, other], {}, at(2026, 12, 10, 12));
    expect(plan.due.map((d) => [d.secret.appId, d.days])).toEqual([[other.appId, 10]]);
    expect(plan.wakeAt).toBe(at(2026, 12, 11));
  });
});

describe('trackedSecrets', () => {
  it.each<[string, SetupState, TrackedSecret[]]>([
    ['nothing captured', EMPTY_SETUP, []],
    ['an app without expiry', withExpiry(undefined), []],
    ['the active app with its expiry', withExpiry('2027-01-15'), [{ appId: APP, expiryIso: '2027-01-15', appName: 'TonicDM Office 365 Token', tenantId: TENANT }]],
    [
      'every live setup, whichever is active; archived ones never',
      {
        ...withExpiry('2027-01-15'),
        apps: {
          ...withExpiry('2027-01-15').apps,
          [OTHER]: { clientId: OTHER, tenantId: OTHER_TENANT, tenantName: 'Fabrikam', expiry: { iso: '2026-12-20' }, done: {} },
          [GONE]: { clientId: GONE, expiry: { iso: '2026-12-01' }, archived: { at: 1, reason: 'app-deleted' }, done: {} },
        },
      },
      [
        { appId: APP, expiryIso: '2027-01-15', appName: 'TonicDM Office 365 Token', tenantId: TENANT },
        { appId: OTHER, expiryIso: '2026-12-20', tenantName: 'Fabrikam', tenantId: OTHER_TENANT },
      ],
    ],
    [
      "during a renewal, the old secret's expiry until Go",
      {
        ...withExpiry('2029-01-10'),
        apps: {
          [APP]: {
            ...withExpiry('2029-01-10').apps[APP]!,
            renewal: { startedAt: 1, startedBy: 'panel', old: { expiryIso: '2027-01-15' }, next: { hint: 'Ab1', capturedAt: 1 }, done: {} },
          },
        },
      },
      [{ appId: APP, expiryIso: '2027-01-15', appName: 'TonicDM Office 365 Token', tenantId: TENANT }],
    ],
  ])('%s', (_name, state, expected) => {
    expect(trackedSecrets(state)).toEqual(expected);
  });
});

describe('reminder text', () => {
  it.each([
    [30, "TonicDM's client secret expires in 30 days"],
    [1, "TonicDM's client secret expires tomorrow"],
    [0, "TonicDM's client secret expires today"],
    [-2, "TonicDM's client secret has expired"],
  ])('%i days', (days, title) => {
    expect(REMINDER_TEXT.title(days)).toBe(title);
  });

  it('names the app, the tenant and the date', () => {
    expect(REMINDER_TEXT.message({ ...SECRET, tenantName: 'Contoso' }, 12)).toContain('TonicDM Office 365 Token in Contoso: the secret expires on January 15, 2027.');
    expect(REMINDER_TEXT.message(SECRET, -1)).toContain('expired on January 15, 2027, so TonicDM cannot file mail');
  });

  it.each([
    ['app and tenant, before the expiry', { ...SECRET, tenantName: 'Contoso' }, 3, 'TonicDM Office 365 Token in Contoso: the secret expires on January 15, 2027. Create a new one and enter it with "Update Now" in TonicDM before then. Click to renew.'],
    ['the tenant by ID when its name is unknown', SECRET, 3, `TonicDM Office 365 Token in ${TENANT}: the secret expires on January 15, 2027. Create a new one and enter it with "Update Now" in TonicDM before then. Click to renew.`],
    ['no tenant, no app name', { appId: APP, expiryIso: '2027-01-15' }, 3, 'The app: the secret expires on January 15, 2027. Create a new one and enter it with "Update Now" in TonicDM before then. Click to renew.'],
    ['expired, with the tenant', { ...SECRET, tenantName: 'Contoso' }, -1, 'TonicDM Office 365 Token in Contoso: the secret expired on January 15, 2027, so TonicDM cannot file mail. Click to renew it.'],
    ['expired, no tenant', { appId: APP, expiryIso: '2027-01-15', appName: 'Mail' }, -1, 'Mail: the secret expired on January 15, 2027, so TonicDM cannot file mail. Click to renew it.'],
  ])('one whole sentence per case: %s', (_name, secret, days, expected) => {
    expect(REMINDER_TEXT.message(secret, days)).toBe(expected);
  });

  it('round-trips notification ids', () => {
    expect(appIdOfNotification(notificationId(APP))).toBe(APP);
    expect(appIdOfNotification('something-else')).toBeUndefined();
  });
});

describe('reminders on a fake clock', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const worker = () => startExpiryReminders(() => Date.now());
  const titles = (clock: ReturnType<typeof browserClock>) => clock.shown.map((s) => s.title.replace("TonicDM's client secret ", ''));

  it('reminds at 30, 14, 7 and 1 days before and on the day, at 09:00, once each', async () => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2026, 11, 1, 10));
    await clock.advanceTo(at(2027, 2, 1));
    expect(clock.shown.map((s) => s.at)).toEqual([REMINDER[30], REMINDER[14], REMINDER[7], REMINDER[1], REMINDER[0]]);
    expect(titles(clock)).toEqual(['expires in 30 days', 'expires in 14 days', 'expires in 7 days', 'expires tomorrow', 'expires today']);
    expect(new Set(clock.shown.map((s) => s.id))).toEqual(new Set([notificationId(APP)]));
    expect(await clock.reminderAlarms()).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['31 days before: no badge', '', at(2026, 12, 15, 23, 59)],
    ['from the first minute of day 30', '30d', at(2026, 12, 16, 0, 1)],
    ['day 12', '12d', at(2027, 1, 3, 18)],
    ['the day before', '1d', at(2027, 1, 14, 12)],
    ['on the day', '0d', at(2027, 1, 15, 23)],
    ['the day after: expired', 'EXP', at(2027, 1, 16, 0, 1)],
    ['months later: still expired', 'EXP', at(2027, 6, 1)],
  ])('badge: %s → "%s"', async (_name, text, time) => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2026, 11, 1, 10));
    await clock.advanceTo(time);
    expect(await clock.badge()).toBe(text);
  });

  it('the badge turns red in the last week and says why in its tooltip', async () => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2027, 1, 3, 10));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([164, 96, 11, 255]);
    await clock.advanceTo(at(2027, 1, 8, 10));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([197, 15, 31, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe("TonicDM's client secret (TonicDM Office 365 Token) expires in 7 days (January 15, 2027). Open the assistant to renew it.");
  });

  it.each([true, false])('a browser closed over two reminders shows one at the next start, then the rest on time (alarms kept: %s)', async (keepAlarms) => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2026, 12, 1, 10));
    await clock.advanceTo(at(2026, 12, 31, 18));
    expect(titles(clock)).toEqual(['expires in 30 days']);

    // Closed from 31 December to 9 January: the 14-day and 7-day reminders passed meanwhile.
    await clock.restart(at(2027, 1, 9, 8, 30), { keepAlarms });
    expect(titles(clock)).toEqual(['expires in 30 days', 'expires in 6 days']);
    expect(clock.shown[1]!.at).toBe(at(2027, 1, 9, 8, 30));
    expect(await clock.badge()).toBe('6d');

    await clock.advanceTo(at(2027, 1, 20));
    expect(titles(clock)).toEqual(['expires in 30 days', 'expires in 6 days', 'expires tomorrow', 'expires today']);
  });

  it.each([true, false])('restarts before a reminder recreate the same alarm: not pushed back, not doubled (alarms kept: %s)', async (keepAlarms) => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2027, 1, 2, 10));
    const [before] = await clock.reminderAlarms();
    expect(before?.scheduledTime).toBe(at(2027, 1, 3));
    for (const hour of [11, 14, 22]) {
      await clock.restart(at(2027, 1, 2, hour), { keepAlarms });
      expect(await clock.reminderAlarms()).toEqual([expect.objectContaining({ scheduledTime: at(2027, 1, 3) })]);
    }
    expect(titles(clock)).toEqual(['expires in 13 days']);
  });

  it('a worker woken many times on the reminder day shows the reminder once', async () => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2027, 1, 8, 9, 30));
    for (let minute = 1; minute <= 5; minute++) await clock.restart(at(2027, 1, 8, 9, 30 + minute), { keepAlarms: true });
    expect(titles(clock)).toEqual(['expires in 7 days']);
    expect(await reminderLedgerItem.getValue()).toEqual({ [`${APP}|2027-01-15`]: [30, 14, 7] });
  });

  it('a renewed secret withdraws the reminder, clears the badge and waits for the new window', async () => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2027, 1, 3, 10));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([notificationId(APP)]);
    await setupItem.setValue(withExpiry('2029-01-02'));
    await clock.settle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await clock.badge()).toBe('');
    expect(await clock.reminderAlarms()).toEqual([expect.objectContaining({ scheduledTime: at(2028, 12, 3) })]);
  });

  it('progress that does not touch the expiry does not reschedule', async () => {
    const clock = browserClock(worker);
    await setupItem.setValue(withExpiry('2027-01-15'));
    await clock.start(at(2026, 11, 1, 10));
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const state = withExpiry('2027-01-15');
    await setupItem.setValue({ ...state, apps: { [APP]: { ...state.apps[APP]!, done: { register: { at: 1, source: 'page' } } } } });
    await clock.settle();
    expect(create).not.toHaveBeenCalled();
  });

  it('a Graph check that finds the secret expiring in 12 days reminds, with nothing captured', async () => {
    const clock = browserClock(worker);
    await clock.start(at(2027, 1, 3, 10));
    expect(clock.shown).toEqual([]);
    const message = panelMessageSchema.parse({
      type: 'panel/graph-result',
      appId: APP,
      tenantId: TENANT,
      displayName: 'TonicDM Office 365 Token',
      verifiedSteps: ['register'],
      tenantName: 'Contoso',
      credential: { keyId: '0b6f3c1e-5a2d-4e8f-9c7b-1d3e5f7a9b2c', hint: 'xY1', endIso: '2027-01-15' },
    });
    await handlePanelMessage(message, { now: () => Date.now(), fillTonicdm: async () => undefined });
    await clock.settle();
    expect(titles(clock)).toEqual(['expires in 12 days']);
    expect(clock.shown[0]!.message).toContain('TonicDM Office 365 Token in Contoso');
    expect(await clock.badge()).toBe('12d');
  });
});

describe('clicking a reminder', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the panel on the renewal in a tab when the side panel cannot be opened', async () => {
    startExpiryReminders(() => Date.now());
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.create(notificationId(APP), { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    await fakeBrowser.notifications.onClicked.trigger(notificationId(APP));
    await vi.waitFor(() => expect(tabs).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`/sidepanel\\.html\\?flow=renewal&app=${APP}$`)) }));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens the real side panel while the click still counts as a gesture, before any await', async () => {
    startExpiryReminders(() => Date.now());
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel: { open: typeof open } }).sidePanel.open = open;
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    const clicked = fakeBrowser.notifications.onClicked.trigger(notificationId(APP));
    expect(open).toHaveBeenCalledTimes(1);
    await clicked;
    await Promise.resolve();
    expect(tabs).not.toHaveBeenCalled();
  });

  it('ignores notifications that are not reminders', async () => {
    startExpiryReminders(() => Date.now());
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('other');
    expect(tabs).not.toHaveBeenCalled();
  });
});
