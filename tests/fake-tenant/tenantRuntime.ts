/**
 * The tenant's private machinery shared by the Graph and authority handlers: state plus the bookkeeping Graph never
 * shows (creation times for replication lag, stored secret values, redeemed codes), the caller of a request, and the
 * collection and lookup functions every route uses.
 */
import { GraphHttpError, badRequest, insufficientPrivileges, notFound } from './graphError';
import {
  applySelect,
  compileFilter,
  compileSearch,
  decodeSkipToken,
  nextLinkFor,
  parseExpand,
  parseSelect,
  parseTop,
} from './odataQuery';
import type { RandomSource } from './randomSource';
import type {
  DirectoryRoleName,
  FakeTenantState,
  FakeTenantSwitches,
  GraphApplication,
  GraphGroup,
  GraphServicePrincipal,
  GraphUser,
  LoggedRequest,
} from './types';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
export const GRAPH_BASE = `${GRAPH_ORIGIN}/v1.0`;

export interface ObjectMeta {
  createdAt: number;
  /** Remaining addressed uses that still answer 404 (replication.freshObjectNotFoundReads at creation). */
  freshUsesLeft: number;
}

export interface StoredSecret {
  secretText: string;
  applicationId: string;
  /** Remaining application reads that still omit this credential. */
  hiddenReadsLeft: number;
}

export interface TenantRuntime {
  readonly tenantId: string;
  readonly tenantName: string;
  readonly defaultDomain: string;
  readonly pageSize: number;
  readonly latencyMs: number;
  readonly defaultScopes: readonly string[];
  /** The app-management policy id quoted in policy errors. */
  readonly policyId: string;
  readonly state: FakeTenantState;
  readonly switches: FakeTenantSwitches;
  readonly log: LoggedRequest[];
  readonly meta: Map<string, ObjectMeta>;
  readonly secrets: Map<string, StoredSecret>;
  readonly redeemedCodes: Set<string>;
  random: RandomSource;
  now(): number;
}

export type Caller =
  | { kind: 'user'; userId: string; appId: string; scopes: ReadonlySet<string> }
  | { kind: 'app'; appId: string; servicePrincipalId: string; roles: ReadonlySet<string> };

export interface GraphCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  caller: Caller;
}

