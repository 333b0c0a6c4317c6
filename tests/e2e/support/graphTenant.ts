/**
 * Puts the fake tenant into the states the Graph tests start from, and reads back what a run left
 * there: TonicDM's app, its service principal, consent grants, secrets and assignments.
 */
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../../../utils/steps';
import type { FakeTenant, GraphApplication, GraphServicePrincipal, LoggedRequest } from '../../fake-tenant/types';

const DAY = 86_400_000;

export interface ManualSetup {
  /** How the three Graph permissions were added; 'delegated' adds those Graph offers as delegated that way. */
  permissions?: 'application' | 'delegated';
  consent?: boolean;
  assignmentRequired?: boolean;
  assignUser?: boolean;
  /** Who registered it; default the signed-in admin, as in the portal. */
  owners?: string[];
  /** Whether a client secret was added (by hand, so the assistant did not create it); default true. */
  secret?: boolean;
}

export function graphServicePrincipal(tenant: FakeTenant): GraphServicePrincipal {
  const sp = tenant.state.servicePrincipals.find((s) => s.appId === MICROSOFT_GRAPH_APP_ID);
  if (!sp) throw new Error('the fake tenant has no Microsoft Graph service principal');
  return sp;
}

/** A tenant where an admin followed the guide by hand (or, with options, made a mistake). */
export function seedManualSetup(tenant: FakeTenant, setup: ManualSetup = {}): { application: GraphApplication; servicePrincipal: GraphServicePrincipal } {
  const graph = graphServicePrincipal(tenant);
  const permissions = setup.permissions ?? 'application';
  // The portal mistake: a permission picked under "Delegated permissions" (where Graph has a delegated twin).
  const access = REQUIRED_GRAPH_ROLES.map((role) => {
    const scope = graph.oauth2PermissionScopes.find((s) => s.value === role);
    return permissions === 'delegated' && scope
      ? { id: scope.id, type: 'Scope' as const }
      : { id: graph.appRoles.find((r) => r.value === role)!.id, type: 'Role' as const };
  });
  const { application, servicePrincipal } = tenant.addApplication({
    displayName: APP_NAME,
    signInAudience: 'AzureADMyOrg',
    requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: access }],
    withServicePrincipal: true,
    appRoleAssignmentRequired: setup.assignmentRequired ?? true,
    owners: setup.owners ?? [tenant.state.signedInUserId],
  });
  const sp = servicePrincipal!;
  const now = Date.now();
  if ((setup.consent ?? true) && permissions === 'application') {
    for (const role of REQUIRED_GRAPH_ROLES) {
      tenant.state.appRoleAssignments.push({
        id: `seed-grant-${role}`,
        appRoleId: graph.appRoles.find((r) => r.value === role)!.id,
        createdDateTime: new Date(now - DAY).toISOString(),
        deletedDateTime: null,
        principalDisplayName: sp.displayName,
        principalId: sp.id,
        principalType: 'ServicePrincipal',
        resourceDisplayName: graph.displayName,
        resourceId: graph.id,
      });
    }
  }
  if (setup.secret ?? true) {
    application.passwordCredentials.push({
      customKeyIdentifier: null,
      displayName: SECRET_DESCRIPTION,
      endDateTime: new Date(now + 600 * DAY).toISOString(),
      hint: 'xY1',
      keyId: '0b6f3c1e-5a2d-4e8f-9c7b-1d3e5f7a9b2c',
      secretText: null,
      startDateTime: new Date(now - 130 * DAY).toISOString(),
    });
  }
  if (setup.assignUser ?? true) {
    const user = tenant.state.users.find((u) => u.displayName === 'Adele Vance')!;
    tenant.state.appRoleAssignments.push({
      id: 'seed-assign-adele',
      appRoleId: '00000000-0000-0000-0000-000000000000',
      createdDateTime: new Date(now - DAY).toISOString(),
      deletedDateTime: null,
      principalDisplayName: user.displayName,
      principalId: user.id,
      principalType: 'User',
      resourceDisplayName: sp.displayName,
      resourceId: sp.id,
    });
  }
  return { application, servicePrincipal: sp };
}

/** Everything that concerns TonicDM's app, for "exactly one of each" assertions. */
export function tonicObjects(tenant: FakeTenant) {
  const apps = tenant.state.applications.filter((a) => a.displayName === APP_NAME);
  const appIds = new Set(apps.map((a) => a.appId));
  const sps = tenant.state.servicePrincipals.filter((s) => appIds.has(s.appId));
  const spIds = new Set(sps.map((s) => s.id));
  const graphId = graphServicePrincipal(tenant).id;
  const grants = tenant.state.appRoleAssignments.filter((a) => spIds.has(a.principalId) && a.resourceId === graphId);
  const assignments = tenant.state.appRoleAssignments.filter((a) => spIds.has(a.resourceId));
  return { apps, sps, grants, assignments, secrets: apps.flatMap((a) => a.passwordCredentials) };
}

/** Graph writes (batch items included, the `$batch` envelopes themselves excluded) logged since `from`. */
export function graphWrites(tenant: FakeTenant, from = 0): LoggedRequest[] {
  return tenant.log
    .slice(from)
    .filter((e) => e.url.startsWith('https://graph.microsoft.com/') && !e.url.endsWith('/$batch') && ['POST', 'PATCH', 'DELETE'].includes(e.method));
}

/** Graph writes since `from` that change a squatted app or its enterprise app, or grant to it. */
export function writesTouching(tenant: FakeTenant, objectIds: readonly (string | undefined)[], from = 0): LoggedRequest[] {
  const ids = objectIds.filter((id): id is string => !!id).map((id) => id.toLowerCase());
  return graphWrites(tenant, from).filter((e) => {
    const text = `${decodeURIComponent(e.url)} ${JSON.stringify(e.body ?? {})}`.toLowerCase();
    return ids.some((id) => text.includes(id));
  });
}
