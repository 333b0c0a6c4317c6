/**
 * A secret copied from the panel is cleared from the clipboard 60 s later if the clipboard
 * still holds it (anything copied since is left alone). The deadline is an alarm, so a sleeping
 * worker keeps it. Chrome's worker has no DOM: it opens an offscreen document (reason
 * CLIPBOARD) for the moment of the check. Firefox's background is a page and checks itself.
 */
import { browser } from 'wxt/browser';
import { clipboardWatchItem } from '../storage';
import { clearClipboardIfUnchanged, OFFSCREEN_CLEAR_CLIPBOARD, type ClipboardClearResult } from '../security/clipboardClear';
import { logger } from '../security/logger';

export const CLIPBOARD_ALARM = 'clipboard-clear';
export const CLIPBOARD_CLEAR_AFTER_MS = 60_000;
const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export async function watchClipboard(fingerprint: string, now: number): Promise<void> {
  const clearAt = now + CLIPBOARD_CLEAR_AFTER_MS;
  await clipboardWatchItem.setValue({ fingerprint, clearAt });
  await browser.alarms.create(CLIPBOARD_ALARM, { when: clearAt });
}

async function clearWithOffscreen(offscreen: OffscreenApi, fingerprint: string): Promise<ClipboardClearResult> {
  const open = (await offscreen.hasDocument?.().catch(() => false)) ?? false;
  if (!open) {
    await offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Clear the client secret from the clipboard if it is still there, 60 seconds after it was copied.',
    });
  }
  try {
    return ((await browser.runtime.sendMessage({ type: OFFSCREEN_CLEAR_CLIPBOARD, fingerprint })) as ClipboardClearResult | undefined) ?? 'unreadable';
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}

/** Runs the check now if it is due; otherwise makes sure the alarm for it exists. */
export async function runClipboardGuard(now: number): Promise<ClipboardClearResult | undefined> {
  const watch = await clipboardWatchItem.getValue();
  if (!watch) return undefined;
  if (now < watch.clearAt) {
    if (!(await browser.alarms.get(CLIPBOARD_ALARM))) await browser.alarms.create(CLIPBOARD_ALARM, { when: watch.clearAt });
    return undefined;
  }
  await clipboardWatchItem.removeValue();
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  let result: ClipboardClearResult;
  try {
    result = offscreen
      ? await clearWithOffscreen(offscreen, watch.fingerprint)
      : typeof document !== 'undefined'
        ? await clearClipboardIfUnchanged(document, watch.fingerprint)
        : 'unreadable';
  } catch {
    result = 'unreadable';
  }
  logger.info('clipboard guard', result);
  return result;
}

export function watchClipboardGuard(now: () => number): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CLIPBOARD_ALARM) void runClipboardGuard(now());
  });
  void runClipboardGuard(now());
}
