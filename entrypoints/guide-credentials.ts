import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '@/utils/overlay/startGuide';
import { CREDENTIAL_GUIDES } from '@/utils/guide/families/credentialGuides';

// The page guide for Certificates & secrets, injected on demand (utils/background/injectGuide.ts).
export default defineUnlistedScript(() => startGuide('credentials', CREDENTIAL_GUIDES));
