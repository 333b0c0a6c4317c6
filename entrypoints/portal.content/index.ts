import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_CONTENT_MATCHES } from '@/utils/portal/hosts';
import { runPortalFrame } from '@/utils/portal/runPortalFrame';
import { takeGuideFeature } from '@/utils/portal/guideHandoff';
import type { FrameContext, PortalMessage } from '@/utils/messaging/protocol';

export default defineContentScript({
  matches: PORTAL_CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send = (message: PortalMessage) => browser.runtime.sendMessage(message);
    runPortalFrame(document, {
      send,
      onContext(listener) {
        const onMessage = (message: unknown) => {
          if ((message as FrameContext | undefined)?.type === 'context') listener(message as FrameContext);
        };
        browser.runtime.onMessage.addListener(onMessage);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      },
      onTopNavigation(listener) {
        if (window !== window.top) return;
        // Hash routing only; the background also re-tells frames on tab URL changes.
        ctx.addEventListener(window, 'hashchange', listener);
      },
      isValid: () => ctx.isValid,
      onInvalidated: (listener) => ctx.onInvalidated(listener),
      async loadGuide() {
        if (!takeGuideFeature()) await send({ type: 'portal/load-guide' });
        return takeGuideFeature()?.((message) => void send(message as PortalMessage).catch(() => undefined));
      },
    });
  },
});
