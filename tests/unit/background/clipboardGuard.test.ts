import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLIPBOARD_ALARM, CLIPBOARD_CLEAR_AFTER_MS, runClipboardGuard, watchClipboard } from '../../../utils/background/clipboardGuard';
import { OFFSCREEN_CLEAR_CLIPBOARD } from '../../../utils/security/clipboardClear';
import { clipboardWatchItem } from '../../../utils/storage';

const PRINT = 'a'.repeat(64);
const T0 = Date.parse('2026-11-28T10:00:00Z');

describe('clipboard guard', () => {
  const offscreen = { createDocument: vi.fn(async () => undefined), closeDocument: vi.fn(async () => undefined), hasDocument: vi.fn(async () => false) };
  let asked: unknown[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    (fakeBrowser as unknown as { offscreen?: unknown }).offscreen = offscreen;
    // Stands in for the offscreen document: it answers the one request it knows.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
      asked.push(message);
      respond('cleared');
      return true;
    });
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => delete (fakeBrowser as unknown as { offscreen?: unknown }).offscreen);

  it('keeps only a fingerprint and a deadline, 60 s after the copy', async () => {
    await watchClipboard(PRINT, T0);
    expect(await clipboardWatchItem.getValue()).toEqual({ fingerprint: PRINT, clearAt: T0 + CLIPBOARD_CLEAR_AFTER_MS });
    expect((await fakeBrowser.alarms.get(CLIPBOARD_ALARM))?.scheduledTime).toBe(T0 + 60_000);
  });

  it('does nothing before the deadline', async () => {
    await watchClipboard(PRINT, T0);
    expect(await runClipboardGuard(T0 + 59_000)).toBeUndefined();
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('at the deadline asks the offscreen document to clear it if unchanged, then closes it', async () => {
    await watchClipboard(PRINT, T0);
    expect(await runClipboardGuard(T0 + 60_000)).toBe('cleared');
    expect(offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ reasons: ['CLIPBOARD'], url: '/offscreen.html' }));
    expect(asked).toEqual([{ type: OFFSCREEN_CLEAR_CLIPBOARD, fingerprint: PRINT }]);
    expect(offscreen.closeDocument).toHaveBeenCalled();
    expect(await clipboardWatchItem.getValue()).toBeNull();
  });

  it('after a worker restart past the deadline, clears at once', async () => {
    await clipboardWatchItem.setValue({ fingerprint: PRINT, clearAt: T0 });
    expect(await runClipboardGuard(T0 + 5 * 60_000)).toBe('cleared');
  });
});
