/**
 * Turns a verification into the ordered list of changes that would complete TonicDM's setup.
 * Pure: the same verification and options always give the same plan, and a tenant that is
 * already right plans nothing (except a new secret when asked for one).
 */
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../steps';
import type { RequiredResourceAccess } from './graphTypes';
import { redirectUris, type Verification } from './verifySetup';
import { appUniqueName, type RequiredGraphRole } from './wellKnownIds';

export type SetupActionKind = 'create-app' | 'update-app' | 'create-sp' | 'update-sp' | 'grant-role' | 'add-secret' | 'assign' | 'nothing';

export interface Assignee {
  id: string;
  type: 'user' | 'group';
  displayName: string;
}

/** The app registration body TonicDM needs; never carries credentials (Graph rejects them on create anyway). */
export interface AppBody {
  displayName?: string;
  signInAudience?: 'AzureADMyOrg';
  requiredResourceAccess?: RequiredResourceAccess[];
  web?: { redirectUris: string[] };
  spa?: { redirectUris: string[] };
  publicClient?: { redirectUris: string[] };
}

interface ActionBase {
  /** Stable across runs; checkpoints record finished keys. */
  key: string;
  /** `exists`: already right, listed so the admin sees the whole picture. */
  state: 'todo' | 'exists';
  /** One line for the admin. */
  title: string;
}

export type SetupAction =
  | (ActionBase & { kind: 'create-app'; body: AppBody; uniqueName: string })
  | (ActionBase & { kind: 'update-app'; body: AppBody })
  | (ActionBase & { kind: 'create-sp' })
  | (ActionBase & { kind: 'update-sp' })
  | (ActionBase & { kind: 'grant-role'; role: RequiredGraphRole; appRoleId: string })
  | (ActionBase & { kind: 'add-secret'; displayName: string; endDateTime: string })
  | (ActionBase & { kind: 'assign'; principal: Assignee })
  | (ActionBase & { kind: 'nothing' });

export interface SetupPlan {
  tenantId: string;
  /** Why the plan must not run (ambiguous app, unreadable Graph permissions); actions are then empty. */
  blocked?: string;
  warnings: string[];
  actions: SetupAction[];
  target: {
    /** The existing app, when verification found it. */
    app?: { id: string; appId: string };
    servicePrincipalId?: string;
    graphServicePrincipalId: string;
    uniqueName: string;
  };
}

export interface PlanOptions {
  newSecret: boolean;
  assignees: Assignee[];
  /** 1–24; Microsoft's portal maximum is 24 months, and TonicDM's guide asks for it. */
  secretLifetimeMonths?: number;
  now: Date;
}

