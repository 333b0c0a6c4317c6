/**
 * Turns a verification and the admin's choice of app into the ordered list of changes that would
 * complete TonicDM's setup. Pure: the same inputs always give the same plan, and a tenant that is
 * already right plans nothing (except a new secret when asked for one). An existing app is planned
 * for only when the admin chose it (appChoice.ts); otherwise the plan is blocked or creates a new app.
 */
import { i18n } from '#i18n';
import { formatDay } from '../i18n/dates';
import { joinClauses, joinList } from '../i18n/lists';
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../steps';
import { choiceProblem, defaultAppChoice, type AppChoice } from './appChoice';
import { renewedSecretName } from './secretName';
import type { RequiredResourceAccess } from './graphTypes';
import { redirectUris, type Verification } from './verifySetup';
import type { RequiredGraphRole } from './wellKnownIds';

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
  | (ActionBase & { kind: 'create-app'; body: AppBody })
  | (ActionBase & { kind: 'update-app'; body: AppBody })
  | (ActionBase & { kind: 'create-sp' })
  | (ActionBase & { kind: 'update-sp' })
  | (ActionBase & { kind: 'grant-role'; role: RequiredGraphRole; appRoleId: string })
  | (ActionBase & { kind: 'add-secret'; displayName: string; endDateTime: string })
  | (ActionBase & { kind: 'assign'; principal: Assignee })
  | (ActionBase & { kind: 'nothing' });

export interface SetupPlan {
  tenantId: string;
  /** Object id of the signed-in admin, who must be the only owner of an app this run adopts. */
  signedInUserId?: string;
  /** Why the plan must not run (no app chosen, risk not confirmed, unreadable Graph permissions); actions are then empty. */
  blocked?: string;
  warnings: string[];
  actions: SetupAction[];
  target: {
    /** The existing app the admin chose; absent when the run creates one. */
    app?: { id: string; appId: string };
    servicePrincipalId?: string;
    graphServicePrincipalId: string;
    /** How the admin approved changes to `app`: picked it, or picked it and confirmed its risk. */
    approval?: 'chosen' | 'confirmed-risk';
    /** The app's owners and credentials as the admin saw them; checked again right before the first change. */
    fingerprint?: string;
    /** Credentials on it the assistant vouched for when the plan was made (left out of the fingerprint). */
    knownCredentialIds?: string[];
  };
}

export interface PlanOptions {
  /** The app to set up; default defaultAppChoice (a new app, or the admin's own when it is the only one). */
  app?: AppChoice;
  newSecret: boolean;
  assignees: Assignee[];
  /** 1–24; Microsoft's portal maximum is 24 months, and TonicDM's guide asks for it. */
  secretLifetimeMonths?: number;
  now: Date;
}

export const DEFAULT_SECRET_LIFETIME_MONTHS = 24;

