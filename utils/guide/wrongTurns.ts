/**
 * Mistakes the page itself shows, with what they mean and how to undo them. The "different app"
 * mistake is decided from IDs elsewhere, not from the page.
 */
export type WrongTurnId =
  | 'delegated-instead-of-application'
  | 'not-single-tenant'
  | 'redirect-uri-entered'
  | 'consent-not-granted'
  | 'secret-expiry-not-24-months'
  | 'enterprise-filter-hides-app'
  | 'default-user-read';

export type Severity = 'error' | 'warning' | 'info';

export interface WrongTurn {
  id: WrongTurnId;
  severity: Severity;
  message: string;
  fix: string;
}

// Reports to the background carry at most 200 characters per text (messaging/protocol.ts), and an
// over-long one makes the whole observation, progress included, be dropped.
const CONSENT_ROLES =
  'Only a Global Administrator or Privileged Role Administrator can consent to Graph application permissions.';

export const WRONG_TURNS = {
  'delegated-instead-of-application': {
    id: 'delegated-instead-of-application',
    severity: 'error',
    message:
      'A TonicDM permission is listed as Delegated. TonicDM runs without a signed-in user, so its token carries only Application permissions.',
    fix: 'Remove the Delegated entry (… → Remove permission), then Add a permission → Microsoft Graph → Application permissions and tick it again.',
  },
  'delegated-selected': {
    id: 'delegated-instead-of-application',
    severity: 'warning',
    message: '"Delegated permissions" is selected. TonicDM needs Application permissions.',
    fix: 'Choose "Application permissions" before ticking the permissions.',
  },
  'not-single-tenant': {
    id: 'not-single-tenant',
    severity: 'error',
    message: 'Another account type is selected. The TonicDM app should accept accounts of your organisation only.',
    fix: 'Under "Supported account types", choose "Single tenant only" (older portals: "Accounts in this organizational directory only").',
  },
  'redirect-uri-entered': {
    id: 'redirect-uri-entered',
    severity: 'warning',
    message: 'A Redirect URI is entered. TonicDM signs in as the app itself and needs none.',
    fix: 'Clear the Redirect URI box before Register.',
  },
  'consent-not-granted': {
    id: 'consent-not-granted',
    severity: 'warning',
    message: `Admin consent is missing, so the permissions do not work yet. ${CONSENT_ROLES}`,
    fix: 'Click "Grant admin consent for …" and confirm with Yes, or ask a Global Administrator or Privileged Role Administrator to do it.',
  },
  'consent-button-disabled': {
    id: 'consent-not-granted',
    severity: 'error',
    message: `Your account cannot grant admin consent here. ${CONSENT_ROLES}`,
    fix: 'Ask a Global Administrator or Privileged Role Administrator to open this page and click "Grant admin consent for …", or activate such a role (PIM) and reload.',
  },
  'secret-expiry-not-24-months': {
    id: 'secret-expiry-not-24-months',
    severity: 'warning',
    message: 'Expires is not "730 days (24 months)". A shorter secret stops TonicDM sooner and must be renewed in TonicDM.',
    fix: 'Choose "730 days (24 months)", unless your organisation\'s policy requires a shorter lifetime.',
  },
  'enterprise-filter-hides-app': {
    id: 'enterprise-filter-hides-app',
    severity: 'warning',
    message: 'The search finds no such app under the "Application type == Enterprise Applications" filter. Apps created with PowerShell or Graph are hidden by it.',
    fix: 'Remove the filter (its ×) and search again by name or client ID.',
  },
  'default-user-read': {
    id: 'default-user-read',
    severity: 'info',
    message: 'The default delegated "User.Read" permission is listed. It is harmless; TonicDM does not use it.',
    fix: 'Leave it, or remove it (… → Remove permission).',
  },
} as const satisfies Record<string, WrongTurn>;

export type WrongTurnVariant = keyof typeof WRONG_TURNS;

