import { defineConfig } from 'wxt';
import { PORTAL_CONTENT_MATCHES, TONICDM_CONTENT_MATCHES } from './utils/portal/hosts';

/**
 * A fixed public key keeps the unpacked extension id stable
 * (ndidbljncjdglldbnmopdecoogmknlno) so the sign-in redirect
 * https://<id>.chromiumapp.org/ can be registered once. Store builds get their own id.
 */
const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAntjMTv1EblwC/nbNxNEQHF6U77QY9VLe1Pqsv7yAQrMZY/vptnNMekemp0/usy1zQAbUj0HhuYeO0pDGqV0aEfDu/tIJXqDLsmt3+EjLODNlgBUbki1eqoS6bIPazYraEijFfRpRlqtJYZ+Ajp/j+yp5/8WH8YbamyHyPs4ciFOw6UbdHW1lErGMWu1Elq6J9JFHUK3E+ltQi6s30llIx+fF2DlJPewMkaFz5wvH1U8oz6dT8ERLE+JvAUHt2zc0afgQ8Zhbl2jtXLNWzFRPOTeIlrRNxzvfi9tkjrLNhwSd0zcA5FRhOnwxInJauNQNGr7nbhi3KQewGegsLZNitwIDAQAB';

/** Any https origin, so the admin can allow the exact extra TonicDM origin they add in Options. */
const OPTIONAL_HOSTS = 'https://*/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: greppable, and no silent clashes between same-named exports.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'TonicDM Entra Setup Assistant',
    description:
      'Guides the Microsoft Entra app registration for TonicDM, captures the client ID, tenant ID and secret, and fills them into TonicDM.',
    ...(browser === 'chrome' ? { key: DEV_PUBLIC_KEY } : {}),
    permissions: [
      'storage',
      'alarms',
      'tabs',
      'scripting',
      'notifications',
      'identity',
      // Which frame of a portal tab sent a value: its parent frame, read from the browser.
      'webNavigation',
      // Clearing a copied secret from the clipboard after 60 s, only if it is still there.
      'clipboardRead',
      'clipboardWrite',
      ...(browser === 'chrome' ? ['sidePanel', 'offscreen'] : []),
    ],
    host_permissions: [...PORTAL_CONTENT_MATCHES, ...TONICDM_CONTENT_MATCHES],
    // Extra TonicDM origins from Options are asked for at run time. Manifest V2 (Firefox) has no
    // optional_host_permissions (WXT drops the key there): host patterns go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: [OPTIONAL_HOSTS] } : { optional_host_permissions: [OPTIONAL_HOSTS] }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'TonicDM Entra Setup Assistant', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    browser_specific_settings: {
      gecko: {
        id: 'entra-setup-assistant@tonicdm.com',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
