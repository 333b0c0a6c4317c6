/**
 * How each phrase of the guide's table is compared: the whole text (exact), its start (prefix;
 * detail follows), anywhere (contains), or a menu label (exact, or followed by a bracketed note
 * such as "Authentication (Preview)": the portal renames blades that way while redesigning them).
 * The keys are the meanings; the words per language live beside this file, one file a language,
 * so a page loads only its own language besides English.
 */
export type MatchMode = 'exact' | 'prefix' | 'contains' | 'menu';

export const PHRASE_MODES = {
  // Navigation and menus
  appRegistrations: 'menu',
  enterpriseApplications: 'menu',
  overview: 'menu',
  apiPermissions: 'menu',
  certificatesAndSecrets: 'menu',
  properties: 'menu',
  usersAndGroups: 'menu',

  // Register an application
  newRegistration: 'exact',
  name: 'exact',
  accountTypes: 'prefix',
  singleTenant: 'prefix',
  multiTenant: 'prefix',
  personalAccountsOnly: 'prefix',
  redirectUri: 'prefix',
  redirectUriExample: 'contains',
  register: 'exact',

  // Overview
  applicationClientId: 'exact',
  directoryTenantId: 'exact',
  objectId: 'exact',

  // API permissions
  configuredPermissions: 'prefix',
  otherPermissionsGrantedFor: 'prefix',
  requestApiPermissions: 'exact',
  addPermission: 'exact',
  microsoftGraph: 'prefix',
  delegatedPermissions: 'prefix',
  applicationPermissions: 'prefix',
  filterPermissions: 'prefix',
  addPermissions: 'exact',
  grantAdminConsent: 'exact',
  grantConsentConfirmation: 'prefix',
  otherPermissionsQuestion: 'prefix',
  keepOtherPermissions: 'prefix',
  saveAndContinue: 'exact',
  yes: 'exact',
  no: 'exact',
  grantedFor: 'exact',
  notGrantedFor: 'exact',
  typeApplication: 'exact',
  typeDelegated: 'exact',

  // Certificates & secrets
  clientSecrets: 'prefix',
  newClientSecret: 'exact',
  addClientSecret: 'exact',
  description: 'exact',
  expires: 'prefix',
  expires24Months: 'contains',
  add: 'exact',
  value: 'exact',
  secretId: 'exact',
  copyToClipboard: 'prefix',

  // Enterprise applications
  searchApps: 'prefix',
  applicationTypeFilter: 'contains',
  removeFilter: 'exact',
  assignmentRequired: 'prefix',
  save: 'exact',
  addUserGroup: 'exact',
  roleAssigned: 'exact',
  addAssignment: 'exact',
  noneSelected: 'prefix',
  select: 'exact',
  assign: 'exact',
} as const satisfies Record<string, MatchMode>;

export type PhraseKey = keyof typeof PHRASE_MODES;

/** One language's words for every meaning; `{org}` stands for the tenant's display name. */
export type PhraseTable = { readonly [K in PhraseKey]: readonly string[] };

export const ORG = '{org}';
