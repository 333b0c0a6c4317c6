/**
 * Reminds the admin before TonicDM's client secret expires: a notification 30, 14, 7 and 1 days
 * before and on the day (TonicDM asks for the renewal within the last 30 days), and the toolbar
 * badge (expiryBadge.ts). When the secret expires, mail filing stops without a word, so these
 * must reach the admin even after months without opening the assistant.
 *
 * Surviving restarts: one alarm wakes the worker at the next moment something changes (a
 * reminder is due, or the badge's day count turns over). It is computed from the stored expiry,
 * never from "now + delay", so recreating it at every start neither pushes it back nor adds a
 * second one. Which reminders were shown is kept in local storage: a reminder whose time passed
 * while the browser was closed is shown once at the next start (several missed ones as one),
 * however often the worker wakes and whether or not the browser kept the alarm.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatDay } from '../i18n/dates';
import { liveSetups, type SetupState } from '../setup/setupState';
import { expiryInUse } from '../renewal/renewalRecord';
import { reminderLedgerItem, setupItem, type ReminderLedger } from '../storage';
import { daysLeft, dueState, nextDayChange, REMINDER_DAYS, reminderTime } from '../renewal/renewalWindow';
import { logger } from '../security/logger';
import { badgeFor, showExpiryBadge } from './expiryBadge';
import { openRenewalFlow } from './openRenewalFlow';
import { readSetup } from './setupStore';

export const REMINDER_ALARM = 'secret-expiry-reminder';
const NOTIFICATION_PREFIX = 'tonicdm-secret-expiry:';

/** A secret whose expiry the assistant watches. */
export interface TrackedSecret {
  /** Client ID of the app the secret belongs to. */
  appId: string;
  expiryIso: string;
  appName?: string;
  tenantName?: string;
  tenantId?: string;
}

/**
 * The secrets to watch: one per setup still in use (archived setups are over), whichever is the
 * active one, so an MSP hears about every tenant. Each counts down to the expiry TonicDM works with:
 * during a renewal, the old secret's until Go is pressed with the new one.
 */
export function trackedSecrets(state: SetupState): TrackedSecret[] {
  return liveSetups(state).flatMap((app): TrackedSecret[] => {
    const expiryIso = expiryInUse(app);
    if (!expiryIso) return [];
    return [
      {
        appId: app.clientId,
        expiryIso,
        ...(app.displayName ? { appName: app.displayName } : {}),
        ...(app.tenantName ? { tenantName: app.tenantName } : {}),
        ...(app.tenantId ? { tenantId: app.tenantId } : {}),
      },
    ];
  });
}

/** One ledger entry per secret: a new expiry (a renewal) starts a fresh series of reminders. */
export function ledgerKey(secret: Pick<TrackedSecret, 'appId' | 'expiryIso'>): string {
  return `${secret.appId}|${secret.expiryIso}`;
}

export interface DueReminder {
  secret: TrackedSecret;
  /** Days left when shown (negative: expired), which may be fewer than the reminder's own day. */
  days: number;
}

export interface ReminderPlan {
  /** Notifications to show now: at most one per secret. */
  due: DueReminder[];
  /** The ledger after showing them; secrets no longer watched are dropped. */
  ledger: ReminderLedger;
  /** Apps whose earlier notification no longer applies (renewed, or no longer watched). */
  withdrawn: string[];
  /** When the worker must wake next; undefined when nothing will change. */
  wakeAt?: number;
}

export function planReminders(tracked: readonly TrackedSecret[], ledger: ReminderLedger, now: number): ReminderPlan {
  const next: ReminderLedger = {};
  const due: DueReminder[] = [];
  const wakes: number[] = [];
  for (const secret of tracked) {
    const days = daysLeft(secret.expiryIso, now);
    if (days === undefined) continue;
    const key = ledgerKey(secret);
    const shown = new Set(ledger[key] ?? []);
    const passed = REMINDER_DAYS.filter((d) => (reminderTime(secret.expiryIso, d) ?? Infinity) <= now);
    if (passed.some((d) => !shown.has(d))) due.push({ secret, days });
    next[key] = [...passed];
    const upcoming = REMINDER_DAYS.map((d) => reminderTime(secret.expiryIso, d)).filter((t): t is number => t !== undefined && t > now);
    wakes.push(...upcoming);
    const dayChange = nextDayChange(secret.expiryIso, now);
    if (dayChange !== undefined) wakes.push(dayChange);
  }
  const kept = new Set(Object.keys(next));
  const watchedApps = new Set(
    Object.keys(next)
      .filter((key) => (next[key] ?? []).length > 0)
      .map((key) => key.split('|')[0]),
  );
  const withdrawn = [
    ...new Set(
      Object.keys(ledger)
        .filter((key) => !kept.has(key))
        .map((key) => key.split('|')[0]!)
        .filter((appId) => !watchedApps.has(appId)),
    ),
  ];
  return { due, ledger: next, withdrawn, ...(wakes.length > 0 ? { wakeAt: Math.min(...wakes) } : {}) };
}

