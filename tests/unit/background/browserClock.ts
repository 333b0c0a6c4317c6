/**
 * A browser on a fake clock for the expiry reminders: vitest's fake timers drive Date.now, and
 * fakeBrowser's alarms fire when the clock passes them, as Chrome fires them. `restart` closes the
 * browser (listeners gone, notifications and badge cleared; alarms kept or lost, both of which
 * Chrome does) and starts the worker again on the same local storage.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface Shown {
  at: number;
  id: string;
  title: string;
  message: string;
}

export function browserClock(startWorker: () => void) {
  const shown: Shown[] = [];
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as unknown as (id: string, options: { title: string; message: string }) => Promise<string>;
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, options: { title: string; message: string }) => {
    shown.push({ at: Date.now(), id, title: options.title, message: options.message });
    return create(id, options);
  }) as never);

  /** Lets every listener and storage write triggered so far finish. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await vi.advanceTimersByTimeAsync(0);
  }

  async function reminderAlarms() {
    return (await fakeBrowser.alarms.getAll()).filter((a) => a.name === 'secret-expiry-reminder');
  }

  return {
    shown,
    settle,
    reminderAlarms,
    async start(at: number): Promise<void> {
      vi.setSystemTime(at);
      startWorker();
      await settle();
    },
    /** Moves the clock to `time`, firing every alarm due on the way at its own time. */
    async advanceTo(time: number): Promise<void> {
      for (let guard = 0; guard < 1000; guard++) {
        const due = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= time).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
        if (!due) break;
        vi.setSystemTime(Math.max(Date.now(), due.scheduledTime));
        await fakeBrowser.alarms.clear(due.name);
        await fakeBrowser.alarms.onAlarm.trigger(due);
        await settle();
      }
      vi.setSystemTime(time);
      await settle();
    },
    /** Closes the browser now and opens it again at `reopenAt`. */
    async restart(reopenAt: number, { keepAlarms }: { keepAlarms: boolean }): Promise<void> {
      fakeBrowser.alarms.onAlarm.removeAllListeners();
      fakeBrowser.notifications.onClicked.removeAllListeners();
      fakeBrowser.storage.local.onChanged.removeAllListeners();
      fakeBrowser.storage.onChanged.removeAllListeners();
      for (const id of Object.keys(await fakeBrowser.notifications.getAll())) await fakeBrowser.notifications.clear(id);
      await fakeBrowser.action.setBadgeText({ text: '' });
      if (!keepAlarms) await fakeBrowser.alarms.clearAll();
      vi.setSystemTime(reopenAt);
      startWorker();
      await settle();
      // A kept alarm whose time passed while the browser was closed fires right after the start.
      await this.advanceTo(reopenAt);
    },
    badge: () => fakeBrowser.action.getBadgeText({}),
  };
}
