/**
 * `/servicePrincipals` routes: list/get/create/update/delete, including the `(appId='…')` upsert, with the
 * replication failures real tenants show right after the backing application is created.
 */
import { GraphHttpError, badRequest } from './graphError';
import { applicationTemplate } from './graphApplications';
import { recordCreator, servicePrincipalExpandable } from './graphOwners';
import { MICROSOFT_GRAPH_APP_ID } from './graphSeed';
import {
  GRAPH_ORIGIN,
  GUID_PATTERN,
  PERMISSIONS,
  checkWritableProperties,
  collectionResult,
  entityResult,
  findApplication,
  findServicePrincipal,
  invalidPropertyValue,
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
import type { GraphApplication, GraphServicePrincipal } from './types';

const WRITABLE = [
  'accountEnabled',
  'alternativeNames',
  'appDescription',
  'appId',
  'appRoleAssignmentRequired',
  'appRoles',
  'customSecurityAttributes',
  'description',
  'disabledByMicrosoftStatus',
  'displayName',
  'homepage',
  'keyCredentials',
  'loginUrl',
  'logoutUrl',
  'notes',
  'notificationEmailAddresses',
  'oauth2PermissionScopes',
  'preferredSingleSignOnMode',
  'preferredTokenSigningKeyThumbprint',
  'replyUrls',
  'samlSingleSignOnSettings',
  'servicePrincipalNames',
  'servicePrincipalType',
  'tags',
  'tokenEncryptionKeyId',
] as const;
const READ_ONLY = ['id', 'appDisplayName', 'appOwnerOrganizationId', 'deletedDateTime', 'signInAudience', 'passwordCredentials'] as const;

function servicePrincipalFor(runtime: TenantRuntime, app: GraphApplication, id: string): GraphServicePrincipal {
  return {
    id,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: [],
    appDisplayName: app.displayName,
    appDescription: null,
    appId: app.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: runtime.tenantId,
    appRoleAssignmentRequired: false,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: app.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: [],
    servicePrincipalNames: [app.appId],
    servicePrincipalType: 'Application',
    signInAudience: app.signInAudience,
    tags: [],
    tokenEncryptionKeyId: null,
    keyCredentials: [],
    passwordCredentials: [],
    appRoles: structuredClone(app.appRoles),
    oauth2PermissionScopes: structuredClone(
      ((app.api as { oauth2PermissionScopes?: GraphServicePrincipal['oauth2PermissionScopes'] } | undefined)
        ?.oauth2PermissionScopes) ?? [],
    ),
  };
}

function validatedChanges(body: Record<string, unknown>, existing?: GraphServicePrincipal): Record<string, unknown> {
  checkWritableProperties(body, 'servicePrincipal', WRITABLE, READ_ONLY);
  if ('appId' in body && existing && String(body.appId).toLowerCase() !== existing.appId.toLowerCase()) {
    throw badRequest("Property 'appId' is read-only and cannot be changed.");
  }
  for (const flag of ['appRoleAssignmentRequired', 'accountEnabled'] as const) {
    if (flag in body && typeof body[flag] !== 'boolean') throw invalidPropertyValue(flag, 'ServicePrincipal');
  }
  if ('displayName' in body && (typeof body.displayName !== 'string' || body.displayName.trim() === '')) {
    throw invalidPropertyValue('displayName', 'ServicePrincipal');
  }
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!key.startsWith('@odata.') && !key.endsWith('@odata.bind') && key !== 'appId') changes[key] = structuredClone(value);
  }
  return changes;
}

function noBackingApplication(appId: string): GraphHttpError {
  const message = `The appId '${appId}' of the service principal does not reference a valid application object.`;
  return badRequest(message, 'Request_BadRequest', [{ code: 'NoBackingApplicationObject', message, target: 'appId' }]);
}

/**
 * Shared by POST and the upsert: the replication switch fires first, because on a real tenant the app simply
 * is not visible yet to the service-principal write path.
 */
function insertServicePrincipal(runtime: TenantRuntime, call: GraphCall, appId: string, body: Record<string, unknown>): GraphServicePrincipal {
  const replication = runtime.switches.replication;
  if (replication.spCreateFailures > 0) {
    replication.spCreateFailures -= 1;
    if (replication.spCreateFailureStatus === 403) {
      throw new GraphHttpError(
        403,
        'Authorization_RequestDenied',
        'When using this permission, the backing application of the service principal being created must in the local tenant',
      );
    }
    throw noBackingApplication(appId);
  }
  if (findServicePrincipal(runtime, { property: 'appId', value: appId })) {
    throw new GraphHttpError(
      409,
      'Request_MultipleObjectsWithSameKeyValue',
      'Another object with the same value for property servicePrincipalNames already exists.',
    );
  }
  const app = findApplication(runtime, { property: 'appId', value: appId });
  if (!app) throw noBackingApplication(appId);
  // The enterprise app of an app registration is made by that app's owners or an app-managing admin.
  requireCanManage(runtime, call.caller, app.id);
  const changes = validatedChanges(body);
  const sp = servicePrincipalFor(runtime, app, newObjectId(runtime));
  Object.assign(sp, changes);
  runtime.state.servicePrincipals.push(sp);
  markCreated(runtime, sp.id);
  recordCreator(runtime, call.caller, sp.id);
  return sp;
}