/** Every user-visible string of the reminders, in one place for translation. */
export const REMINDER_TEXT = {
  title: (days: number): string => {
    const state = dueState(days);
    switch (state.kind) {
      case 'expired':
        return i18n.t('expiryReminder.title.expired');
      case 'today':
        return i18n.t('expiryReminder.title.today');
      case 'tomorrow':
        return i18n.t('expiryReminder.title.tomorrow');
      case 'soon':
        return i18n.t('expiryReminder.title.soon', [String(state.days)]);
    }
  },
  message: (secret: TrackedSecret, days: number): string => {
    const app = secret.appName ?? i18n.t('expiryReminder.theApp');
    const tenant = secret.tenantName ?? secret.tenantId;
    const day = formatDay(secret.expiryIso);
    if (days < 0) return tenant ? i18n.t('expiryReminder.message.expiredInTenant', [app, tenant, day]) : i18n.t('expiryReminder.message.expired', [app, day]);
    return tenant ? i18n.t('expiryReminder.message.expiringInTenant', [app, tenant, day]) : i18n.t('expiryReminder.message.expiring', [app, day]);
  },
};

export function notificationId(appId: string): string {
  return `${NOTIFICATION_PREFIX}${appId}`;
}

export function appIdOfNotification(id: string): string | undefined {
  return id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : undefined;
}

async function notify({ secret, days }: DueReminder): Promise<void> {
  try {
    // The same id replaces an earlier reminder for this app instead of stacking a second one.
    await browser.notifications.create(notificationId(secret.appId), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: REMINDER_TEXT.title(days),
      message: REMINDER_TEXT.message(secret, days),
      priority: days <= 1 ? 2 : 1,
    });
  } catch (error) {
    // Notifications switched off for the browser: the badge and the panel still say it.
    logger.warn('reminder not shown', error instanceof Error ? error.message : 'unknown');
  }
}

/** Creates the wake-up alarm unless the same one is already set: never pushed back, never doubled. */
async function keepAlarm(wakeAt: number | undefined): Promise<void> {
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (wakeAt === undefined) {
    if (existing) await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  if (existing?.scheduledTime === wakeAt && existing.periodInMinutes === undefined) return;
  await browser.alarms.create(REMINDER_ALARM, { when: wakeAt });
}

function sameLedger(a: ReminderLedger, b: ReminderLedger): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function refreshOnce(now: number): Promise<void> {
  const tracked = trackedSecrets(await readSetup());
  const ledger = (await reminderLedgerItem.getValue()) ?? {};
  const plan = planReminders(tracked, ledger, now);
  // Recorded before showing: a reminder is shown at most once, even if the worker stops halfway.
  if (!sameLedger(ledger, plan.ledger)) await reminderLedgerItem.setValue(plan.ledger);
  for (const appId of plan.withdrawn) await browser.notifications.clear(notificationId(appId)).catch(() => false);
  for (const reminder of plan.due) await notify(reminder);
  await keepAlarm(plan.wakeAt);
  await showExpiryBadge(badgeFor(tracked, now));
}

let queue: Promise<unknown> = Promise.resolve();

/** Shows what is due, sets the badge and the next alarm. Serialised: two wakes never double a reminder. */
export function refreshExpiryReminders(now: () => number): Promise<void> {
  const run = queue.then(() => refreshOnce(now()));
  queue = run.catch(() => undefined);
  return run;
}

/** What identifies the watched secrets; the setup changes often, the reminders only when this does. */
function trackedKey(state: SetupState | null): string {
  return state ? trackedSecrets(state).map(ledgerKey).join(',') : '';
}

/**
 * Wires the reminders into the background; called at every start of the worker (browser start,
 * wake-up, update), which is what recreates the alarm from storage.
 */
export function startExpiryReminders(now: () => number): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refreshExpiryReminders(now);
  });
  browser.notifications?.onClicked.addListener((id) => {
    const appId = appIdOfNotification(id);
    if (appId === undefined) return;
    // First, while the click still counts as the admin's gesture (the side panel needs one).
    void openRenewalFlow(appId);
    void browser.notifications.clear(id);
  });
  let watched: string | undefined;
  setupItem.watch((state) => {
    const key = trackedKey(state);
    if (key === watched) return;
    watched = key;
    void refreshExpiryReminders(now);
  });
  void refreshExpiryReminders(now);
}
