import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TONICDM_CONTENT_MATCHES } from '@/utils/portal/hosts';
import { runTonicdmPage } from '@/utils/tonicdm/runTonicdmPage';
import type { FillCommand } from '@/utils/tonicdm/fillProtocol';
import { ignorePageScriptStartedEvents } from '@/utils/security/shieldContentScript';

export default defineContentScript({
  matches: TONICDM_CONTENT_MATCHES,
  // Top frame only: the fill never runs in a frame (see isTrustedFillFrame for the same rule).
  allFrames: false,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page must not be able to stop this script (see shieldContentScript.ts).
    ignorePageScriptStartedEvents(ctx);
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    runTonicdmPage(window, {
      send: (message) => browser.runtime.sendMessage(message),
      onCommand(listener) {
        const onMessage = (message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
          if ((message as FillCommand | undefined)?.type !== 'tonicdm/fill') return false;
          // A renewal may wait for "Update Now" to reveal its form: answer when the fill is done.
          void Promise.resolve(listener(message as FillCommand)).then(respond, () => respond({ type: 'not-ready' }));
          return true;
        };
        browser.runtime.onMessage.addListener(onMessage);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      },
      signal: controller.signal,
    });
  },
});