export const DEFAULT_SECRET_LIFETIME_MONTHS = 24;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function planSetup(verification: Verification, options: PlanOptions): SetupPlan {
  const { facts } = verification;
  const tenantId = verification.tenant.id;
  const warnings: string[] = [];
  const months = options.secretLifetimeMonths ?? DEFAULT_SECRET_LIFETIME_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > 24) {
    throw new RangeError(`Secret lifetime must be 1–24 months, not ${months}.`);
  }
  const base = {
    tenantId,
    warnings,
    target: {
      ...(verification.app ? { app: { id: verification.app.id, appId: verification.app.appId } } : {}),
      ...(verification.app?.servicePrincipalId ? { servicePrincipalId: verification.app.servicePrincipalId } : {}),
      graphServicePrincipalId: facts.graph?.servicePrincipalId ?? '',
      uniqueName: appUniqueName(tenantId),
    },
  };

  if (facts.candidates.length > 1) {
    return { ...base, actions: [], blocked: `${facts.candidates.length} apps have TonicDM's name; choose which one to use before automating.` };
  }
  const roleIds = facts.graph?.roleIds ?? {};
  const missingRoleIds = REQUIRED_GRAPH_ROLES.filter((role) => !roleIds[role]);
  if (!facts.graph || missingRoleIds.length > 0) {
    return { ...base, actions: [], blocked: `Microsoft Graph's permission ids could not be resolved (${missingRoleIds.join(', ') || 'service principal unreadable'}).` };
  }

  const actions: SetupAction[] = [];
  const app = facts.application;
  const wanted = REQUIRED_GRAPH_ROLES.map((role) => ({ role, id: roleIds[role]! }));

  if (!app) {
    actions.push({
      key: 'create-app',
      kind: 'create-app',
      state: 'todo',
      title: `Register the app "${APP_NAME}" (single tenant, no redirect URIs) with Microsoft Graph application permissions ${REQUIRED_GRAPH_ROLES.join(', ')}.`,
      uniqueName: base.target.uniqueName,
      body: {
        displayName: APP_NAME,
        signInAudience: 'AzureADMyOrg',
        requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: wanted.map(({ id }) => ({ id, type: 'Role' })) }],
      },
    });
  } else {
    const body: AppBody = {};
    const changes: string[] = [];
    if (app.signInAudience !== 'AzureADMyOrg') {
      body.signInAudience = 'AzureADMyOrg';
      changes.push(`make it single tenant (was ${app.signInAudience ?? 'unset'})`);
    }
    if ((app.web?.redirectUris ?? []).length > 0) body.web = { redirectUris: [] };
    if ((app.spa?.redirectUris ?? []).length > 0) body.spa = { redirectUris: [] };
    if ((app.publicClient?.redirectUris ?? []).length > 0) body.publicClient = { redirectUris: [] };
    const uris = redirectUris(app);
    if (uris.length > 0) changes.push(`remove redirect URIs ${uris.join(', ')}`);
    const merged = mergeRequiredResourceAccess(app.requiredResourceAccess ?? [], wanted, facts.delegatedRoles.map((role) => facts.graph?.scopeIds[role]).filter(isString));
    if (merged.changed) {
      body.requiredResourceAccess = merged.value;
      if (merged.added.length > 0) changes.push(`add application permissions ${merged.added.join(', ')}`);
      if (facts.delegatedRoles.length > 0) changes.push(`remove delegated ${facts.delegatedRoles.join(', ')}`);
    }
    actions.push(
      changes.length > 0
        ? { key: 'update-app', kind: 'update-app', state: 'todo', title: `Update "${app.displayName}": ${changes.join('; ')}.`, body }
        : { key: 'update-app', kind: 'update-app', state: 'exists', title: `"${app.displayName}" is single tenant with the three application permissions.`, body: {} },
    );
  }

  const sp = facts.servicePrincipal;
  if (!sp) {
    actions.push({ key: 'create-sp', kind: 'create-sp', state: 'todo', title: 'Create the enterprise application with "Assignment required?" set to Yes.' });
  } else if (!sp.appRoleAssignmentRequired) {
    actions.push({ key: 'update-sp', kind: 'update-sp', state: 'todo', title: 'Set "Assignment required?" to Yes on the enterprise application.' });
  } else {
    actions.push({ key: 'update-sp', kind: 'update-sp', state: 'exists', title: 'The enterprise application exists and requires assignment.' });
  }

  for (const { role, id } of wanted) {
    const granted = facts.grantedRoles.includes(role);
    actions.push({
      key: `grant-role:${role}`,
      kind: 'grant-role',
      state: granted ? 'exists' : 'todo',
      title: granted ? `Admin consent for ${role} is granted.` : `Grant admin consent for ${role} (application permission).`,
      role,
      appRoleId: id,
    });
  }
  if (!verification.admin.canConsent && !REQUIRED_GRAPH_ROLES.every((role) => facts.grantedRoles.includes(role))) {
    warnings.push('Granting consent needs Global Administrator or Privileged Role Administrator, which your account does not have; that step will be refused.');
  }

  if (options.newSecret) {
    const renewal = (app?.passwordCredentials ?? []).length > 0;
    const displayName = renewal ? `${SECRET_DESCRIPTION} ${MONTHS[options.now.getUTCMonth()]} ${options.now.getUTCFullYear()}` : SECRET_DESCRIPTION;
    const endDateTime = addMonths(options.now, months).toISOString();
    actions.push({
      key: 'add-secret',
      kind: 'add-secret',
      state: 'todo',
      title: `Create the client secret "${displayName}", valid for ${months} months (until ${endDateTime.slice(0, 10)}).`,
      displayName,
      endDateTime,
    });
  } else if (verification.steps['client-secret'].status === 'verified') {
    actions.push({ key: 'add-secret', kind: 'add-secret', state: 'exists', title: verification.steps['client-secret'].reason, displayName: '', endDateTime: verification.secretExpiry ?? '' });
  } else {
    warnings.push(`${verification.steps['client-secret'].reason} TonicDM needs a valid secret; ask for a new one.`);
  }

  const assigned = new Set(facts.assignments.map((a) => a.principalId.toLowerCase()));
  for (const principal of dedupeAssignees(options.assignees)) {
    const exists = assigned.has(principal.id.toLowerCase());
    actions.push({
      key: `assign:${principal.id.toLowerCase()}`,
      kind: 'assign',
      state: exists ? 'exists' : 'todo',
      title: exists ? `${principal.displayName} is assigned.` : `Assign the ${principal.type} ${principal.displayName} to the app.`,
      principal,
    });
  }
  if (facts.assignments.length === 0 && options.assignees.length === 0) {
    warnings.push('No users or groups are assigned or picked; with "Assignment required?" = Yes nobody can sign in to the app.');
  }

  if (!actions.some((action) => action.state === 'todo')) {
    actions.push({ key: 'nothing', kind: 'nothing', state: 'exists', title: 'Everything Microsoft Graph can check is already set up.' });
  }
  return { ...base, actions };
}

