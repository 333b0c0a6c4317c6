/** The few Microsoft Graph resource shapes the setup reads, limited to the properties it uses. */

export interface ResourceAccess {
  id: string;
  /** "Role" = application permission, "Scope" = delegated permission. */
  type: string;
}

export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: ResourceAccess[];
}

/** A password credential as Graph lists it: never with `secretText`, which exists only in the addPassword response. */
export interface PasswordCredentialInfo {
  keyId: string;
  displayName: string | null;
  hint: string | null;
  startDateTime: string | null;
  endDateTime: string | null;
}

/** A certificate credential; only its metadata matters here. */
export interface KeyCredentialInfo {
  keyId: string;
  displayName?: string | null;
  startDateTime?: string | null;
  endDateTime?: string | null;
}

/** A federated identity credential: another issuer's tokens (e.g. a CI pipeline) act as the app, with no secret. */
export interface FederatedCredentialInfo {
  id: string;
  name?: string | null;
  issuer?: string | null;
  subject?: string | null;
}

/** A user or service principal in an `owners` collection; `@odata.type` tells which. */
export interface DirectoryObjectInfo {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  appId?: string | null;
}

export interface GraphApplication {
  id: string;
  appId: string;
  displayName: string;
  createdDateTime?: string | null;
  tags?: string[] | null;
  signInAudience?: string | null;
  requiredResourceAccess?: RequiredResourceAccess[] | null;
  web?: { redirectUris?: string[] | null } | null;
  spa?: { redirectUris?: string[] | null } | null;
  publicClient?: { redirectUris?: string[] | null } | null;
  passwordCredentials?: PasswordCredentialInfo[] | null;
  keyCredentials?: KeyCredentialInfo[] | null;
  /** Present only when read with `$expand=owners`. */
  owners?: DirectoryObjectInfo[] | null;
  /** Present only when read with `$expand=federatedIdentityCredentials`. */
  federatedIdentityCredentials?: FederatedCredentialInfo[] | null;
}

export interface AppRole {
  id: string;
  value: string | null;
  isEnabled?: boolean;
  allowedMemberTypes?: string[];
}

export interface PermissionScope {
  id: string;
  value: string | null;
  isEnabled?: boolean;
}

export interface GraphServicePrincipal {
  id: string;
  appId: string;
  displayName?: string | null;
  appRoleAssignmentRequired?: boolean | null;
  appRoles?: AppRole[] | null;
  oauth2PermissionScopes?: PermissionScope[] | null;
  passwordCredentials?: PasswordCredentialInfo[] | null;
  keyCredentials?: KeyCredentialInfo[] | null;
  /** Present only when read with `$expand=owners`. */
  owners?: DirectoryObjectInfo[] | null;
}

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  principalType?: 'User' | 'Group' | 'ServicePrincipal' | string | null;
  principalDisplayName?: string | null;
  resourceId: string;
}

export interface DirectoryRole {
  id: string;
  displayName?: string | null;
  roleTemplateId?: string | null;
}

export interface GraphCollection<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}
