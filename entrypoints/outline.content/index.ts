import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_CONTENT_MATCHES } from '@/utils/portal/hosts';
import { buildFrameOutline } from '@/utils/guide/outline/buildOutline';

// Injected by the background into every portal frame when the admin asks for a page outline;
// its return value (already redacted) is the frame's part (see utils/background/pageOutline.ts).
export default defineContentScript({
  matches: PORTAL_CONTENT_MATCHES,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: () => buildFrameOutline(document),
});
