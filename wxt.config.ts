import { defineConfig } from 'wxt';
import { PORTAL_CONTENT_MATCHES, TONICDM_CONTENT_MATCHES } from './utils/portal/hosts';
import { useStoreManifestIn } from './scripts/storeManifest';
import { terserPageScripts } from './scripts/terserPageScripts';

/**
 * A fixed public key keeps the unpacked extension id stable
 * (ndidbljncjdglldbnmopdecoogmknlno) so the sign-in redirect
 * https://<id>.chromiumapp.org/ can be registered once. Store packages leave it out (the stores
 * refuse it and assign their own ids): see scripts/storeManifest.ts.
 */
const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAntjMTv1EblwC/nbNxNEQHF6U77QY9VLe1Pqsv7yAQrMZY/vptnNMekemp0/usy1zQAbUj0HhuYeO0pDGqV0aEfDu/tIJXqDLsmt3+EjLODNlgBUbki1eqoS6bIPazYraEijFfRpRlqtJYZ+Ajp/j+yp5/8WH8YbamyHyPs4ciFOw6UbdHW1lErGMWu1Elq6J9JFHUK3E+ltQi6s30llIx+fF2DlJPewMkaFz5wvH1U8oz6dT8ERLE+JvAUHt2zc0afgQ8Zhbl2jtXLNWzFRPOTeIlrRNxzvfi9tkjrLNhwSd0zcA5FRhOnwxInJauNQNGr7nbhi3KQewGegsLZNitwIDAQAB';

/** Any https origin, so the admin can allow the exact extra TonicDM origin they add in Options. */
const OPTIONAL_HOSTS = 'https://*/*';

/**
 * Oldest Chrome/Edge the code runs on, 120:
 * - sidePanel.setPanelBehavior (toolbar button opens the panel) and sidePanel.open (the TonicDM
 *   page's "confirm in the panel" request) need 116;
 * - URL.canParse, used by the background when it re-checks a fill target, needs 120.
 * Everything else used is older (storage.session 102, scripting.registerContentScripts 96,
 * Element.checkVisibility 105; the Popover API and IntersectionObserver v2 are feature-detected).
 */
const MINIMUM_CHROME_VERSION = '120';

/**
 * Oldest Firefox, 140.0: the APIs used need 115 (storage.session, URL.canParse; sidebar_action is
 * far older), but Firefox before 128 refuses a manifest with `data_collection_permissions`, which
 * AMO requires of new add-ons, and only 140 (an ESR release) and later show the user its
 * "collects no data" answer at install.
 */
const FIREFOX_STRICT_MIN_VERSION = '140.0';

/**
 * Every API permission, and the feature that needs it (the store listing repeats these). No `tabs`:
 * the only tab URLs read are those of portal and TonicDM tabs (and extra origins the admin granted),
 * which the host permissions below already expose, so there is no "Read your browsing history"
 * warning. No `identity` in optional_permissions: Firefox accepts `identity` only as a required
 * permission, and Chrome shows no install warning for it.
 */
const PERMISSIONS = [
  'storage', // progress and IDs in storage.local; the secret in storage.session (memory)
  'alarms', // forget the secret after the idle timeout; the expiry reminder
  'scripting', // inject the guide into setup-flow frames only; content script for granted extra origins
  'notifications', // the reminder 30 days before the client secret expires
  'identity', // Microsoft Graph sign-in through the browser's own window (launchWebAuthFlow)
  'webNavigation', // which frame of a portal tab sent a value: its parent frame, read from the browser
  'clipboardRead', // clear a copied secret from the clipboard after 60 s, only if it is still there
  'clipboardWrite',
];

export default defineConfig({
  // @wxt-dev/i18n: locales/*.yml become _locales/*/messages.json, read through browser.i18n, so
  // the panel and Options follow the browser's language with no strings bundled per locale.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // The page scripts at their 10 kB budget get Terser's extra passes (see scripts/terserPageScripts.ts).
  vite: () => ({ plugins: [terserPageScripts()] }),
  // Explicit imports everywhere: greppable, and no silent clashes between same-named exports.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    ...(browser === 'chrome' ? { key: DEV_PUBLIC_KEY, minimum_chrome_version: MINIMUM_CHROME_VERSION } : {}),
    permissions: [...PERMISSIONS, ...(browser === 'chrome' ? ['sidePanel', 'offscreen'] : [])],
    // The content scripts' sites. Microsoft Graph and login.microsoftonline.com are not listed: the
    // side panel calls them with CORS, as a single-page app does, so they add no host warning.
    host_permissions: [...PORTAL_CONTENT_MATCHES, ...TONICDM_CONTENT_MATCHES],
    // Extra TonicDM origins from Options are asked for at run time. Manifest V2 (Firefox) has no
    // optional_host_permissions (WXT drops the key there): host patterns go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: [OPTIONAL_HOSTS] } : { optional_host_permissions: [OPTIONAL_HOSTS] }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Firefox only: Chrome reports the key as unrecognised.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'entra-setup-assistant@tonicdm.com',
              strict_min_version: FIREFOX_STRICT_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // Firefox's sources package is for AMO's reviewers: what builds the add-on, not test output or
    // the replica fixtures and screenshots.
    excludeSources: ['tests/**', 'docs/**', 'test-results/**', 'playwright-report/**'],
  },
  hooks: {
    'zip:extension:start': async (wxt) => {
      restoreDevelopmentManifest = await useStoreManifestIn(wxt.config.outDir);
    },
    'zip:extension:done': async () => {
      await restoreDevelopmentManifest();
      restoreDevelopmentManifest = async () => undefined;
    },
  },
});

let restoreDevelopmentManifest: () => Promise<void> = async () => undefined;
