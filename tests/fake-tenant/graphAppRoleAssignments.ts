/**
 * App-role assignments, from the resource side (`/servicePrincipals/{resource}/appRoleAssignedTo`, the documented
 * consent path) and the principal side (`/servicePrincipals/{client}/appRoleAssignments`). Granting a Microsoft
 * Graph app role needs a Global or Privileged Role Administrator.
 */
import { badRequest, notFound } from './graphError';
import { APP_ASSIGNMENT_ROLES, DEFAULT_ACCESS_ROLE_ID, GRAPH_CONSENT_ROLES, MICROSOFT_GRAPH_APP_ID } from './graphSeed';
import { base64UrlEncodeBytes } from './base64url';
import {
  GUID_PATTERN,
  PERMISSIONS,
  assertReplicated,
  checkWritableProperties,
  collectionResult,
  findGroup,
  findServicePrincipal,
  findUser,
  invalidPropertyValue,
  isoDate,
  metadataUrl,
  objectBody,
  requireDirectoryRole,
  requirePermission,
  resolveOrThrow,
  type EntityKey,
  type GraphCall,
  type GraphResult,
  type TenantRuntime,
} from './tenantRuntime';
import type { GraphAppRoleAssignment, GraphServicePrincipal } from './types';

const WRITABLE = ['principalId', 'resourceId', 'appRoleId'] as const;
const READ_ONLY = ['id', 'createdDateTime', 'deletedDateTime', 'principalDisplayName', 'principalType', 'resourceDisplayName'] as const;

type Side = 'appRoleAssignedTo' | 'appRoleAssignments';

const FILTERABLE = ['id', 'principalId', 'resourceId', 'appRoleId', 'principalType', 'principalDisplayName', 'resourceDisplayName'];

function contextFor(sp: GraphServicePrincipal, side: Side): string {
  return `servicePrincipals('${sp.id}')/${side}`;
}

export function listAssignments(runtime: TenantRuntime, call: GraphCall, key: EntityKey, side: Side): GraphResult {
  requirePermission(call.caller, PERMISSIONS.assignmentRead);
  const sp = resolveOrThrow(runtime, findServicePrincipal(runtime, key), key);
  const rows = runtime.state.appRoleAssignments.filter((a) =>
    side === 'appRoleAssignedTo' ? a.resourceId === sp.id : a.principalId === sp.id,
  );
  return collectionResult(
    runtime,
    call,
    rows as unknown as Array<Record<string, unknown>>,
    { context: contextFor(sp, side), typeName: 'appRoleAssignment', resourceName: 'AppRoleAssignment', filterable: FILTERABLE },
    (row) => structuredClone(row),
  );
}

interface Principal {
  id: string;
  displayName: string;
  type: GraphAppRoleAssignment['principalType'];
}

function resolvePrincipal(runtime: TenantRuntime, id: string): Principal {
  const user = findUser(runtime, id);
  const group = user ? undefined : findGroup(runtime, id);
  const sp = user || group ? undefined : findServicePrincipal(runtime, { property: 'id', value: id });
  const found = user ?? group ?? sp;
  if (!found) throw notFound(id);
  assertReplicated(runtime, found.id);
  return { id: found.id, displayName: found.displayName, type: user ? 'User' : group ? 'Group' : 'ServicePrincipal' };
}

function requireGuid(body: Record<string, unknown>, property: string): string {
  const value = body[property];
  if (typeof value !== 'string' || !GUID_PATTERN.test(value)) throw invalidPropertyValue(property, 'AppRoleAssignment');
  return value.toLowerCase();
}

/** Default Access is only valid when the resource declares no enabled role for this kind of principal. */
function checkAppRole(resource: GraphServicePrincipal, appRoleId: string, principal: Principal): void {
  const memberType = principal.type === 'ServicePrincipal' ? 'Application' : 'User';
  const enabled = resource.appRoles.filter((role) => role.isEnabled);
  if (appRoleId === DEFAULT_ACCESS_ROLE_ID) {
    if (enabled.some((role) => role.allowedMemberTypes.includes(memberType))) {
      throw badRequest(`Permission being assigned was not found on application '${resource.appId}'.`);
    }
    return;
  }
  const role = enabled.find((r) => r.id.toLowerCase() === appRoleId);
  if (!role) throw badRequest(`Permission being assigned was not found on application '${resource.appId}'.`);
  if (!role.allowedMemberTypes.includes(memberType)) {
    throw badRequest(`The app role '${appRoleId}' is not assignable to principals of type '${principal.type}'.`);
  }
}

function newAssignmentId(runtime: TenantRuntime): string {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = runtime.random.int(256);
  return base64UrlEncodeBytes(bytes);
}

