/**
 * Public types of the fake Microsoft Entra tenant: the Graph resources it stores, the switches tests flip at run
 * time, the request log and the tenant handle itself.
 */

/** Directory roles the fake knows by display name (template ids in graphSeed.ts). */
export type DirectoryRoleName =
  | 'Global Administrator'
  | 'Privileged Role Administrator'
  | 'Application Administrator'
  | 'Cloud Application Administrator'
  | 'Application Developer'
  | 'User Administrator'
  | 'Global Reader'
  | 'Reports Reader'
  | 'Security Reader'
  | 'Security Administrator';

export interface AppRole {
  allowedMemberTypes: string[];
  description: string;
  displayName: string;
  id: string;
  isEnabled: boolean;
  origin?: string;
  value: string | null;
}

export interface PermissionScope {
  adminConsentDescription: string;
  adminConsentDisplayName: string;
  id: string;
  isEnabled: boolean;
  type: 'Admin' | 'User';
  userConsentDescription: string | null;
  userConsentDisplayName: string | null;
  value: string;
}

export interface ResourceAccess {
  id: string;
  type: 'Role' | 'Scope';
}

export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: ResourceAccess[];
}

export interface PasswordCredential {
  customKeyIdentifier: string | null;
  displayName: string | null;
  endDateTime: string;
  hint: string;
  keyId: string;
  /** Always null once stored: Graph returns the secret only in the addPassword response. */
  secretText: null;
  startDateTime: string;
}

/** A federated identity credential: lets tokens from another issuer (e.g. a CI system) act as the app, with no secret. */
export interface FederatedIdentityCredential {
  id: string;
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description: string | null;
}

/** A Graph `application` (app registration). Unmodelled properties are kept as sent. */
export interface GraphApplication {
  id: string;
  appId: string;
  displayName: string;
  uniqueName: string | null;
  signInAudience: string;
  createdDateTime: string;
  deletedDateTime: null;
  publisherDomain: string;
  requiredResourceAccess: RequiredResourceAccess[];
  passwordCredentials: PasswordCredential[];
  keyCredentials: unknown[];
  appRoles: AppRole[];
  identifierUris: string[];
  tags: string[];
  [property: string]: unknown;
}

export interface GraphServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appDisplayName: string;
  appOwnerOrganizationId: string;
  appRoleAssignmentRequired: boolean;
  accountEnabled: boolean;
  servicePrincipalType: string;
  servicePrincipalNames: string[];
  signInAudience: string;
  appRoles: AppRole[];
  oauth2PermissionScopes: PermissionScope[];
  tags: string[];
  deletedDateTime: null;
  [property: string]: unknown;
}

export interface GraphAppRoleAssignment {
  id: string;
  appRoleId: string;
  createdDateTime: string;
  deletedDateTime: null;
  principalDisplayName: string;
  principalId: string;
  principalType: 'User' | 'Group' | 'ServicePrincipal';
  resourceDisplayName: string;
  resourceId: string;
}

export interface GraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  accountEnabled: boolean;
  [property: string]: unknown;
}

export interface GraphGroup {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailEnabled: boolean;
  mailNickname: string;
  securityEnabled: boolean;
  groupTypes: string[];
  /** Direct members (user or group ids). Not a Graph property: served through /members. */
  members: string[];
  [property: string]: unknown;
}

/** An activated directory role and its members, as `/directoryRoles` would list it. */
export interface GraphDirectoryRole {
  id: string;
  displayName: DirectoryRoleName;
  description: string;
  roleTemplateId: string;
  /** User ids holding the role. Not a Graph property. */
  members: string[];
}

export interface GraphOrganization {
  id: string;
  displayName: string;
  tenantType: string;
  countryLetterCode: string;
  createdDateTime: string;
  verifiedDomains: Array<{ capabilities: string; isDefault: boolean; isInitial: boolean; name: string; type: string }>;
  [property: string]: unknown;
}

