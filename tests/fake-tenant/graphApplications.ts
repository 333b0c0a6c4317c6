/**
 * `/applications` routes: create, read, update (including the `uniqueName` upsert), delete, addPassword and
 * removePassword, with Graph's validation and the replication/policy switches that affect them. Changes take an
 * owner or an app-managing admin role (graphOwners.ts).
 */
import { GraphHttpError, badRequest, notFound } from './graphError';
import { applicationExpandable, recordCreator } from './graphOwners';
import { generateSecretText } from './secretText';
import {
  GRAPH_ORIGIN,
  GUID_PATTERN,
  PERMISSIONS,
  checkWritableProperties,
  collectionResult,
  entityResult,
  findApplication,
  invalidPropertyValue,
  isoDate,
  markCreated,
  metadataUrl,
  newObjectId,
  objectBody,
  requireCanManage,
  requirePermission,
  resolveOrThrow,
  type EntityKey,
  type GraphCall,
  type GraphResult,
  type TenantRuntime,
} from './tenantRuntime';
import type { GraphApplication, PasswordCredential, RequiredResourceAccess } from './types';

export const SIGN_IN_AUDIENCES = [
  'AzureADMyOrg',
  'AzureADMultipleOrgs',
  'AzureADandPersonalMicrosoftAccount',
  'PersonalMicrosoftAccount',
] as const;

const WRITABLE = [
  'addIns',
  'api',
  'appRoles',
  'authenticationBehaviors',
  'defaultRedirectUri',
  'description',
  'disabledByMicrosoftStatus',
  'displayName',
  'groupMembershipClaims',
  'identifierUris',
  'info',
  'isDeviceOnlyAuthSupported',
  'isFallbackPublicClient',
  'keyCredentials',
  'logo',
  'nativeAuthenticationApisEnabled',
  'notes',
  'oauth2RequirePostResponse',
  'optionalClaims',
  'parentalControlSettings',
  'passwordCredentials',
  'publicClient',
  'requestSignatureVerification',
  'requiredResourceAccess',
  'samlMetadataUrl',
  'serviceManagementReference',
  'servicePrincipalLockConfiguration',
  'signInAudience',
  'spa',
  'tags',
  'tokenEncryptionKeyId',
  'uniqueName',
  'verifiedPublisher',
  'web',
] as const;
const READ_ONLY = ['id', 'appId', 'createdDateTime', 'deletedDateTime', 'publisherDomain', 'applicationTemplateId'] as const;

export function applicationTemplate(
  runtime: TenantRuntime,
  fields: { id: string; appId: string; displayName: string },
): GraphApplication {
  return {
    id: fields.id,
    deletedDateTime: null,
    appId: fields.appId,
    applicationTemplateId: null,
    disabledByMicrosoftStatus: null,
    createdDateTime: isoDate(runtime.now()),
    displayName: fields.displayName,
    description: null,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: null,
    notes: null,
    publisherDomain: runtime.defaultDomain,
    serviceManagementReference: null,
    // Graph's documented default when the body does not say otherwise.
    signInAudience: 'AzureADandPersonalMicrosoftAccount',
    tags: [],
    tokenEncryptionKeyId: null,
    uniqueName: null,
    defaultRedirectUri: null,
    optionalClaims: null,
    addIns: [],
    api: {
      acceptMappedClaims: null,
      knownClientApplications: [],
      requestedAccessTokenVersion: null,
      oauth2PermissionScopes: [],
      preAuthorizedApplications: [],
    },
    appRoles: [],
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: [],
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: [],
    publicClient: { redirectUris: [] },
    requiredResourceAccess: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    web: {
      homePageUrl: null,
      logoutUrl: null,
      redirectUris: [],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
      redirectUriSettings: [],
    },
    spa: { redirectUris: [] },
  };
}

