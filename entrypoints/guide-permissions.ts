import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '@/utils/overlay/startGuide';
import { PERMISSION_GUIDES } from '@/utils/guide/families/permissionGuides';

// The page guide for API permissions, injected on demand (utils/background/injectGuide.ts).
export default defineUnlistedScript(() => startGuide('permissions', PERMISSION_GUIDES));
