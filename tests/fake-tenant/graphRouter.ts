/**
 * Maps a Graph v1.0 path and method to its handler. Matching happens before authentication so an unknown route
 * is a 404 whatever the token, and a wrong method a 405.
 */
import { GraphHttpError } from './graphError';
import {
  addPassword,
  createApplication,
  deleteApplication,
  getApplication,
  listApplications,
  removePassword,
  updateApplication,
} from './graphApplications';
import { createAssignment, deleteAssignment, listAssignments } from './graphAppRoleAssignments';
import { listAppCredentialSignInActivities } from './graphReports';
import { addOwnerRef, createFederatedCredential, listFederatedCredentials, listOwners, removeOwnerRef, type OwnedKind } from './graphOwners';
import {
  getGroup,
  getMe,
  getOrganization,
  getUser,
  listGroupMembers,
  listGroups,
  listOrganization,
  listUsers,
  memberOfForMe,
  memberOfForUser,
  type MemberOfCast,
} from './graphDirectory';
import {
  createServicePrincipal,
  deleteServicePrincipal,
  getServicePrincipal,
  listServicePrincipals,
  updateServicePrincipal,
} from './graphServicePrincipals';
import type { EntityKey, GraphCall, GraphResult, TenantRuntime } from './tenantRuntime';

export type GraphHandler = (runtime: TenantRuntime, call: GraphCall) => GraphResult | Promise<GraphResult>;
type MethodTable = Partial<Record<string, GraphHandler>>;

interface Segment {
  name: string;
  key?: EntityKey;
}

const SEGMENT = /^([A-Za-z$][\w.$]*)(?:\((?:(\w+)=)?'((?:[^']|'')*)'\))?$/;

function parseSegment(raw: string): Segment | undefined {
  const match = SEGMENT.exec(raw);
  if (!match?.[1]) return { name: raw };
  const name = match[1];
  if (match[3] === undefined) return { name };
  const property = (match[2] ?? 'id') as EntityKey['property'];
  if (!['id', 'appId', 'uniqueName'].includes(property)) return undefined;
  return { name, key: { property, value: match[3].replace(/''/g, "'") } };
}