/** Everything the tenant holds. Arrays are mutated in place, so a reference taken once stays current. */
export interface FakeTenantState {
  organization: GraphOrganization;
  applications: GraphApplication[];
  servicePrincipals: GraphServicePrincipal[];
  appRoleAssignments: GraphAppRoleAssignment[];
  users: GraphUser[];
  groups: GraphGroup[];
  directoryRoles: GraphDirectoryRole[];
  /**
   * Owners (user or service principal object ids) of applications and service principals, by the owned object's id.
   * Not a Graph property: served through `/owners` and `$expand=owners`.
   */
  owners: Record<string, string[]>;
  /** Federated identity credentials of applications, by application object id (`/federatedIdentityCredentials`). */
  federatedIdentityCredentials: Record<string, FederatedIdentityCredential[]>;
  /** Object id of the user the fake authority signs in. */
  signedInUserId: string;
  /**
   * When each credential (by keyId) last signed in: a client-credentials token issued with it, or a seeded use. Not
   * a Graph property: served through the beta report `/reports/appCredentialSignInActivities`.
   */
  credentialSignIns: Record<string, number>;
}

export interface ThrottleSwitch {
  status: 429 | 503 | 504;
  /** How many more requests (or batch items) get throttled; decremented on each. */
  count: number;
  retryAfterSeconds: number;
  /**
   * true: only items inside `$batch` are throttled (each consumes one), as Graph does per item.
   * false/absent: standalone requests, including the outer `$batch` POST, are throttled.
   */
  batchItems?: boolean;
  /** `Retry-After` as delta seconds (default) or as an HTTP date computed from the tenant clock. */
  retryAfterFormat?: 'seconds' | 'http-date';
  /** Only requests whose path (after /v1.0) contains this text are throttled. */
  pathIncludes?: string;
}

/** The form in which the token endpoint echoes Graph scopes (see `switches.authority.scopeEcho`). */
export type ScopeEcho = 'as-asked' | 'short' | 'long';

/** Run-time switches. Counters are consumed as they fire, so each scenario is deterministic. */
export interface FakeTenantSwitches {
  replication: {
    /** The next N service-principal creates (POST or upsert) fail as if the app had not replicated yet. */
    spCreateFailures: number;
    /** 400 NoBackingApplicationObject (default) or the misleading 403 "…must in the local tenant". */
    spCreateFailureStatus: 400 | 403;
    /** Objects younger than this (tenant clock) are 404 when addressed and are missing from lists. */
    freshObjectNotFoundMs: number;
    /**
     * Each object created from now on is 404 for its next N addressed uses (GET/PATCH/DELETE by id or key,
     * actions on it, or being the principal/resource of a new assignment). Lists are not affected.
     */
    freshObjectNotFoundReads: number;
    /** Each new password stays missing from the next N application reads that would include it. */
    newPasswordHiddenReads: number;
    /** The next N app-role assignment creates fail with 400 "Not a valid reference update.". */
    invalidReferenceUpdates: number;
    /** The next N application updates (PATCH by id/key, upsert-update) fail with 409. */
    appPatchConflicts: number;
  };
  throttle: ThrottleSwitch | null;
  policy: {
    /** App-management policy: addPassword with a longer lifetime → 400 CredentialInvalidLifetimeAsPerAppPolicy. */
    maxPasswordLifetimeDays: number | null;
    /** App-management policy blocking password credentials altogether. */
    passwordAdditionBlocked: boolean;
  };
  reports: {
    /**
     * Microsoft Entra ID P1 or P2. Without it the usage and insights reports (credential sign-in activity) answer
     * 403 `Authentication_RequestFromNonPremiumTenantOrB2CTenant`, as in a tenant on the free edition.
     */
    premium: boolean;
  };
  authority: {
    /** The sign-in page is declined: authorize redirects with error=access_denied (AADSTS65004). */
    cancel: boolean;
    /** Refresh-token grants fail with invalid_grant AADSTS700082 (expired by inactivity). */
    rejectRefresh: boolean;
    /** Delegated scopes the admin does not consent to; they are left out of issued tokens. */
    withheldScopes: string[];
    /**
     * How the token response's `scope` field names Graph scopes: 'as-asked' echoes each as requested; 'short'
     * drops the resource ("Application.ReadWrite.All", as the Graph tutorials show); 'long' always prefixes it
     * ("https://graph.microsoft.com/Application.ReadWrite.All", as the protocol reference shows).
     */
    scopeEcho: ScopeEcho;
  };
}