export function createAssignment(runtime: TenantRuntime, call: GraphCall, key: EntityKey, side: Side): GraphResult {
  requirePermission(call.caller, PERMISSIONS.assignmentWrite);
  // Delegated grants also need to read the service principals involved (microsoft-graph-docs#12833).
  if (call.caller.kind === 'user') requirePermission(call.caller, PERMISSIONS.applicationRead);
  const pathSp = resolveOrThrow(runtime, findServicePrincipal(runtime, key), key);
  const body = objectBody(call);
  checkWritableProperties(body, 'appRoleAssignment', WRITABLE, READ_ONLY);
  const principalId = requireGuid(body, 'principalId');
  const resourceId = requireGuid(body, 'resourceId');
  const appRoleId = requireGuid(body, 'appRoleId');
  if (side === 'appRoleAssignedTo' && resourceId !== pathSp.id.toLowerCase()) throw invalidPropertyValue('resourceId', 'AppRoleAssignment');
  if (side === 'appRoleAssignments' && principalId !== pathSp.id.toLowerCase()) throw invalidPropertyValue('principalId', 'AppRoleAssignment');
  const resource =
    side === 'appRoleAssignedTo' ? pathSp : resolveOrThrow(runtime, findServicePrincipal(runtime, { property: 'id', value: resourceId }), { property: 'id', value: resourceId });
  requireDirectoryRole(runtime, call.caller, resource.appId === MICROSOFT_GRAPH_APP_ID ? GRAPH_CONSENT_ROLES : APP_ASSIGNMENT_ROLES);
  const principal = side === 'appRoleAssignments' ? { id: pathSp.id, displayName: pathSp.displayName, type: 'ServicePrincipal' as const } : resolvePrincipal(runtime, principalId);
  checkAppRole(resource, appRoleId, principal);
  const replication = runtime.switches.replication;
  if (replication.invalidReferenceUpdates > 0) {
    replication.invalidReferenceUpdates -= 1;
    throw badRequest('Not a valid reference update.');
  }
  const duplicate = runtime.state.appRoleAssignments.some(
    (a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId.toLowerCase() === appRoleId,
  );
  if (duplicate) throw badRequest('Permission being assigned already exists on the object');
  const assignment: GraphAppRoleAssignment = {
    id: newAssignmentId(runtime),
    appRoleId,
    createdDateTime: isoDate(runtime.now()),
    deletedDateTime: null,
    principalDisplayName: principal.displayName,
    principalId: principal.id,
    principalType: principal.type,
    resourceDisplayName: resource.displayName,
    resourceId: resource.id,
  };
  runtime.state.appRoleAssignments.push(assignment);
  return {
    status: 201,
    body: { '@odata.context': metadataUrl(`${contextFor(pathSp, side)}/$entity`), ...assignment },
  };
}

export function deleteAssignment(
  runtime: TenantRuntime,
  call: GraphCall,
  key: EntityKey,
  side: Side,
  assignmentId: string,
): GraphResult {
  requirePermission(call.caller, PERMISSIONS.assignmentWrite);
  const sp = resolveOrThrow(runtime, findServicePrincipal(runtime, key), key);
  const assignments = runtime.state.appRoleAssignments;
  const index = assignments.findIndex(
    (a) => a.id === assignmentId && (side === 'appRoleAssignedTo' ? a.resourceId === sp.id : a.principalId === sp.id),
  );
  const assignment = assignments[index];
  if (!assignment) throw notFound(assignmentId);
  const resource = findServicePrincipal(runtime, { property: 'id', value: assignment.resourceId });
  requireDirectoryRole(runtime, call.caller, resource?.appId === MICROSOFT_GRAPH_APP_ID ? GRAPH_CONSENT_ROLES : APP_ASSIGNMENT_ROLES);
  assignments.splice(index, 1);
  return { status: 204 };
}

/** Admin-consent and seeding path: skips permission and replication checks, ignores duplicates. */
export function grantAppRole(
  runtime: TenantRuntime,
  principal: GraphServicePrincipal,
  resource: GraphServicePrincipal,
  appRoleId: string,
): GraphAppRoleAssignment | undefined {
  const exists = runtime.state.appRoleAssignments.some(
    (a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId === appRoleId,
  );
  if (exists) return undefined;
  const assignment: GraphAppRoleAssignment = {
    id: newAssignmentId(runtime),
    appRoleId,
    createdDateTime: isoDate(runtime.now()),
    deletedDateTime: null,
    principalDisplayName: principal.displayName,
    principalId: principal.id,
    principalType: 'ServicePrincipal',
    resourceDisplayName: resource.displayName,
    resourceId: resource.id,
  };
  runtime.state.appRoleAssignments.push(assignment);
  return assignment;
}