/**
 * Adds the missing Graph application permissions and drops delegated duplicates of them, keeping
 * every other entry (other APIs, and the portal's default delegated User.Read).
 */
export function mergeRequiredResourceAccess(
  existing: readonly RequiredResourceAccess[],
  wanted: readonly { role: RequiredGraphRole; id: string }[],
  dropScopeIds: readonly string[],
): { value: RequiredResourceAccess[]; changed: boolean; added: RequiredGraphRole[] } {
  const drop = new Set(dropScopeIds.map((id) => id.toLowerCase()));
  const value: RequiredResourceAccess[] = [];
  let graphEntry: RequiredResourceAccess | undefined;
  let changed = false;
  for (const entry of existing) {
    const copy = { resourceAppId: entry.resourceAppId, resourceAccess: entry.resourceAccess.map((a) => ({ id: a.id, type: a.type })) };
    if (entry.resourceAppId === MICROSOFT_GRAPH_APP_ID) {
      const kept = copy.resourceAccess.filter((a) => !(a.type === 'Scope' && drop.has(a.id.toLowerCase())));
      if (kept.length !== copy.resourceAccess.length) changed = true;
      copy.resourceAccess = kept;
      if (!graphEntry) graphEntry = copy;
    }
    value.push(copy);
  }
  if (!graphEntry) {
    graphEntry = { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [] };
    value.push(graphEntry);
  }
  const added: RequiredGraphRole[] = [];
  for (const { role, id } of wanted) {
    const present = value.some(
      (entry) => entry.resourceAppId === MICROSOFT_GRAPH_APP_ID && entry.resourceAccess.some((a) => a.type === 'Role' && a.id.toLowerCase() === id.toLowerCase()),
    );
    if (!present) {
      graphEntry.resourceAccess.push({ id, type: 'Role' });
      added.push(role);
      changed = true;
    }
  }
  return { value, changed, added };
}

/** Calendar months in UTC, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

function dedupeAssignees(assignees: readonly Assignee[]): Assignee[] {
  const seen = new Set<string>();
  return assignees.filter((a) => {
    const id = a.id.toLowerCase();
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}
