/**
 * Who owns an app registration or enterprise app, and the federated credentials an owner can add: the
 * `/owners` navigation (list, `$ref` add and remove) of applications and service principals, what
 * `$expand=owners` and `$expand=federatedIdentityCredentials` put into reads, and
 * `/applications/{id}/federatedIdentityCredentials`.
 *
 * As in Entra, creating an app or service principal as a signed-in user makes that user an owner, and
 * an owner may change the object (and its owners) without any admin role.
 */
import { GraphHttpError, badRequest, notFound } from './graphError';
import {
  PERMISSIONS,
  checkWritableProperties,
  collectionResult,
  findApplication,
  findServicePrincipal,
  findUser,
  metadataUrl,
  objectBody,
  ownersOf,
  requireCanManage,
  requirePermission,
  resolveOrThrow,
  type Caller,
  type EntityKey,
  type Expandable,
  type GraphCall,
  type GraphResult,
  type TenantRuntime,
} from './tenantRuntime';
import type { FederatedIdentityCredential, GraphApplication, GraphServicePrincipal } from './types';

export type OwnedKind = 'application' | 'servicePrincipal';

/** A user or service principal as a directoryObject collection shows it (with its `@odata.type`). */
export function presentDirectoryObject(runtime: TenantRuntime, id: string): Record<string, unknown> | undefined {
  const user = findUser(runtime, id);
  if (user && user.id === id) return { '@odata.type': '#microsoft.graph.user', ...structuredClone(user) };
  const sp = runtime.state.servicePrincipals.find((candidate) => candidate.id === id);
  if (sp) return { '@odata.type': '#microsoft.graph.servicePrincipal', ...structuredClone(sp) };
  return undefined;
}

function presentOwners(runtime: TenantRuntime, objectId: string): Array<Record<string, unknown>> {
  return ownersOf(runtime, objectId).flatMap((id): Array<Record<string, unknown>> => {
    const owner = presentDirectoryObject(runtime, id);
    return owner ? [owner] : [];
  });
}

/** Called by the create paths: a delegated caller becomes the first owner, an app-only caller leaves none. */
export function recordCreator(runtime: TenantRuntime, caller: Caller, objectId: string): void {
  if (caller.kind === 'user') runtime.state.owners[objectId] = [caller.userId];
}

export function addOwnerDirect(runtime: TenantRuntime, objectId: string, ownerId: string): void {
  const owners = (runtime.state.owners[objectId] ??= []);
  if (!owners.includes(ownerId)) owners.push(ownerId);
}

export function applicationExpandable(rt: TenantRuntime): Expandable<GraphApplication> {
  return {
    owners: (app) => presentOwners(rt, app.id),
    federatedIdentityCredentials: (app) =>
      (rt.state.federatedIdentityCredentials[app.id] ?? []).map((credential) => structuredClone(credential) as unknown as Record<string, unknown>),
  };
}

export function servicePrincipalExpandable(rt: TenantRuntime): Expandable<GraphServicePrincipal> {
  return { owners: (sp) => presentOwners(rt, sp.id) };
}

function ownedObject(rt: TenantRuntime, kind: OwnedKind, key: EntityKey): { id: string } {
  const found = kind === 'application' ? findApplication(rt, key) : findServicePrincipal(rt, key);
  return resolveOrThrow(rt, found, key);
}

/** `GET /applications/{id}/owners`, `GET /servicePrincipals/{id}/owners`. */
export function listOwners(rt: TenantRuntime, call: GraphCall, kind: OwnedKind, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationRead);
  const owned = ownedObject(rt, kind, key);
  return collectionResult(rt, call, presentOwners(rt, owned.id), {
    context: 'directoryObjects',
    typeName: 'directoryObject',
    resourceName: 'DirectoryObject',
    filterable: ['id', 'displayName'],
  });
}

/** `/directoryObjects/{id}` or `/users/{id}` style references, as Graph accepts them in `@odata.id`. */
const REFERENCE = /^https:\/\/graph\.microsoft\.com\/(?:v1\.0|beta)\/(?:directoryObjects|users|servicePrincipals)\/([0-9a-f-]{36})$/i;