function validateRequiredResourceAccess(value: unknown): RequiredResourceAccess[] {
  const invalid = invalidPropertyValue('requiredResourceAccess', 'Application');
  if (!Array.isArray(value)) throw invalid;
  return value.map((entry: unknown) => {
    if (!entry || typeof entry !== 'object') throw invalid;
    const { resourceAppId, resourceAccess } = entry as Record<string, unknown>;
    if (typeof resourceAppId !== 'string' || !GUID_PATTERN.test(resourceAppId) || !Array.isArray(resourceAccess)) throw invalid;
    return {
      resourceAppId,
      resourceAccess: resourceAccess.map((access: unknown) => {
        if (!access || typeof access !== 'object') throw invalid;
        const { id, type } = access as Record<string, unknown>;
        if (typeof id !== 'string' || !GUID_PATTERN.test(id) || (type !== 'Role' && type !== 'Scope')) throw invalid;
        return { id, type };
      }),
    };
  });
}

/** Validates a create or update body; returns the properties to store. */
function validatedChanges(
  body: Record<string, unknown>,
  mode: 'create' | 'update',
  existing?: GraphApplication,
): Record<string, unknown> {
  checkWritableProperties(body, 'application', WRITABLE, READ_ONLY);
  if ('passwordCredentials' in body) {
    // Secrets are only ever minted by addPassword, so Graph can return the value exactly once.
    throw badRequest(
      mode === 'create'
        ? 'Password credentials cannot be set when an application is created. Use addPassword after creation.'
        : 'Updating passwordCredentials is not supported on this endpoint. Use addPassword and removePassword.',
    );
  }
  if (mode === 'create' || 'displayName' in body) {
    if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
      throw invalidPropertyValue('displayName', 'Application');
    }
  }
  if ('signInAudience' in body && !SIGN_IN_AUDIENCES.includes(body.signInAudience as (typeof SIGN_IN_AUDIENCES)[number])) {
    throw invalidPropertyValue('signInAudience', 'Application');
  }
  if ('uniqueName' in body) {
    if (body.uniqueName !== null && typeof body.uniqueName !== 'string') throw invalidPropertyValue('uniqueName', 'Application');
    if (existing && existing.uniqueName !== null && body.uniqueName !== existing.uniqueName) {
      throw badRequest("Property 'uniqueName' is immutable once set and cannot be changed.");
    }
  }
  const changes: Record<string, unknown> = { ...body };
  for (const key of Object.keys(changes)) if (key.startsWith('@odata.') || key.endsWith('@odata.bind')) delete changes[key];
  if ('requiredResourceAccess' in body) changes.requiredResourceAccess = validateRequiredResourceAccess(body.requiredResourceAccess);
  return changes;
}

/** Complex properties (web, api, …) are merged one level deep, as Graph's PATCH does. */
function applyChanges(app: GraphApplication, changes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(changes)) {
    const current = app[key];
    const bothObjects =
      value !== null && typeof value === 'object' && !Array.isArray(value) && current !== null && typeof current === 'object' && !Array.isArray(current);
    app[key] = bothObjects ? { ...(current as object), ...(value as object) } : structuredClone(value);
  }
}

function assertUniqueNameFree(runtime: TenantRuntime, uniqueName: unknown): void {
  if (typeof uniqueName === 'string' && findApplication(runtime, { property: 'uniqueName', value: uniqueName })) {
    throw new GraphHttpError(
      409,
      'Request_MultipleObjectsWithSameKeyValue',
      'Another object with the same value for property uniqueName already exists.',
    );
  }
}

function insertApplication(runtime: TenantRuntime, changes: Record<string, unknown>): GraphApplication {
  const app = applicationTemplate(runtime, {
    id: newObjectId(runtime),
    appId: runtime.random.guid(),
    displayName: String(changes.displayName),
  });
  applyChanges(app, changes);
  runtime.state.applications.push(app);
  markCreated(runtime, app.id);
  return app;
}

/**
 * The application as a read returns it. Brand-new passwords stay hidden for their configured number of reads;
 * each read that hides one uses it up.
 */
export function presentApplication(runtime: TenantRuntime, app: GraphApplication): Record<string, unknown> {
  const passwordCredentials = app.passwordCredentials.filter((credential) => {
    const stored = runtime.secrets.get(credential.keyId);
    if (stored && stored.hiddenReadsLeft > 0) {
      stored.hiddenReadsLeft -= 1;
      return false;
    }
    return true;
  });
  return structuredClone({ ...app, passwordCredentials });
}

