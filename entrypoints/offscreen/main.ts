// Chrome's offscreen document (reason CLIPBOARD): the worker has no DOM, so it asks here.
import { browser } from 'wxt/browser';
import { clearClipboardIfUnchanged, OFFSCREEN_CLEAR_CLIPBOARD } from '@/utils/security/clipboardClear';
import { isOwnWorkerSender, originOf } from '@/utils/security/senderGuard';

const extensionOrigin = originOf(browser.runtime.getURL('/')) ?? 'invalid:';

browser.runtime.onMessage.addListener((message: unknown, sender, respond: (reply: unknown) => void) => {
  const request = message as { type?: unknown; fingerprint?: unknown } | undefined;
  // Content scripts can message extension pages too: only our own worker may ask, and only this.
  if (request?.type !== OFFSCREEN_CLEAR_CLIPBOARD || typeof request.fingerprint !== 'string') return false;
  if (!isOwnWorkerSender(sender, browser.runtime.id, extensionOrigin)) return false;
  void clearClipboardIfUnchanged(document, request.fingerprint).then(respond, () => respond('unreadable'));
  return true;
});