/** `POST /applications/{id}/owners/$ref {"@odata.id": ".../directoryObjects/{ownerId}"}`. */
export function addOwnerRef(rt: TenantRuntime, call: GraphCall, kind: OwnedKind, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const owned = ownedObject(rt, kind, key);
  requireCanManage(rt, call.caller, owned.id);
  const body = objectBody(call);
  const reference = body['@odata.id'];
  const ownerId = typeof reference === 'string' ? REFERENCE.exec(reference)?.[1] : undefined;
  if (!ownerId) throw badRequest("Invalid value specified for property '@odata.id'.", 'Request_BadRequest');
  if (!presentDirectoryObject(rt, ownerId)) throw notFound(ownerId);
  if (ownersOf(rt, owned.id).includes(ownerId)) {
    throw badRequest('One or more added object references already exist for the following modified properties: \'owners\'.', 'Request_BadRequest');
  }
  addOwnerDirect(rt, owned.id, ownerId);
  return { status: 204 };
}

/** `DELETE /applications/{id}/owners/{ownerId}/$ref`; an object may be left with no owner at all. */
export function removeOwnerRef(rt: TenantRuntime, call: GraphCall, kind: OwnedKind, key: EntityKey, ownerId: string): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const owned = ownedObject(rt, kind, key);
  requireCanManage(rt, call.caller, owned.id);
  const owners = ownersOf(rt, owned.id);
  const index = owners.findIndex((id) => id.toLowerCase() === ownerId.toLowerCase());
  if (index < 0) throw notFound(ownerId);
  owners.splice(index, 1);
  return { status: 204 };
}

export function listFederatedCredentials(rt: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationRead);
  const app = resolveOrThrow(rt, findApplication(rt, key), key);
  const credentials = (rt.state.federatedIdentityCredentials[app.id] ?? []).map((c) => structuredClone(c) as unknown as Record<string, unknown>);
  return collectionResult(rt, call, credentials, {
    context: `applications('${app.id}')/federatedIdentityCredentials`,
    typeName: 'federatedIdentityCredential',
    resourceName: 'FederatedIdentityCredential',
    filterable: ['name', 'subject', 'issuer'],
  });
}

export function createFederatedCredential(rt: TenantRuntime, call: GraphCall, key: EntityKey): GraphResult {
  requirePermission(call.caller, PERMISSIONS.applicationWrite);
  const app = resolveOrThrow(rt, findApplication(rt, key), key);
  requireCanManage(rt, call.caller, app.id);
  const body = objectBody(call);
  checkWritableProperties(body, 'federatedIdentityCredential', ['name', 'issuer', 'subject', 'audiences', 'description'], ['id']);
  const { name, issuer, subject, audiences, description } = body;
  if (typeof name !== 'string' || !/^[A-Za-z0-9][\w-]{0,119}$/.test(name)) throw badRequest("Invalid value specified for property 'name' of resource 'FederatedIdentityCredential'.");
  if (typeof issuer !== 'string' || !issuer.startsWith('https://')) throw badRequest("Invalid value specified for property 'issuer' of resource 'FederatedIdentityCredential'.");
  if (typeof subject !== 'string' || subject === '') throw badRequest("Invalid value specified for property 'subject' of resource 'FederatedIdentityCredential'.");
  if (!Array.isArray(audiences) || audiences.length !== 1 || typeof audiences[0] !== 'string') {
    throw badRequest("Invalid value specified for property 'audiences' of resource 'FederatedIdentityCredential'.");
  }
  const existing = (rt.state.federatedIdentityCredentials[app.id] ??= []);
  if (existing.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphHttpError(409, 'Request_MultipleObjectsWithSameKeyValue', 'FederatedIdentityCredential with name ' + name + ' already exists.');
  }
  const credential: FederatedIdentityCredential = {
    id: rt.random.guid(),
    name,
    issuer,
    subject,
    audiences: [audiences[0]],
    description: typeof description === 'string' ? description : null,
  };
  existing.push(credential);
  return {
    status: 201,
    body: { '@odata.context': metadataUrl(`applications('${app.id}')/federatedIdentityCredentials/$entity`), ...structuredClone(credential) },
  };
}