function createdResult(runtime: TenantRuntime, app: GraphApplication): GraphResult {
  return {
    status: 201,
    headers: {
      Location: `${GRAPH_ORIGIN}/v2/${runtime.tenantId}/directoryObjects/${app.id}/Microsoft.DirectoryServices.Application`,
    },
    body: { '@odata.context': metadataUrl('applications/$entity'), ...structuredClone(app) },
  };
}

export function listApplications(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationRead);
  return collectionResult(
    runtime,
    call,
    runtime.state.applications,
    {
      context: 'applications',
      typeName: 'application',
      resourceName: 'Application',
      filterable: ['id', 'appId', 'displayName', 'uniqueName', 'signInAudience', 'publisherDomain', 'createdDateTime', 'tags'],
      searchable: ['displayName', 'description'],
      selectable: Object.keys(applicationTemplate(runtime, { id: '', appId: '', displayName: '' })),
    },
    (app) => presentApplication(runtime, app),
    applicationExpandable(runtime),
  );
}

export function createApplication(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const changes = validatedChanges(objectBody(call), 'create');
  assertUniqueNameFree(runtime, changes.uniqueName);
  const app = insertApplication(runtime, changes);
  recordCreator(runtime, call.caller, app.id);
  return createdResult(runtime, app);
}

export function getApplication(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationRead);
  const app = resolveOrThrow(runtime, findApplication(runtime, key), key);
  return entityResult(call, 'applications', 'application', presentApplication(runtime, app), { item: app, expandable: applicationExpandable(runtime) });
}

function wantsCreateIfMissing(call: GraphCall): boolean {
  return (call.headers.get('prefer') ?? '')
    .split(',')
    .some((preference) => preference.trim().toLowerCase() === 'create-if-missing');
}

function takeConflict(runtime: TenantRuntime): void {
  if (runtime.switches.replication.appPatchConflicts > 0) {
    runtime.switches.replication.appPatchConflicts -= 1;
    throw new GraphHttpError(
      409,
      'Directory_ConcurrencyViolation',
      'Error due to concurrent requests being made to the tenant. Please wait briefly and retry.',
    );
  }
}

/**
 * PATCH by id or alternate key. With `Prefer: create-if-missing` on `(uniqueName='…')` a missing app is created
 * (201 + body); an existing one is updated (204). Without the header a missing app is 404.
 */
export function updateApplication(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const body = objectBody(call);
  const existing = findApplication(runtime, key);
  if (!existing && key.property === 'uniqueName' && wantsCreateIfMissing(call)) {
    if ('uniqueName' in body && body.uniqueName !== key.value) {
      throw badRequest("The uniqueName in the body does not match the uniqueName in the request URL.");
    }
    const changes = validatedChanges({ ...body, uniqueName: key.value }, 'create');
    const created = insertApplication(runtime, changes);
    recordCreator(runtime, call.caller, created.id);
    return createdResult(runtime, created);
  }
  const app = existing && key.property === 'uniqueName' && wantsCreateIfMissing(call)
    ? existing
    : resolveOrThrow(runtime, existing, key);
  requireCanManage(runtime, call.caller, app.id);
  takeConflict(runtime);
  applyChanges(app, validatedChanges(body, 'update', app));
  return { status: 204 };
}

export function deleteApplication(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const app = resolveOrThrow(runtime, findApplication(runtime, key), key);
  requireCanManage(runtime, call.caller, app.id);
  const apps = runtime.state.applications;
  apps.splice(apps.indexOf(app), 1);
  for (const credential of app.passwordCredentials) runtime.secrets.delete(credential.keyId);
  delete runtime.state.owners[app.id];
  delete runtime.state.federatedIdentityCredentials[app.id];
  // Entra deletes the app's service principal in its home tenant with it, and so its grants and assignments.
  const sps = runtime.state.servicePrincipals;
  const sp = sps.find((candidate) => candidate.appId.toLowerCase() === app.appId.toLowerCase());
  if (sp) {
    sps.splice(sps.indexOf(sp), 1);
    delete runtime.state.owners[sp.id];
    const assignments = runtime.state.appRoleAssignments;
    for (let i = assignments.length - 1; i >= 0; i -= 1) {
      const assignment = assignments[i];
      if (assignment && (assignment.principalId === sp.id || assignment.resourceId === sp.id)) assignments.splice(i, 1);
    }
  }
  return { status: 204 };
}