function unknownSegment(segment: string): GraphHttpError {
  return new GraphHttpError(404, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

/** Splits "applications(appId='x')/addPassword" or "applications/x/addPassword" into an entity key and the rest. */
function entityAddress(segments: Segment[]): { key?: EntityKey; rest: string[] } {
  const [first, second, ...more] = segments;
  if (first?.key) return { key: first.key, rest: [second, ...more].filter(Boolean).map((s) => (s as Segment).name) };
  if (second) return { key: { property: 'id', value: second.name }, rest: more.map((s) => s.name) };
  return { rest: [] };
}

function applicationRoutes(segments: Segment[]): MethodTable | undefined {
  const { key, rest } = entityAddress(segments);
  if (!key) {
    return {
      GET: (rt, call) => listApplications(rt, call),
      POST: (rt, call) => createApplication(rt, call),
    };
  }
  if (rest.length === 0) {
    return {
      GET: (rt, call) => getApplication(rt, call, key),
      PATCH: (rt, call) => updateApplication(rt, call, key),
      DELETE: (rt, call) => deleteApplication(rt, call, key),
    };
  }
  if (rest.length === 1 && rest[0] === 'addPassword') return { POST: (rt, call) => addPassword(rt, call, key) };
  if (rest.length === 1 && rest[0] === 'removePassword') return { POST: (rt, call) => removePassword(rt, call, key) };
  if (rest.length === 1 && rest[0] === 'federatedIdentityCredentials') {
    return { GET: (rt, call) => listFederatedCredentials(rt, call, key), POST: (rt, call) => createFederatedCredential(rt, call, key) };
  }
  return ownerRoutes('application', key, rest);
}

/** `/owners`, `/owners/$ref` (POST) and `/owners/{id}/$ref` (DELETE). */
function ownerRoutes(kind: OwnedKind, key: EntityKey, rest: string[]): MethodTable | undefined {
  if (rest[0] !== 'owners') return undefined;
  if (rest.length === 1) return { GET: (rt, call) => listOwners(rt, call, kind, key) };
  if (rest.length === 2 && rest[1] === '$ref') return { POST: (rt, call) => addOwnerRef(rt, call, kind, key) };
  const ownerId = rest[1];
  if (rest.length === 3 && rest[2] === '$ref' && ownerId) return { DELETE: (rt, call) => removeOwnerRef(rt, call, kind, key, ownerId) };
  return undefined;
}

function servicePrincipalRoutes(segments: Segment[]): MethodTable | undefined {
  const { key, rest } = entityAddress(segments);
  if (!key) {
    return {
      GET: (rt, call) => listServicePrincipals(rt, call),
      POST: (rt, call) => createServicePrincipal(rt, call),
    };
  }
  if (rest.length === 0) {
    return {
      GET: (rt, call) => getServicePrincipal(rt, call, key),
      PATCH: (rt, call) => updateServicePrincipal(rt, call, key),
      DELETE: (rt, call) => deleteServicePrincipal(rt, call, key),
    };
  }
  const [navigation, assignmentId, ...tail] = rest;
  if (navigation === 'owners') return ownerRoutes('servicePrincipal', key, rest);
  if (navigation !== 'appRoleAssignedTo' && navigation !== 'appRoleAssignments') return undefined;
  if (tail.length > 0) return undefined;
  if (assignmentId !== undefined) {
    return { DELETE: (rt, call) => deleteAssignment(rt, call, key, navigation, assignmentId) };
  }
  return {
    GET: (rt, call) => listAssignments(rt, call, key, navigation),
    POST: (rt, call) => createAssignment(rt, call, key, navigation),
  };
}

function memberOfRoute(rest: string[], handler: (transitive: boolean, cast: MemberOfCast) => GraphHandler): MethodTable | undefined {
  const [navigation, cast, ...tail] = rest;
  if (tail.length > 0 || (navigation !== 'memberOf' && navigation !== 'transitiveMemberOf')) return undefined;
  if (cast !== undefined && cast !== 'microsoft.graph.directoryRole' && cast !== 'microsoft.graph.group') return undefined;
  return { GET: handler(navigation === 'transitiveMemberOf', cast) };
}

function userRoutes(segments: Segment[]): MethodTable | undefined {
  const { key, rest } = entityAddress(segments);
  if (!key) return { GET: (rt, call) => listUsers(rt, call) };
  if (rest.length === 0) return { GET: (rt, call) => getUser(rt, call, key.value) };
  return memberOfRoute(rest, (transitive, cast) => (rt, call) => memberOfForUser(rt, call, key.value, transitive, cast));
}

function groupRoutes(segments: Segment[]): MethodTable | undefined {
  const { key, rest } = entityAddress(segments);
  if (!key) return { GET: (rt, call) => listGroups(rt, call) };
  if (rest.length === 0) return { GET: (rt, call) => getGroup(rt, call, key.value) };
  if (rest.length === 1 && rest[0] === 'members') return { GET: (rt, call) => listGroupMembers(rt, call, key.value) };
  return undefined;
}

function meRoutes(segments: Segment[]): MethodTable | undefined {
  const rest = segments.slice(1).map((s) => s.name);
  if (rest.length === 0) return { GET: (rt, call) => getMe(rt, call) };
  return memberOfRoute(rest, (transitive, cast) => (rt, call) => memberOfForMe(rt, call, transitive, cast));
}

function organizationRoutes(segments: Segment[]): MethodTable | undefined {
  const { key, rest } = entityAddress(segments);
  if (!key) return { GET: (rt, call) => listOrganization(rt, call) };
  if (rest.length === 0) return { GET: (rt, call) => getOrganization(rt, call, key.value) };
  return undefined;
}

/** Beta only: the usage report of credential sign-ins. */
function reportRoutes(segments: Segment[]): MethodTable | undefined {
  const rest = segments.slice(1).map((s) => s.name);
  if (rest.length === 1 && rest[0] === 'appCredentialSignInActivities') return { GET: (rt, call) => listAppCredentialSignInActivities(rt, call) };
  return undefined;
}

export type GraphVersion = 'v1.0' | 'beta';

const ROOTS: Record<string, (segments: Segment[]) => MethodTable | undefined> = {
  applications: applicationRoutes,
  servicePrincipals: servicePrincipalRoutes,
  users: userRoutes,
  groups: groupRoutes,
  me: meRoutes,
  organization: organizationRoutes,
};

/** What the fake serves under beta: only the report v1.0 lacks (everything else the extension calls is v1.0). */
const BETA_ROOTS: Record<string, (segments: Segment[]) => MethodTable | undefined> = {
  reports: reportRoutes,
};

/**
 * The handler for `method` on `path` (the part after /v1.0/ or /beta/, already split on "/"), or the 404/405 Graph
 * gives. `$batch` is routed by the caller because it needs the HTTP layer.
 */
export function routeGraph(method: string, pathSegments: string[], version: GraphVersion = 'v1.0'): GraphHandler {
  const roots = version === 'beta' ? BETA_ROOTS : ROOTS;
  const segments: Segment[] = [];
  for (const raw of pathSegments) {
    const segment = parseSegment(raw);
    if (!segment) throw unknownSegment(raw);
    segments.push(segment);
  }
  const root = segments[0];
  const table = root ? roots[root.name]?.(segments) : undefined;
  if (!table) throw unknownSegment(pathSegments.find((s, i) => i > 0 || !roots[s]) ?? pathSegments[0] ?? '');
  const handler = table[method.toUpperCase()];
  if (!handler) throw methodNotAllowed();
  return handler;
}
