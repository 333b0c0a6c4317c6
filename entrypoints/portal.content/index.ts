import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isPortalUrl, PORTAL_CONTENT_MATCHES } from '@/utils/portal/hosts';
import { runPortalFrame } from '@/utils/portal/runPortalFrame';
import { takeGuideFeature } from '@/utils/portal/guideHandoff';
import { reportFrames } from '@/utils/dom/renderedFrames';
import { ignorePageScriptStartedEvents } from '@/utils/security/shieldContentScript';
import type { FrameContext, PortalMessage } from '@/utils/messaging/protocol';


export default defineContentScript({
  matches: PORTAL_CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page must not be able to stop this script (see shieldContentScript.ts).
    ignorePageScriptStartedEvents(ctx);
    const send = (message: PortalMessage) => browser.runtime.sendMessage(message);
    const isTop = window === window.top;
    if (isTop) {
      // The background asks the top document which blade frames are on screen before it takes a value from one.
      const onReportRequest = (message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
        if ((message as { type?: string } | undefined)?.type !== 'portal/report-frames') return false;
        respond(reportFrames(document, isPortalUrl));
        return false;
      };
      browser.runtime.onMessage.addListener(onReportRequest);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onReportRequest));
    }
    runPortalFrame(document, {
      send,
      frame: isTop ? undefined : { url: location.href, name: window.name },
      onContext(listener) {
        const onMessage = (message: unknown) => {
          if ((message as FrameContext | undefined)?.type === 'context') listener(message as FrameContext);
        };
        browser.runtime.onMessage.addListener(onMessage);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      },
      onTopNavigation(listener) {
        if (!isTop) return;
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
