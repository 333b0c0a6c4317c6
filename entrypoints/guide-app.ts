import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '@/utils/overlay/startGuide';
import { APP_GUIDES } from '@/utils/guide/families/appGuides';

// The page guide for the app registration's list, form and Overview, injected on demand (utils/background/injectGuide.ts).
export default defineUnlistedScript(() => startGuide('app', APP_GUIDES));
