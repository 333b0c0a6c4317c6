/**
 * Forgets the captured secret after it has gone unused for the configured idle time. An alarm,
 * not a timer: the service worker sleeps, alarms survive that.
 */
import { browser } from 'wxt/browser';
import { readOptions, secretItem } from '../storage';

const ALARM = 'secret-idle-check';

export function shouldForget(lastUsedAt: number, idleMinutes: number, now: number): boolean {
  return now - lastUsedAt >= idleMinutes * 60_000;
}

export async function forgetIdleSecret(now: number): Promise<boolean> {
  const secret = await secretItem.getValue();
  if (!secret) return false;
  const { secretIdleMinutes } = await readOptions();
  if (!shouldForget(secret.lastUsedAt, secretIdleMinutes, now)) return false;
  await secretItem.removeValue();
  return true;
}

export function watchSecretLifetime(now: () => number): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void forgetIdleSecret(now());
  });
}
