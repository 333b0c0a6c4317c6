/**
 * Read-only directory routes: `/organization`, `/me`, `/users`, `/groups` and the memberOf / transitiveMemberOf
 * navigations (with the `microsoft.graph.directoryRole` / `microsoft.graph.group` casts).
 */
import { badRequest, notFound } from './graphError';
import {
  PERMISSIONS,
  assertReplicated,
  collectionResult,
  entityResult,
  findGroup,
  findUser,
  requirePermission,
  type GraphCall,
  type GraphResult,
  type TenantRuntime,
} from './tenantRuntime';
import type { GraphGroup, GraphUser } from './types';

const USER_FILTERABLE = ['id', 'displayName', 'userPrincipalName', 'mail', 'givenName', 'surname', 'jobTitle', 'accountEnabled'];
const USER_SEARCHABLE = ['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'];
const GROUP_FILTERABLE = ['id', 'displayName', 'mail', 'mailNickname', 'mailEnabled', 'securityEnabled'];
const GROUP_SEARCHABLE = ['displayName', 'description', 'mail', 'mailNickname'];

export type MemberOfCast = 'microsoft.graph.directoryRole' | 'microsoft.graph.group' | undefined;

function presentGroup(group: GraphGroup): Record<string, unknown> {
  const { members: _members, ...rest } = structuredClone(group);
  return rest;
}

export function listOrganization(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.organization);
  return collectionResult(runtime, call, [runtime.state.organization], {
    context: 'organization',
    typeName: 'organization',
    resourceName: 'Organization',
    filterable: ['id'],
  }, (org) => structuredClone(org));
}

export function getOrganization(runtime: TenantRuntime, call: GraphCall, id: string): GraphResult {
  requirePermission(call.caller, PERMISSIONS.organization);
  if (id.toLowerCase() !== runtime.state.organization.id.toLowerCase()) throw notFound(id);
  return entityResult(call, 'organization', 'organization', structuredClone(runtime.state.organization));
}

function signedInUser(runtime: TenantRuntime, call: GraphCall): GraphUser {
  if (call.caller.kind !== 'user') throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
  const user = findUser(runtime, call.caller.userId);
  if (!user) throw notFound(call.caller.userId);
  return user;
}

export function getMe(runtime: TenantRuntime, call: GraphCall): GraphResult {
  const user = signedInUser(runtime, call);
  requirePermission(call.caller, PERMISSIONS.me);
  return entityResult(call, 'users', 'user', structuredClone(user));
}

export function listUsers(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.userRead);
  return collectionResult(runtime, call, runtime.state.users, {
    context: 'users',
    typeName: 'user',
    resourceName: 'User',
    filterable: USER_FILTERABLE,
    searchable: USER_SEARCHABLE,
  }, (user) => structuredClone(user));
}

export function getUser(runtime: TenantRuntime, call: GraphCall, idOrUpn: string): GraphResult {
  requirePermission(call.caller, PERMISSIONS.userRead);
  const user = findUser(runtime, idOrUpn);
  if (!user) throw notFound(idOrUpn);
  assertReplicated(runtime, user.id, idOrUpn);
  return entityResult(call, 'users', 'user', structuredClone(user));
}

export function listGroups(runtime: TenantRuntime, call: GraphCall): GraphResult {
  requirePermission(call.caller, PERMISSIONS.groupRead);
  return collectionResult(runtime, call, runtime.state.groups, {
    context: 'groups',
    typeName: 'group',
    resourceName: 'Group',
    filterable: GROUP_FILTERABLE,
    searchable: GROUP_SEARCHABLE,
  }, presentGroup);
}

export function getGroup(runtime: TenantRuntime, call: GraphCall, id: string): GraphResult {
  requirePermission(call.caller, PERMISSIONS.groupRead);
  const group = findGroup(runtime, id);
  if (!group) throw notFound(id);
  assertReplicated(runtime, group.id);
  return entityResult(call, 'groups', 'group', presentGroup(group));
}

export function listGroupMembers(runtime: TenantRuntime, call: GraphCall, id: string): GraphResult {
  requirePermission(call.caller, PERMISSIONS.groupRead);
  const group = findGroup(runtime, id);
  if (!group) throw notFound(id);
  assertReplicated(runtime, group.id);
  const members = group.members.flatMap((memberId): Array<Record<string, unknown>> => {
    const user = findUser(runtime, memberId);
    if (user) return [{ '@odata.type': '#microsoft.graph.user', ...structuredClone(user) }];
    const nested = findGroup(runtime, memberId);
    return nested ? [{ '@odata.type': '#microsoft.graph.group', ...presentGroup(nested) }] : [];
  });
  return collectionResult(runtime, call, members, {
    context: 'directoryObjects',
    typeName: 'directoryObject',
    resourceName: 'DirectoryObject',
    filterable: ['id', 'displayName'],
  });
}

function groupsContaining(runtime: TenantRuntime, memberId: string, transitive: boolean): GraphGroup[] {
  const found: GraphGroup[] = [];
  const queue = [memberId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const group of runtime.state.groups) {
      if (group.members.includes(current) && !found.includes(group)) {
        found.push(group);
        if (transitive) queue.push(group.id);
      }
    }
  }
  return found;
}

/** `/me/memberOf`, `/me/transitiveMemberOf` and `/users/{id}/…`, optionally cast to roles or groups. */
export function listMemberOf(
  runtime: TenantRuntime,
  call: GraphCall,
  user: GraphUser,
  transitive: boolean,
  cast: MemberOfCast,
): GraphResult {
  requirePermission(call.caller, PERMISSIONS.memberOf);
  const rows: Array<Record<string, unknown>> = [];
  if (cast !== 'microsoft.graph.directoryRole') {
    for (const group of groupsContaining(runtime, user.id, transitive)) {
      rows.push({ '@odata.type': '#microsoft.graph.group', ...presentGroup(group) });
    }
  }
  if (cast !== 'microsoft.graph.group') {
    for (const role of runtime.state.directoryRoles) {
      if (!role.members.includes(user.id)) continue;
      rows.push({
        '@odata.type': '#microsoft.graph.directoryRole',
        id: role.id,
        deletedDateTime: null,
        description: role.description,
        displayName: role.displayName,
        roleTemplateId: role.roleTemplateId,
      });
    }
  }
  const context = cast === 'microsoft.graph.directoryRole' ? 'directoryRoles' : cast === 'microsoft.graph.group' ? 'groups' : 'directoryObjects';
  return collectionResult(runtime, call, rows, {
    context,
    typeName: cast === 'microsoft.graph.directoryRole' ? 'directoryRole' : cast === 'microsoft.graph.group' ? 'group' : 'directoryObject',
    resourceName: 'DirectoryObject',
    filterable: ['id', 'displayName', 'roleTemplateId'],
  });
}

export function memberOfForMe(runtime: TenantRuntime, call: GraphCall, transitive: boolean, cast: MemberOfCast): GraphResult {
  return listMemberOf(runtime, call, signedInUser(runtime, call), transitive, cast);
}

export function memberOfForUser(
  runtime: TenantRuntime,
  call: GraphCall,
  idOrUpn: string,
  transitive: boolean,
  cast: MemberOfCast,
): GraphResult {
  requirePermission(call.caller, PERMISSIONS.userRead);
  const user = findUser(runtime, idOrUpn);
  if (!user) throw notFound(idOrUpn);
  assertReplicated(runtime, user.id, idOrUpn);
  return listMemberOf(runtime, call, user, transitive, cast);
}
