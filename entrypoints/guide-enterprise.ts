import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '@/utils/overlay/startGuide';
import { ENTERPRISE_GUIDES } from '@/utils/guide/families/enterpriseGuides';

// The page guide for the enterprise app's blades, injected on demand (utils/background/injectGuide.ts).
export default defineUnlistedScript(() => startGuide('enterprise', ENTERPRISE_GUIDES));
