/**
 * Objects every Entra tenant starts with: the Microsoft Graph service principal (its app roles are what an admin
 * consents to) and the directory-role templates. Ids here are Microsoft's published, tenant-independent ones.
 */
import type { AppRole, DirectoryRoleName, GraphServicePrincipal, PermissionScope } from './types';

export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** Tenant that owns Microsoft's first-party apps. */
export const MICROSOFT_SERVICES_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
/** The "Default Access" app role every resource implicitly has. */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

/** Application permissions (app roles) on Microsoft Graph, by value. */
export const GRAPH_APP_ROLE_IDS = {
  'MailboxSettings.ReadWrite': '6931bccd-447a-43d1-b442-00a195474933',
  'Mail.ReadWrite': 'e2a3a72e-5f79-4c64-b1b1-878b674786c9',
  'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
  'Mail.Read': '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  'Mail.Send': 'b633e1c5-b582-4048-a93e-9f11b44c7e96',
  'User.ReadWrite.All': '741f803b-c850-494e-b5df-cde7c675a1ca',
  'Group.Read.All': '5b567255-7703-4780-807c-7be8301ae99b',
  'Directory.Read.All': '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
  'Application.Read.All': '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
  'Application.ReadWrite.All': '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
  'AppRoleAssignment.ReadWrite.All': '06b708a9-e830-4db3-a914-8e69da51d44f',
} as const;

/** Delegated permissions (oauth2PermissionScopes) on Microsoft Graph, by value. */
export const GRAPH_DELEGATED_SCOPE_IDS = {
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  'User.Read.All': 'a154be20-db9c-4678-8ab7-66f6cc099a59',
  'Mail.Read': '570282fd-fa5c-430d-a7fd-fc8dc98a9dca',
  'Directory.Read.All': '06da0dbc-49e2-44d2-8312-53f166ab848a',
  'Application.Read.All': 'c79f8feb-a9db-4090-85f9-90d820caa0eb',
  'Application.ReadWrite.All': 'bdfbf15f-ee85-4955-8675-146e8e5296b5',
  'AppRoleAssignment.ReadWrite.All': '84bccea3-f856-4a8a-967b-dbe0a3d53a64',
  openid: '37f7f235-527c-4136-accd-4a02d197296e',
  profile: '14dad69e-099b-42c9-810b-d002981feec1',
  offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
} as const;

export const DIRECTORY_ROLE_TEMPLATES: Record<DirectoryRoleName, { templateId: string; description: string }> = {
  'Global Administrator': {
    templateId: '62e90394-69f5-4237-9190-012177145e10',
    description: 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  },
  'Privileged Role Administrator': {
    templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
    description: 'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
  },
  'Application Administrator': {
    templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
    description: 'Can create and manage all aspects of app registrations and enterprise apps.',
  },
  'Cloud Application Administrator': {
    templateId: '158c047a-c907-4556-b7ef-446551a6b5f7',
    description: 'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.',
  },
  'Application Developer': {
    templateId: 'cf1c38e5-3621-4004-a7cb-879624dced7c',
    description: 'Can create application registrations independent of the "Users can register applications" setting.',
  },
  'User Administrator': {
    templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
    description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
  },
  'Global Reader': {
    templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
    description: 'Can read everything that a Global Administrator can, but not update anything.',
  },
  'Reports Reader': {
    templateId: '4a5d8f65-41da-4de4-8968-e035b65339cf',
    description: 'Can read sign-in and audit reports.',
  },
  'Security Reader': {
    templateId: '5d6b6bb7-de71-4623-b4af-96380a352509',
    description: 'Can read security information and reports in Microsoft Entra ID and Office 365.',
  },
  'Security Administrator': {
    templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d',
    description: 'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
  },
};

/** Only these two roles may grant Microsoft Graph application permissions (entra-docs grant-admin-consent.md). */
export const GRAPH_CONSENT_ROLES: readonly DirectoryRoleName[] = ['Global Administrator', 'Privileged Role Administrator'];

