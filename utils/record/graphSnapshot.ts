/**
 * What a Microsoft Graph check showed about TonicDM's app, kept with the setup so the change-ticket
 * record and the reminders have it after the panel (and its sign-in) is gone. Ids, names and
 * yes/no facts only: Graph never lists a secret's Value, and nothing here could carry one.
 */
import type { GraphAccount } from '../auth/createGraphAuth';
import type { Verification } from '../graph/verifySetup';
import { secretInUse, type CredentialInUse, type KnownSecret } from '../renewal/secretInUse';
import type { AppRecord } from '../setup/setupState';
import { MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES } from '../steps';
import { adminLabel } from './adminLabel';

export type RequiredRole = (typeof REQUIRED_GRAPH_ROLES)[number];

export interface GraphAssignee {
  id: string;
  type: 'User' | 'Group';
  name: string;
}

export interface GraphSnapshot {
  /** Epoch ms of the check. */
  checkedAt: number;
  /** The signed-in admin who ran it. */
  checkedBy?: string;
  /** Object ID of the app registration. */
  objectId?: string;
  /** Object ID of the enterprise application (service principal). */
  servicePrincipalId?: string;
  /** Required permissions added as application permissions; absent when Graph's list could not be read. */
  configuredRoles?: RequiredRole[];
  /** Required permissions with admin consent; absent when unknown. */
  grantedRoles?: RequiredRole[];
  /** "Assignment required?"; absent without a service principal. */
  assignmentRequired?: boolean;
  /** Assigned users and groups (at most MAX_ASSIGNEES); absent when they could not be read. */
  assignees?: GraphAssignee[];
  /** How many are assigned in all, when more than the list holds. */
  assigneeCount?: number;
}

export const MAX_ASSIGNEES = 200;
const SHORT = 200;

export function graphSnapshot(verification: Verification, checkedBy: string | undefined): GraphSnapshot {
  const { facts, steps, app } = verification;
  const checkedAt = Date.parse(facts.checkedAt);
  const snapshot: GraphSnapshot = { checkedAt: Number.isNaN(checkedAt) ? 0 : checkedAt };
  if (checkedBy) snapshot.checkedBy = checkedBy.slice(0, SHORT);
  if (app?.id) snapshot.objectId = app.id;
  if (app?.servicePrincipalId) snapshot.servicePrincipalId = app.servicePrincipalId;
  if (facts.graph && facts.application) {
    const roleIds = facts.graph.roleIds;
    const added = new Set(
      (facts.application.requiredResourceAccess ?? [])
        .filter((entry) => entry.resourceAppId === MICROSOFT_GRAPH_APP_ID)
        .flatMap((entry) => entry.resourceAccess.filter((access) => access.type === 'Role').map((access) => access.id.toLowerCase())),
    );
    snapshot.configuredRoles = REQUIRED_GRAPH_ROLES.filter((role) => roleIds[role] && added.has(roleIds[role]!.toLowerCase()));
  }
  if (facts.servicePrincipal && steps['admin-consent'].status !== 'unknown') snapshot.grantedRoles = [...facts.grantedRoles];
  if (facts.servicePrincipal) snapshot.assignmentRequired = facts.servicePrincipal.appRoleAssignmentRequired;
  if (facts.servicePrincipal && steps['assign-users'].status !== 'unknown') {
    snapshot.assignees = facts.assignments.slice(0, MAX_ASSIGNEES).map((a) => ({
      id: a.principalId,
      type: a.principalType,
      name: (a.principalDisplayName || a.principalId).slice(0, SHORT),
    }));
    if (facts.assignments.length > MAX_ASSIGNEES) snapshot.assigneeCount = facts.assignments.length;
  }
  return snapshot;
}

/** What the setup already knows about its secret, for recognising it among the app's secrets. */
export function knownSecret(app: AppRecord | undefined, recentKeyId?: string): KnownSecret {
  return {
    ...(recentKeyId ? { keyId: recentKeyId } : app?.credential?.keyId ? { keyId: app.credential.keyId } : {}),
    ...(app?.credential?.hint ? { hint: app.credential.hint } : {}),
    ...(app?.expiry?.iso ? { expiryIso: app.expiry.iso } : {}),
  };
}

/** The secret TonicDM uses among those Graph listed for the verified app. */
export function credentialInUse(verification: Verification, app: AppRecord | undefined, recentKeyId?: string): CredentialInUse | undefined {
  const listed = verification.facts.application?.passwordCredentials ?? [];
  const same = app && verification.app && app.clientId.toLowerCase() === verification.app.appId.toLowerCase() ? app : undefined;
  return secretInUse(listed, knownSecret(same, recentKeyId));
}

/**
 * The optional fields a Graph check adds to `panel/graph-result`: the tenant's name, the snapshot,
 * and the secret in use (its expiry is the one reminders follow).
 */
export function graphResultFields(
  verification: Verification,
  setupApps: Record<string, AppRecord>,
  account: Pick<GraphAccount, 'username' | 'name'> | undefined,
  recentKeyId?: string,
): { tenantName?: string; graph: GraphSnapshot; credential?: { keyId: string; hint?: string; description?: string; endIso: string } } {
  const appRecord = verification.app ? setupApps[verification.app.appId.toLowerCase()] ?? setupApps[verification.app.appId] : undefined;
  const inUse = credentialInUse(verification, appRecord, recentKeyId);
  const tenantName = verification.tenant.displayName.slice(0, SHORT);
  return {
    ...(tenantName ? { tenantName } : {}),
    graph: graphSnapshot(verification, adminLabel(account) ?? (verification.admin.upn || undefined)),
    ...(inUse
      ? {
          credential: {
            keyId: inUse.keyId,
            ...(inUse.hint ? { hint: inUse.hint.slice(0, 8) } : {}),
            ...(inUse.description ? { description: inUse.description.slice(0, SHORT) } : {}),
            endIso: inUse.endIso,
          },
        }
      : {}),
  };
}
