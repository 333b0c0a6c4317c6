/**
 * Tenant-independent ids published by Microsoft. Role ids are resolved from the Graph service
 * principal at run time; this table is only a cross-check that warns when the two disagree.
 */
import type { REQUIRED_GRAPH_ROLES } from '../steps';

export type RequiredGraphRole = (typeof REQUIRED_GRAPH_ROLES)[number];

/** Graph app-role (application permission) ids; see graph.md §7 for their provenance. */
export const WELL_KNOWN_GRAPH_ROLE_IDS: Readonly<Record<RequiredGraphRole, string>> = {
  'MailboxSettings.ReadWrite': '6931bccd-447a-43d1-b442-00a195474933',
  'Mail.ReadWrite': 'e2a3a72e-5f79-4c64-b1b1-878b674786c9',
  'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
};

/** Directory-role template ids of the only roles that may consent to Graph application permissions. */
export const GLOBAL_ADMINISTRATOR_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';
export const PRIVILEGED_ROLE_ADMINISTRATOR_TEMPLATE_ID = 'e8611ab8-c189-46e8-94e1-60213ab1f814';
export const CONSENT_ROLE_TEMPLATE_IDS: readonly string[] = [
  GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_TEMPLATE_ID,
];
/** "Company Administrator" is Global Administrator's legacy display name. */
export const CONSENT_ROLE_NAMES: readonly string[] = [
  'Global Administrator',
  'Company Administrator',
  'Privileged Role Administrator',
];

/** The implicit "Default Access" app role used to assign users and groups to an enterprise app. */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

/** The vendor guide's older spelling of the app name; admins who followed it have this app. */
export const LEGACY_APP_NAME = 'TonicDM Office365 Token';

/**
 * Prefix of the one-time tag a run puts on the app it creates. The rest is a random key kept only in
 * the run's checkpoint, so a panel closed while the create was in flight can find that app again.
 * The tag is public once the app exists, so it never proves ownership on its own (see executePlan).
 */
export const CREATION_TAG_PREFIX = 'TonicDMSetupRun:';