export function planSetup(verification: Verification, options: PlanOptions): SetupPlan {
  const { facts } = verification;
  const tenantId = verification.tenant.id;
  const warnings: string[] = [];
  const months = options.secretLifetimeMonths ?? DEFAULT_SECRET_LIFETIME_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > 24) {
    throw new RangeError(`Secret lifetime must be 1–24 months, not ${months}.`);
  }
  const choice = options.app ?? defaultAppChoice(verification);
  const problem = choiceProblem(verification, choice);
  const chosen = choice?.kind === 'existing' && !problem ? verification.app : undefined;
  const base = {
    tenantId,
    ...(facts.meId ? { signedInUserId: facts.meId } : {}),
    warnings,
    target: {
      ...(chosen ? { app: { id: chosen.id, appId: chosen.appId } } : {}),
      ...(chosen?.servicePrincipalId ? { servicePrincipalId: chosen.servicePrincipalId } : {}),
      graphServicePrincipalId: facts.graph?.servicePrincipalId ?? '',
      ...(chosen
        ? {
            approval: chosen.trust.level === 'risk' ? ('confirmed-risk' as const) : ('chosen' as const),
            fingerprint: chosen.trust.fingerprint,
            knownCredentialIds: chosen.trust.credentials.filter((c) => c.known).map((c) => c.id),
          }
        : {}),
    },
  };

  if (problem) return { ...base, actions: [], blocked: problem };
  const roleIds = facts.graph?.roleIds ?? {};
  const missingRoleIds = REQUIRED_GRAPH_ROLES.filter((role) => !roleIds[role]);
  if (!facts.graph || missingRoleIds.length > 0) {
    return { ...base, actions: [], blocked: i18n.t('planSetup.unresolved', [missingRoleIds.length > 0 ? joinList(missingRoleIds) : i18n.t('planSetup.spUnreadable')]) };
  }

  const actions: SetupAction[] = [];
  // A new app starts from nothing, whatever else carries the name.
  const existing = chosen !== undefined;
  const app = existing ? facts.application : undefined;
  const sp = existing ? facts.servicePrincipal : undefined;
  const grantedRoles = existing ? facts.grantedRoles : [];
  const assignments = existing ? facts.assignments : [];
  const delegated = existing ? facts.delegatedRoles : [];
  if (!existing && verification.candidates.length > 0) {
    warnings.push(i18n.t('planSetup.besideOthers', verification.candidates.length, [APP_NAME, String(verification.candidates.length)]));
  }
  const wanted = REQUIRED_GRAPH_ROLES.map((role) => ({ role, id: roleIds[role]! }));

  if (!app) {
    actions.push({
      key: 'create-app',
      kind: 'create-app',
      state: 'todo',
      title: i18n.t('planSetup.createApp', [APP_NAME, joinList(REQUIRED_GRAPH_ROLES)]),
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
      changes.push(i18n.t('planSetup.makeSingleTenant', [app.signInAudience ?? i18n.t('planSetup.unset')]));
    }
    if ((app.web?.redirectUris ?? []).length > 0) body.web = { redirectUris: [] };
    if ((app.spa?.redirectUris ?? []).length > 0) body.spa = { redirectUris: [] };
    if ((app.publicClient?.redirectUris ?? []).length > 0) body.publicClient = { redirectUris: [] };
    const uris = redirectUris(app);
    if (uris.length > 0) changes.push(i18n.t('planSetup.removeRedirectUris', [joinList(uris)]));
    const merged = mergeRequiredResourceAccess(app.requiredResourceAccess ?? [], wanted, delegated.map((role) => facts.graph?.scopeIds[role]).filter(isString));
    if (merged.changed) {
      body.requiredResourceAccess = merged.value;
      if (merged.added.length > 0) changes.push(i18n.t('planSetup.addPermissions', [joinList(merged.added)]));
      if (delegated.length > 0) changes.push(i18n.t('planSetup.removeDelegated', [joinList(delegated)]));
    }
    actions.push(
      changes.length > 0
        ? { key: 'update-app', kind: 'update-app', state: 'todo', title: i18n.t('planSetup.updateApp', [app.displayName, joinClauses(changes)]), body }
        : { key: 'update-app', kind: 'update-app', state: 'exists', title: i18n.t('planSetup.appFine', [app.displayName]), body: {} },
    );
  }

  if (!sp) {
    actions.push({ key: 'create-sp', kind: 'create-sp', state: 'todo', title: i18n.t('planSetup.createSp') });
  } else if (!sp.appRoleAssignmentRequired) {
    actions.push({ key: 'update-sp', kind: 'update-sp', state: 'todo', title: i18n.t('planSetup.updateSp') });
  } else {
    actions.push({ key: 'update-sp', kind: 'update-sp', state: 'exists', title: i18n.t('planSetup.spFine') });
  }

  for (const { role, id } of wanted) {
    const granted = grantedRoles.includes(role);
    actions.push({
      key: `grant-role:${role}`,
      kind: 'grant-role',
      state: granted ? 'exists' : 'todo',
      title: granted ? i18n.t('planSetup.consentGranted', [role]) : i18n.t('planSetup.grantConsent', [role]),
      role,
      appRoleId: id,
    });
  }
  if (!verification.admin.canConsent && !REQUIRED_GRAPH_ROLES.every((role) => grantedRoles.includes(role))) {
    warnings.push(i18n.t('planSetup.consentRole'));
  }

  if (options.newSecret) {
    const renewal = (app?.passwordCredentials ?? []).length > 0;
    const displayName = renewal ? renewedSecretName(options.now) : SECRET_DESCRIPTION;
    const endDateTime = addMonths(options.now, months).toISOString();
    actions.push({
      key: 'add-secret',
      kind: 'add-secret',
      state: 'todo',
      title: i18n.t('planSetup.addSecret', months, [displayName, String(months), formatDay(endDateTime)]),
      displayName,
      endDateTime,
    });
  } else if (existing && verification.steps['client-secret'].status === 'verified') {
    actions.push({ key: 'add-secret', kind: 'add-secret', state: 'exists', title: verification.steps['client-secret'].reason, displayName: '', endDateTime: verification.secretExpiry ?? '' });
  } else {
    warnings.push(existing ? i18n.t('planSetup.needsSecret', [verification.steps['client-secret'].reason]) : i18n.t('planSetup.newAppNeedsSecret'));
  }

  const assigned = new Set(assignments.map((a) => a.principalId.toLowerCase()));
  for (const principal of dedupeAssignees(options.assignees)) {
    const exists = assigned.has(principal.id.toLowerCase());
    actions.push({
      key: `assign:${principal.id.toLowerCase()}`,
      kind: 'assign',
      state: exists ? 'exists' : 'todo',
      title: exists ? i18n.t('planSetup.assigned', [principal.displayName]) : principal.type === 'group' ? i18n.t('planSetup.assignGroup', [principal.displayName]) : i18n.t('planSetup.assignUser', [principal.displayName]),
      principal,
    });
  }
  if (assignments.length === 0 && options.assignees.length === 0) {
    warnings.push(i18n.t('planSetup.noAssignees'));
  }

  if (!actions.some((action) => action.state === 'todo')) {
    actions.push({ key: 'nothing', kind: 'nothing', state: 'exists', title: i18n.t('planSetup.nothing') });
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
