import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_CONTENT_MATCHES } from '@/utils/portal/hosts';
import { offerGuideFeature } from '@/utils/portal/guideHandoff';
import { createGuideFeature } from '@/utils/overlay/guideFeature';
import type { PortalMessage } from '@/utils/messaging/protocol';
import { ignorePageScriptStartedEvents } from '@/utils/security/shieldContentScript';

// Injected at runtime only into portal frames on a setup blade (see utils/background/injectGuide.ts).
export default defineContentScript({
  matches: PORTAL_CONTENT_MATCHES,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignorePageScriptStartedEvents(ctx);
    offerGuideFeature((send) => createGuideFeature(document, (message) => send(message as PortalMessage)));
  },
});