export interface LoggedRequest {
  method: string;
  /** Absolute URL; batch items are logged with their absolute Graph URL. */
  url: string;
  /** Lower-cased header names. Batch items show the outer request's authorization. */
  headers: Record<string, string>;
  /** Parsed JSON or form fields when a body was sent. */
  body?: unknown;
  /** Tenant clock when the request arrived. */
  time: number;
  /** 0 until the response is ready. */
  status: number;
  /** Set on requests that were items of a `$batch`: the item's id. */
  batchItemId?: string;
}

export interface SignedInUserOptions {
  id?: string;
  upn?: string;
  displayName?: string;
}

export interface FakeTenantOptions {
  tenantId?: string;
  /** Organization display name, e.g. "Contoso" (the portal says "Granted for Contoso"). */
  tenantName?: string;
  /** Default verified domain, e.g. "contoso.onmicrosoft.com". */
  defaultDomain?: string;
  /** Milliseconds since the epoch; drives created/expiry dates, freshness and the log. */
  clock?: () => number;
  /** Artificial delay before each HTTP request is answered (setTimeout); batch items add none. */
  latencyMs?: number;
  signedInUser?: SignedInUserOptions;
  /** Directory roles of the signed-in user at start and after reset(). Default: Global Administrator. */
  signedInUserRoles?: DirectoryRoleName[];
  /** Default page size of collections (Graph uses 100). `$top` overrides it. */
  pageSize?: number;
  /** Seed for ids, secrets, codes and batch shuffling. Without it, crypto randomness is used. */
  seed?: number;
  /** Adds a few demo users and groups besides the signed-in admin. Default true. */
  seedDirectory?: boolean;
  /** Scopes a `.default` request resolves to. */
  defaultScopes?: string[];
}

export interface AddUserInput {
  displayName: string;
  userPrincipalName?: string;
  id?: string;
  mail?: string | null;
  givenName?: string | null;
  surname?: string | null;
  jobTitle?: string | null;
  accountEnabled?: boolean;
}

export interface AddGroupInput {
  displayName: string;
  id?: string;
  description?: string | null;
  mailEnabled?: boolean;
  securityEnabled?: boolean;
  members?: string[];
}

export interface AddApplicationInput {
  displayName: string;
  uniqueName?: string | null;
  signInAudience?: string;
  requiredResourceAccess?: RequiredResourceAccess[];
  appRoles?: AppRole[];
  id?: string;
  appId?: string;
  tags?: string[];
  /** Default: the tenant clock at seeding. */
  createdDateTime?: string;
  /** Owners of the app (and of its service principal when one is created). Default none, as for an app a script made. */
  owners?: string[];
  /** Also create its service principal. */
  withServicePrincipal?: boolean;
  appRoleAssignmentRequired?: boolean;
}

export interface AddPasswordInput {
  displayName?: string | null;
  /** Default: two years after the tenant clock. */
  endDateTime?: string;
  startDateTime?: string;
  keyId?: string;
}

/** A client secret as seeded: the stored credential and the value only its creator ever saw. */
export interface SeededPassword {
  credential: PasswordCredential;
  secretText: string;
}

/**
 * An app registered by an ordinary member of the tenant (Entra lets every member register apps by default) under a
 * name or key an admin might mistake for their own, holding a secret only its owner knows.
 */