function parseDate(value: unknown, property: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw invalidPropertyValue(property, 'PasswordCredential');
  return ms;
}

function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}

/**
 * `POST /applications/{id}/addPassword`: the only response that ever carries `secretText`. Default lifetime two
 * years; an app-management policy may refuse long lifetimes or passwords altogether.
 */
export function addPassword(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const app = resolveOrThrow(runtime, findApplication(runtime, key), key);
  requireCanManage(runtime, call.caller, app.id);
  const body = call.body === undefined ? {} : objectBody(call);
  checkWritableProperties(body, 'addPasswordRequestBody', ['passwordCredential'], []);
  const requested = body.passwordCredential ?? {};
  if (typeof requested !== 'object' || requested === null || Array.isArray(requested)) {
    throw invalidPropertyValue('passwordCredential', 'PasswordCredential');
  }
  const input = requested as Record<string, unknown>;
  const policy = runtime.switches.policy;
  if (policy.passwordAdditionBlocked) {
    throw badRequest(
      `Password addition is not allowed as per assigned policy '${runtime.policyId}'.`,
      'CredentialTypeNotAllowedAsPerAppPolicy',
      [{ code: 'InvalidKeyCredential', message: `Password addition is not allowed as per assigned policy '${runtime.policyId}'.`, target: 'PasswordCredential' }],
    );
  }
  const start = parseDate(input.startDateTime, 'startDateTime') ?? runtime.now();
  const end = parseDate(input.endDateTime, 'endDateTime') ?? addYears(start, 2);
  if (end <= start) throw badRequest('Key credential end date is invalid.', 'Request_BadRequest');
  if (policy.maxPasswordLifetimeDays !== null && end - start > policy.maxPasswordLifetimeDays * 86_400_000) {
    const message = `Credential lifetime exceeds the max value allowed as per assigned policy '${runtime.policyId}'.`;
    throw badRequest(message, 'CredentialInvalidLifetimeAsPerAppPolicy', [
      { code: 'InvalidKeyEndDate', message, target: 'EndDate' },
    ]);
  }
  const secretText = generateSecretText(runtime.random);
  const credential: PasswordCredential = {
    customKeyIdentifier: null,
    displayName: typeof input.displayName === 'string' ? input.displayName : null,
    endDateTime: isoDate(end),
    hint: secretText.slice(0, 3),
    keyId: runtime.random.guid(),
    secretText: null,
    startDateTime: isoDate(start),
  };
  app.passwordCredentials.push(credential);
  runtime.secrets.set(credential.keyId, {
    secretText,
    applicationId: app.id,
    hiddenReadsLeft: runtime.switches.replication.newPasswordHiddenReads,
  });
  return {
    status: 200,
    body: { '@odata.context': metadataUrl('microsoft.graph.passwordCredential'), ...credential, secretText },
  };
}

export function removePassword(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const app = resolveOrThrow(runtime, findApplication(runtime, key), key);
  requireCanManage(runtime, call.caller, app.id);
  const body = objectBody(call);
  checkWritableProperties(body, 'removePasswordRequestBody', ['keyId'], []);
  if (typeof body.keyId !== 'string' || !GUID_PATTERN.test(body.keyId)) throw invalidPropertyValue('keyId', 'PasswordCredential');
  const index = app.passwordCredentials.findIndex((c) => c.keyId.toLowerCase() === String(body.keyId).toLowerCase());
  if (index < 0) throw notFound(String(body.keyId));
  const [removed] = app.passwordCredentials.splice(index, 1);
  if (removed) runtime.secrets.delete(removed.keyId);
  return { status: 204 };
}

/** Seeding path: no switches, never fresh. */
export function seedApplication(
  runtime: TenantRuntime,
  fields: Partial<GraphApplication> & { displayName: string },
): GraphApplication {
  const app = applicationTemplate(runtime, {
    id: fields.id ?? newObjectId(runtime),
    appId: fields.appId ?? runtime.random.guid(),
    displayName: fields.displayName,
  });
  applyChanges(app, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
  runtime.state.applications.push(app);
  return app;
}