/** Roles that may assign users and groups to an enterprise app or grant non-Graph app roles. */
export const APP_ASSIGNMENT_ROLES: readonly DirectoryRoleName[] = [
  'Global Administrator',
  'Privileged Role Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
];

const APP_ROLE_TEXT: Record<keyof typeof GRAPH_APP_ROLE_IDS, [string, string]> = {
  'MailboxSettings.ReadWrite': [
    "Read and write all user mailbox settings",
    'Allows the app to create, read, update, and delete user\'s mailbox settings without a signed-in user.',
  ],
  'Mail.ReadWrite': [
    'Read and write mail in all mailboxes',
    'Allows the app to create, read, update, and delete mail in all mailboxes without a signed-in user.',
  ],
  'User.Read.All': [
    "Read all users' full profiles",
    'Allows the app to read user profiles without a signed in user.',
  ],
  'Mail.Read': ['Read mail in all mailboxes', 'Allows the app to read mail in all mailboxes without a signed-in user.'],
  'Mail.Send': ['Send mail as any user', 'Allows the app to send mail as any user without a signed-in user.'],
  'User.ReadWrite.All': [
    "Read and write all users' full profiles",
    'Allows the app to read and update user profiles without a signed in user.',
  ],
  'Group.Read.All': ['Read all groups', 'Allows the app to read group properties and memberships without a signed-in user.'],
  'Directory.Read.All': ['Read directory data', 'Allows the app to read data in your organization\'s directory without a signed-in user.'],
  'Application.Read.All': ['Read all applications', 'Allows the app to read all applications and service principals without a signed-in user.'],
  'Application.ReadWrite.All': [
    'Read and write all applications',
    'Allows the app to create, read, update and delete applications and service principals without a signed-in user.',
  ],
  'AppRoleAssignment.ReadWrite.All': [
    'Manage app permission grants and app role assignments',
    'Allows the app to manage permission grants for application permissions to any API.',
  ],
};

function graphAppRoles(): AppRole[] {
  return Object.entries(GRAPH_APP_ROLE_IDS).map(([value, id]) => {
    const [displayName, description] = APP_ROLE_TEXT[value as keyof typeof GRAPH_APP_ROLE_IDS];
    return { allowedMemberTypes: ['Application'], description, displayName, id, isEnabled: true, origin: 'Application', value };
  });
}

function graphScopes(): PermissionScope[] {
  return Object.entries(GRAPH_DELEGATED_SCOPE_IDS).map(([value, id]) => ({
    adminConsentDescription: `Allows the app to use ${value} on behalf of the signed-in user.`,
    adminConsentDisplayName: value,
    id,
    isEnabled: true,
    type: value === 'User.Read' || value === 'openid' || value === 'profile' || value === 'offline_access' ? 'User' : 'Admin',
    userConsentDescription: `Allows the app to use ${value} on your behalf.`,
    userConsentDisplayName: value,
    value,
  }));
}

export function createGraphServicePrincipal(id: string): GraphServicePrincipal {
  return {
    id,
    deletedDateTime: null,
    accountEnabled: true,
    appDisplayName: 'Microsoft Graph',
    appId: MICROSOFT_GRAPH_APP_ID,
    appOwnerOrganizationId: MICROSOFT_SERVICES_TENANT_ID,
    appRoleAssignmentRequired: false,
    displayName: 'Microsoft Graph',
    homepage: null,
    servicePrincipalNames: [
      `${MICROSOFT_GRAPH_APP_ID}/ags.windows.net`,
      MICROSOFT_GRAPH_APP_ID,
      'https://canary.graph.microsoft.com',
      'https://graph.microsoft.com',
      'https://ags.windows.net',
      'https://graph.microsoft.us',
    ],
    servicePrincipalType: 'Application',
    signInAudience: 'AzureADMultipleOrgs',
    tags: [],
    appRoles: graphAppRoles(),
    oauth2PermissionScopes: graphScopes(),
  };
}