function createdResult(runtime: TenantRuntime, sp: GraphServicePrincipal): GraphResult {
  return {
    status: 201,
    headers: {
      Location: `${GRAPH_ORIGIN}/v2/${runtime.tenantId}/directoryObjects/${sp.id}/Microsoft.DirectoryServices.ServicePrincipal`,
    },
    body: { '@odata.context': metadataUrl('servicePrincipals/$entity'), ...structuredClone(sp) },
  };
}

export function listServicePrincipals(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationRead);
  return collectionResult(runtime, call, runtime.state.servicePrincipals, {
    context: 'servicePrincipals',
    typeName: 'servicePrincipal',
    resourceName: 'ServicePrincipal',
    filterable: ['id', 'appId', 'displayName', 'servicePrincipalType', 'accountEnabled', 'appOwnerOrganizationId', 'appRoleAssignmentRequired'],
    searchable: ['displayName', 'description'],
    selectable: Object.keys(servicePrincipalFor(runtime, applicationTemplate(runtime, { id: '', appId: '', displayName: '' }), '')),
  }, (sp) => structuredClone(sp), servicePrincipalExpandable(runtime));
}

export function createServicePrincipal(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const body = objectBody(call);
  checkWritableProperties(body, 'servicePrincipal', WRITABLE, READ_ONLY);
  if (typeof body.appId !== 'string' || !GUID_PATTERN.test(body.appId)) throw invalidPropertyValue('appId', 'ServicePrincipal');
  return createdResult(runtime, insertServicePrincipal(runtime, call, body.appId, body));
}

export function getServicePrincipal(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationRead);
  const sp = resolveOrThrow(runtime, findServicePrincipal(runtime, key), key);
  return entityResult(call, 'servicePrincipals', 'servicePrincipal', structuredClone(sp), { item: sp, expandable: servicePrincipalExpandable(runtime) });
}

function wantsCreateIfMissing(call: GraphCall): boolean {
  return (call.headers.get('prefer') ?? '')
    .split(',')
    .some((preference) => preference.trim().toLowerCase() === 'create-if-missing');
}

/** PATCH by id, or the `(appId='…')` upsert: 201 + body when created, 204 when updated, 404 without the header. */
export function updateServicePrincipal(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const body = objectBody(call);
  const existing = findServicePrincipal(runtime, key);
  const upsert = key.property === 'appId' && wantsCreateIfMissing(call);
  if (!existing && upsert) {
    if (!GUID_PATTERN.test(key.value)) throw invalidPropertyValue('appId', 'ServicePrincipal');
    return createdResult(runtime, insertServicePrincipal(runtime, call, key.value, body));
  }
  const sp = existing && upsert ? existing : resolveOrThrow(runtime, existing, key);
  if (sp.appId === MICROSOFT_GRAPH_APP_ID) {
    // Microsoft's own service principals are not editable by tenant admins.
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  requireCanManage(runtime, call.caller, sp.id);
  Object.assign(sp, validatedChanges(body, sp));
  return { status: 204 };
}

export function deleteServicePrincipal(runtime: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const sp = resolveOrThrow(runtime, findServicePrincipal(runtime, key), key);
  if (sp.appId === MICROSOFT_GRAPH_APP_ID) {
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  requireCanManage(runtime, call.caller, sp.id);
  const sps = runtime.state.servicePrincipals;
  sps.splice(sps.indexOf(sp), 1);
  delete runtime.state.owners[sp.id];
  const assignments = runtime.state.appRoleAssignments;
  for (let i = assignments.length - 1; i >= 0; i -= 1) {
    const assignment = assignments[i];
    if (assignment && (assignment.principalId === sp.id || assignment.resourceId === sp.id)) assignments.splice(i, 1);
  }
  return { status: 204 };
}

/** Seeding/admin-consent path: no switches, never fresh. */
export function seedServicePrincipal(
  runtime: TenantRuntime,
  app: GraphApplication,
  fields: Partial<GraphServicePrincipal> = {},
): GraphServicePrincipal {
  const sp = servicePrincipalFor(runtime, app, fields.id ?? newObjectId(runtime));
  Object.assign(sp, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
  runtime.state.servicePrincipals.push(sp);
  return sp;
}