export interface SquatterAppInput {
  displayName: string;
  uniqueName?: string | null;
  tags?: string[];
  /** The member who registers it. Default Alex Wilber, a demo user with no directory role. */
  ownerId?: string;
  /** Keep a client secret (default true). */
  withSecret?: boolean;
  /** Also add a federated identity credential (a GitHub Actions subject). */
  withFederatedCredential?: boolean;
  /** Also create its enterprise application (service principal), owned by the same member. */
  withServicePrincipal?: boolean;
  /**
   * Hand the app over afterwards: these become its only owners (e.g. the signed-in admin), as a member can do by
   * adding an owner and then removing themselves. The secret stays.
   */
  handOverTo?: string[];
}

export interface SquatterApp {
  owner: GraphUser;
  application: GraphApplication;
  servicePrincipal: GraphServicePrincipal | null;
  /** The squatter's secret value, or undefined without one. */
  secretText?: string;
}

export interface AddApplicationResult {
  application: GraphApplication;
  servicePrincipal: GraphServicePrincipal | null;
}

export interface MintTokenInput {
  /** Delegated scopes (short names). Default: the signed-in user with every scope the fake checks. */
  scopes?: string[];
  /** Object id of the user; default the signed-in user. */
  userId?: string;
  clientId?: string;
  /** Seconds of validity from the tenant clock. Default 3600. */
  lifetimeSeconds?: number;
}

export interface FakeTenant {
  readonly tenantId: string;
  readonly tenantName: string;
  readonly defaultDomain: string;
  /** Serves https://graph.microsoft.com/v1.0/… and https://login.microsoftonline.com/…; anything else is 404. */
  handle(request: Request): Promise<Response>;
  readonly state: FakeTenantState;
  readonly log: LoggedRequest[];
  readonly switches: FakeTenantSwitches;
  /** The 302 Location the authority would answer for this authorize URL, bound to this tenant's user/switches. */
  authorizeRedirectFor(authorizeUrl: string): string;
  /** A bearer token as the fake token endpoint would issue it. */
  mintAccessToken(input?: MintTokenInput): string;
  /** Secret text of a password credential; test-only (Graph never returns it again). */
  secretTextOf(keyId: string): string | undefined;
  /** Seeding functions (also available directly on the tenant). Seeded objects are never "fresh". */
  readonly seed: FakeTenantSeed;
  addUser(input: AddUserInput): GraphUser;
  addGroup(input: AddGroupInput): GraphGroup;
  addApplication(input: AddApplicationInput): AddApplicationResult;
  /** Makes a user or service principal an owner of an application or service principal. */
  addOwner(objectId: string, ownerId: string): void;
  /** A client secret on an application, as its owner would add one (never fresh, never hidden). */
  addPassword(applicationObjectId: string, input?: AddPasswordInput): SeededPassword;
  /** A member user's app under a name or key an admin might take for their own (see SquatterAppInput). */
  addSquatterApp(input: SquatterAppInput): SquatterApp;
  /** Records a sign-in with a credential (by keyId) at `at` (default the tenant clock), as the activity report shows it. */
  recordCredentialSignIn(keyId: string, at?: number): void;
  setSignedInUserRoles(roles: DirectoryRoleName[]): void;
  /** Back to the seeded state: objects, switches, log, redeemed codes and counters. */
  reset(): void;
}

export interface FakeTenantSeed {
  addUser(input: AddUserInput): GraphUser;
  addGroup(input: AddGroupInput): GraphGroup;
  addApplication(input: AddApplicationInput): AddApplicationResult;
  addOwner(objectId: string, ownerId: string): void;
  addPassword(applicationObjectId: string, input?: AddPasswordInput): SeededPassword;
  addSquatterApp(input: SquatterAppInput): SquatterApp;
  recordCredentialSignIn(keyId: string, at?: number): void;
  setSignedInUserRoles(roles: DirectoryRoleName[]): void;
  reset(): void;
}