export interface GraphResult {
  status: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

// Delegated and application permission names coincide for everything the fake checks.
export const PERMISSIONS = {
  applicationRead: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  applicationWrite: ['Application.ReadWrite.All'],
  assignmentRead: [
    'Application.Read.All',
    'Application.ReadWrite.All',
    'AppRoleAssignment.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
  assignmentWrite: ['AppRoleAssignment.ReadWrite.All'],
  userRead: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  groupRead: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  me: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  memberOf: ['User.Read', 'User.Read.All', 'GroupMember.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  organization: ['User.Read', 'Organization.Read.All', 'Organization.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
} as const;

export function hasPermission(caller: Caller, anyOf: readonly string[]): boolean {
  const granted = caller.kind === 'user' ? caller.scopes : caller.roles;
  return anyOf.some((permission) => granted.has(permission));
}

export function requirePermission(caller: Caller, anyOf: readonly string[]): void {
  if (!hasPermission(caller, anyOf)) throw insufficientPrivileges();
}

/** Roles that manage every app registration and enterprise app, owner or not. */
export const APP_MANAGER_ROLES: readonly DirectoryRoleName[] = ['Global Administrator', 'Application Administrator', 'Cloud Application Administrator'];

export function ownersOf(runtime: TenantRuntime, objectId: string): string[] {
  return runtime.state.owners[objectId] ?? [];
}

/**
 * Changing an app or enterprise app (properties, credentials, owners) takes one of its owners or an app-managing
 * admin role; Entra gives a member user power over exactly the apps they own. App-only callers are limited by
 * their permissions alone.
 */
export function requireCanManage(runtime: TenantRuntime, caller: Caller, objectId: string): void {
  if (caller.kind === 'app') return;
  if (ownersOf(runtime, objectId).includes(caller.userId)) return;
  requireDirectoryRole(runtime, caller, APP_MANAGER_ROLES);
}

export function rolesOfUser(runtime: TenantRuntime, userId: string): DirectoryRoleName[] {
  return runtime.state.directoryRoles.filter((role) => role.members.includes(userId)).map((role) => role.displayName);
}

/** Delegated callers act with their directory roles; app-only callers are limited by permissions alone. */
export function requireDirectoryRole(runtime: TenantRuntime, caller: Caller, anyOf: readonly DirectoryRoleName[]): void {
  if (caller.kind === 'app') return;
  const roles = rolesOfUser(runtime, caller.userId);
  if (!roles.some((role) => anyOf.includes(role))) throw insufficientPrivileges();
}

export function markCreated(runtime: TenantRuntime, id: string): void {
  runtime.meta.set(id, { createdAt: runtime.now(), freshUsesLeft: runtime.switches.replication.freshObjectNotFoundReads });
}

function isFreshByTime(runtime: TenantRuntime, id: string): boolean {
  const meta = runtime.meta.get(id);
  return meta !== undefined && runtime.now() - meta.createdAt < runtime.switches.replication.freshObjectNotFoundMs;
}

/** Models replication lag on an addressed object: 404 while young, or for its first N uses. */
export function assertReplicated(runtime: TenantRuntime, id: string, shownAs: string = id): void {
  if (isFreshByTime(runtime, id)) throw notFound(shownAs);
  const meta = runtime.meta.get(id);
  if (meta && meta.freshUsesLeft > 0) {
    meta.freshUsesLeft -= 1;
    throw notFound(shownAs);
  }
}

/** Lists only show objects that have replicated (time-based lag only). */
export function visibleInLists(runtime: TenantRuntime, id: string): boolean {
  return !isFreshByTime(runtime, id);
}

export interface EntityKey {
  property: 'id' | 'appId' | 'uniqueName' | 'userPrincipalName';
  value: string;
}

export function findApplication(runtime: TenantRuntime, key: EntityKey): GraphApplication | undefined {
  const wanted = key.value.toLowerCase();
  return runtime.state.applications.find((app) => String(app[key.property] ?? '').toLowerCase() === wanted);
}

export function findServicePrincipal(runtime: TenantRuntime, key: EntityKey): GraphServicePrincipal | undefined {
  const wanted = key.value.toLowerCase();
  return runtime.state.servicePrincipals.find((sp) => String(sp[key.property] ?? '').toLowerCase() === wanted);
}

export function findUser(runtime: TenantRuntime, idOrUpn: string): GraphUser | undefined {
  const wanted = idOrUpn.toLowerCase();
  return runtime.state.users.find((u) => u.id.toLowerCase() === wanted || u.userPrincipalName.toLowerCase() === wanted);
}

export function findGroup(runtime: TenantRuntime, id: string): GraphGroup | undefined {
  const wanted = id.toLowerCase();
  return runtime.state.groups.find((g) => g.id.toLowerCase() === wanted);
}

/** Locates an addressed object or throws the 404 Graph would give, applying replication lag. */
export function resolveOrThrow<T extends { id: string }>(
  runtime: TenantRuntime,
  found: T | undefined,
  key: EntityKey,
): T {
  if (!found) throw notFound(key.value);
  assertReplicated(runtime, found.id, key.value);
  return found;
}

export function metadataUrl(fragment: string): string {
  return `${GRAPH_BASE}/$metadata#${fragment}`;
}

/** `$metadata#servicePrincipals(id,appId,appRoles)` when `$select` narrows the entity. */
export function contextFragment(base: string, select: string[] | undefined, entity: boolean): string {
  const withSelect = select ? `${base}(${select.join(',')})` : base;
  return entity ? `${withSelect}/$entity` : withSelect;
}

export interface CollectionSpec {
  /** Context fragment, e.g. "servicePrincipals" or "servicePrincipals('…')/appRoleAssignedTo". */
  context: string;
  /** Graph type name for errors, e.g. "servicePrincipal". */
  typeName: string;
  /** Resource name in filter errors, e.g. "ServicePrincipal". */
  resourceName: string;
  filterable: readonly string[];
  searchable?: readonly string[];
  /** Every property of the type, so `$select` errors do not depend on the collection being non-empty. */
  selectable?: readonly string[];
}

/** Relationships `$expand` may name, each giving the related objects of one item as Graph JSON. */
export type Expandable<T> = Record<string, (item: T) => Array<Record<string, unknown>>>;

/** Directory objects expand at most 20 related objects, with no nextLink (Graph's documented limit). */
const EXPAND_LIMIT = 20;

function expansion<T>(call: GraphCall, typeName: string, expandable: Expandable<T> | undefined): ((item: T) => Record<string, unknown>) | undefined {
  const option = parseExpand(call.url.searchParams.get('$expand'), typeName, Object.keys(expandable ?? {}));
  if (!option || !expandable) return undefined;
  const related = expandable[option.relationship] as (item: T) => Array<Record<string, unknown>>;
  return (item) => ({
    [option.relationship]: related(item)
      .slice(0, EXPAND_LIMIT)
      .map((entry) => {
        const picked = option.select ? applySelect(entry, option.select.filter((p) => p in entry), typeName) : entry;
        return entry['@odata.type'] !== undefined ? { '@odata.type': entry['@odata.type'], ...picked } : picked;
      }),
  });
}

/**
 * Filters, searches, pages and projects a collection exactly once per page request. `present` turns stored objects
 * into their Graph JSON (and is where per-read effects such as hidden passwords are consumed).
 */
export function collectionResult<T extends Record<string, unknown>>(
  runtime: TenantRuntime,
  call: GraphCall,
  items: readonly T[],
  spec: CollectionSpec,
  present: (item: T) => Record<string, unknown> = (item) => item,
  expandable?: Expandable<T>,
): GraphResult {
  const params = call.url.searchParams;
  const expand = expansion(call, spec.typeName, expandable);
  let rows = items.filter((item) => typeof item.id !== 'string' || visibleInLists(runtime, item.id));
  const filter = params.get('$filter');
  if (filter !== null) {
    const predicate = compileFilter(filter, spec.resourceName, spec.filterable);
    rows = rows.filter((row) => predicate(row));
  }
  const search = params.get('$search');
  const eventual = call.headers.get('consistencylevel')?.toLowerCase() === 'eventual';
  if (search !== null) {
    if (!eventual) {
      throw badRequest(
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    if (!spec.searchable) throw badRequest('Search is not supported on this collection.', 'Request_UnsupportedQuery');
    const predicate = compileSearch(search, spec.searchable);
    rows = rows.filter((row) => predicate(row));
  }
  const select = parseSelect(params.get('$select'));
  if (select && spec.selectable) {
    const known = Object.fromEntries(spec.selectable.map((property) => [property, null]));
    applySelect(known, select, spec.typeName);
  }
  const top = parseTop(params.get('$top'), runtime.pageSize);
  const skipToken = params.get('$skiptoken');
  const offset = skipToken === null ? 0 : decodeSkipToken(skipToken);
  const page = rows.slice(offset, offset + top);
  const body: Record<string, unknown> = { '@odata.context': metadataUrl(contextFragment(spec.context, select, false)) };
  if (params.get('$count') === 'true') {
    if (!eventual) throw badRequest("Count is not supported without 'ConsistencyLevel: eventual'.", 'Request_BadRequest');
    body['@odata.count'] = rows.length;
  }
  if (offset + top < rows.length) body['@odata.nextLink'] = nextLinkFor(call.url, offset + top);
  body.value = page.map((item) => ({ ...applySelect(present(item), select, spec.typeName), ...expand?.(item) }));
  return { status: 200, body };
}

/** A single entity with `$select`, `$expand` and its `@odata.context`; `item` is what `expandable` reads. */
export function entityResult<T = never>(
  call: GraphCall,
  contextBase: string,
  typeName: string,
  entity: Record<string, unknown>,
  expanded?: { item: T; expandable: Expandable<T> },
): GraphResult {
  const select = parseSelect(call.url.searchParams.get('$select'));
  const expand = expansion(call, typeName, expanded?.expandable);
  return {
    status: 200,
    body: {
      '@odata.context': metadataUrl(contextFragment(contextBase, select, true)),
      ...applySelect(entity, select, typeName),
      ...(expanded && expand ? expand(expanded.item) : {}),
    },
  };
}

/** The body a write received, which must be a JSON object. */
export function objectBody(call: GraphCall): Record<string, unknown> {
  const body = call.body;
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
  return body as Record<string, unknown>;
}

/**
 * Rejects properties a type does not have (OData's wording) and read-only ones, as Graph does.
 */
export function checkWritableProperties(
  body: Record<string, unknown>,
  typeName: string,
  writable: readonly string[],
  readOnly: readonly string[],
): void {
  for (const property of Object.keys(body)) {
    if (property.startsWith('@odata.') || property.endsWith('@odata.bind')) continue;
    if (readOnly.includes(property)) {
      throw badRequest(`Property '${property}' is read-only and cannot be set.`);
    }
    if (!writable.includes(property)) {
      throw new GraphHttpError(
        400,
        'BadRequest',
        `The property '${property}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
  }
}

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function invalidPropertyValue(property: string, resource: string): GraphHttpError {
  return badRequest(`Invalid value specified for property '${property}' of resource '${resource}'.`);
}

/** Object ids of directory objects. Kept stable for the created-at bookkeeping. */
export function newObjectId(runtime: TenantRuntime): string {
  return runtime.random.guid();
}
