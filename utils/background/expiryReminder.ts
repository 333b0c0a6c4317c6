/**
 * Reminds the admin before TonicDM's client secret expires (TonicDM's own renewal advice:
 * within the last 30 days, use "Update Now"). An alarm survives the worker sleeping; the
 * expiry date is not secret, so it is kept in local storage with the rest of the progress.
 */
import { browser } from 'wxt/browser';
import { activeApp, type SetupState } from '../setup/setupState';

export const REMINDER_ALARM = 'secret-expiry-reminder';
export const RENEW_DAYS_BEFORE = 30;

/** When to remind for an expiry date, or undefined when there is nothing to schedule. */
export function reminderTime(expiryIso: string | undefined, now: number): number | undefined {
  if (!expiryIso) return undefined;
  const expires = Date.parse(`${expiryIso}T09:00:00Z`);
  if (Number.isNaN(expires) || expires <= now) return undefined;
  return Math.max(now + 60_000, expires - RENEW_DAYS_BEFORE * 86_400_000);
}

export async function scheduleExpiryReminder(state: SetupState, now: number): Promise<void> {
  const when = reminderTime(activeApp(state)?.expiry?.iso, now);
  await browser.alarms.clear(REMINDER_ALARM);
  if (when !== undefined) await browser.alarms.create(REMINDER_ALARM, { when });
}

export function watchExpiryReminder(read: () => Promise<SetupState>): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    const expiry = activeApp(await read())?.expiry?.iso;
    if (!expiry) return;
    await browser.notifications.create(REMINDER_ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'TonicDM client secret expires soon',
      message: `The secret TonicDM uses expires on ${expiry}. Open the assistant to create a new one and use "Update Now" in TonicDM.`,
    });
  });
  browser.notifications?.onClicked.addListener((id) => {
    // The panel works in a tab too; opening the real side panel needs a gesture Chrome may not grant here.
    if (id === REMINDER_ALARM) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  });
}
