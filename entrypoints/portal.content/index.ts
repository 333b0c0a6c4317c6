import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_CONTENT_MATCHES } from '@/utils/portal/hosts';
import { runPortalFrame } from '@/utils/portal/runPortalFrame';
import type { FrameContext } from '@/utils/messaging/protocol';

export default defineContentScript({
  matches: PORTAL_CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runPortalFrame(document, {
      send: (message) => browser.runtime.sendMessage(message),
      onContext(listener) {
        const onMessage = (message: unknown) => {
          if ((message as FrameContext | undefined)?.type === 'context') listener(message as FrameContext);
        };
        browser.runtime.onMessage.addListener(onMessage);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      },
      onTopNavigation(listener) {
        if (window !== window.top) return;
        ctx.addEventListener(window, 'hashchange', listener);
        ctx.addEventListener(window, 'wxt:locationchange', listener);
      },
      isValid: () => ctx.isValid,
      onInvalidated: (listener) => ctx.onInvalidated(listener),
    });
  },
});
