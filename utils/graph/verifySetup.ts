/**
 * Reads the tenant through Microsoft Graph and says, step by step, whether TonicDM's setup is done.
 * Independent reads share one `$batch`, so a full check usually costs two sequential round trips
 * (one when the app does not exist yet, three when its service principal was renamed).
 */
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, STEP_IDS, type StepId } from '../steps';
import type { GraphError } from './graphError';
import type { BatchOutcome, GraphCall, GraphTransport } from './graphTransport';
import type {
  AppRoleAssignment,
  DirectoryRole,
  GraphApplication,
  GraphCollection,
  GraphServicePrincipal,
  PasswordCredentialInfo,
  RequiredResourceAccess,
} from './graphTypes';
import {
  appUniqueName,
  CONSENT_ROLE_NAMES,
  CONSENT_ROLE_TEMPLATE_IDS,
  LEGACY_APP_NAME,
  WELL_KNOWN_GRAPH_ROLE_IDS,
  type RequiredGraphRole,
} from './wellKnownIds';

export type CheckStatus = 'verified' | 'missing' | 'wrong' | 'unknown';

export interface StepCheck {
  status: CheckStatus;
  reason: string;
}

export interface VerifiedApp {
  /** Object id of the app registration. */
  id: string;
  /** Application (client) ID. */
  appId: string;
  displayName: string;
  /** Object id of the enterprise application (service principal), when it exists. */
  servicePrincipalId?: string;
  uniqueName?: string | null;
}

export interface AssignedPrincipal {
  principalId: string;
  principalType: 'User' | 'Group';
  principalDisplayName: string;
}

/** Raw findings planSetup builds on. Holds no secret: Graph never lists secret values. */
export interface VerificationFacts {
  checkedAt: string;
  /** Object id of the signed-in admin. */
  meId?: string;
  graph?: {
    servicePrincipalId: string;
    /** Application-permission ids resolved from the Graph service principal's appRoles. */
    roleIds: Partial<Record<RequiredGraphRole, string>>;
    /** Delegated-permission ids (oauth2PermissionScopes) by value, for the roles TonicDM needs. */
    scopeIds: Partial<Record<RequiredGraphRole, string>>;
  };
  application?: GraphApplication;
  servicePrincipal?: { id: string; appRoleAssignmentRequired: boolean };
  grantedRoles: RequiredGraphRole[];
  delegatedRoles: RequiredGraphRole[];
  assignments: AssignedPrincipal[];
  /** More than one app carries the name and none was identified by client ID. */
  candidates: { id: string; appId: string; displayName: string }[];
}

export interface Verification {
  tenant: { id: string; displayName: string };
  admin: { upn: string; roles: string[]; canConsent: boolean };
  app?: VerifiedApp;
  steps: Record<StepId, StepCheck>;
  /** Latest password-credential expiry (ISO-8601 UTC). */
  secretExpiry?: string;
  warnings: string[];
  /** Sequential Graph round trips this check used. */
  roundTrips: number;
  facts: VerificationFacts;
}

export interface VerifyOptions {
  /** Client ID captured earlier; preferred over the display name. */
  appId?: string;
  appName?: string;
  /** Reference time for secret expiry; defaults to the transport clock. */
  now?: Date;
  /**
   * A secret this assistant has just added. Reads can lag behind the write for a while, so a
   * credential missing from the app is taken from the addPassword answer instead.
   */
  recentSecret?: { keyId: string; endDateTime: string };
}

const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
const SP_SELECT = 'id,appId,displayName,appRoleAssignmentRequired';

export async function verifySetup(transport: GraphTransport, options: VerifyOptions = {}): Promise<Verification> {
  const startRounds = transport.stats.roundTrips;
  const now = options.now ?? new Date(transport.now());
  const appName = options.appName ?? APP_NAME;
  const capturedAppId = options.appId?.trim().toLowerCase() || undefined;
  const warnings: string[] = [];

  // Round 1: everything that needs no id from another read.
  const first: Record<string, GraphCall> = {
    organization: { method: 'GET', path: '/organization', query: { $select: 'id,displayName' } },
    me: { method: 'GET', path: '/me', query: { $select: 'id,userPrincipalName' } },
    roles: {
      method: 'GET',
      path: '/me/transitiveMemberOf/microsoft.graph.directoryRole',
      query: { $select: 'id,displayName,roleTemplateId' },
    },
    graphSp: {
      method: 'GET',
      path: '/servicePrincipals',
      query: { $filter: `appId eq '${MICROSOFT_GRAPH_APP_ID}'`, $select: 'id,appId,appRoles,oauth2PermissionScopes' },
    },
    // No $select: web/spa/publicClient are sub-objects whose absence some directories report as an error.
    appsByName: { method: 'GET', path: '/applications', query: { $filter: `displayName eq ${odataString(appName)}` } },
  };
  if (appName === APP_NAME) {
    first.appsByLegacyName = { method: 'GET', path: '/applications', query: { $filter: `displayName eq ${odataString(LEGACY_APP_NAME)}` } };
  }
  if (!capturedAppId) {
    // A service principal keeps the name its app had when created; matching it here usually saves a round trip.
    const names = appName === APP_NAME ? [appName, LEGACY_APP_NAME] : [appName];
    first.spsByName = {
      method: 'GET',
      path: '/servicePrincipals',
      query: { $filter: names.map((name) => `displayName eq ${odataString(name)}`).join(' or '), $select: SP_SELECT },
    };
  } else {
    first.appById = { method: 'GET', path: '/applications', query: { $filter: `appId eq ${odataString(capturedAppId)}` } };
    first.spByAppId = spByAppIdCall(capturedAppId);
  }
  const r1 = await batchByKey(transport, first);

  const organization = firstOf<{ id: string; displayName?: string }>(r1.organization);
  if (!organization) {
    throw r1.organization?.ok === false ? r1.organization.error : new Error('Microsoft Graph returned no organization for this account.');
  }
  const tenant = { id: organization.id, displayName: organization.displayName ?? '' };

  const me = okBody<{ id: string; userPrincipalName?: string }>(r1.me);
  if (!me) warnings.push(`Could not read the signed-in account: ${explain(r1.me)}`);

  const admin = adminFrom(r1.roles, warnings);
  const facts: VerificationFacts = {
    checkedAt: now.toISOString(),
    ...(me?.id ? { meId: me.id } : {}),
    grantedRoles: [],
    delegatedRoles: [],
    assignments: [],
    candidates: [],
  };

  const graphSp = firstOf<GraphServicePrincipal>(r1.graphSp);
  if (graphSp) facts.graph = resolveGraphPermissions(graphSp, warnings);
  else warnings.push(`Could not read Microsoft Graph's service principal: ${explain(r1.graphSp)}`);

  // Which app is TonicDM's: the captured client ID wins; otherwise the name must be unambiguous.
  const appsRead = r1.appsByName?.ok !== false;
  let app: GraphApplication | undefined = capturedAppId ? firstOf<GraphApplication>(r1.appById) : undefined;
  if (capturedAppId && !app && r1.appById?.ok) {
    warnings.push(`No app registration has the client ID ${capturedAppId}; looked for "${appName}" instead.`);
  }
  if (!app) {
    const named = dedupeById([...listOf<GraphApplication>(r1.appsByName), ...listOf<GraphApplication>(r1.appsByLegacyName)]);
    const ours = named.filter((a) => a.uniqueName === appUniqueName(tenant.id));
    if (named.length === 1) app = named[0];
    else if (ours.length === 1) {
      app = ours[0];
      warnings.push(`${named.length} apps are named "${appName}"; using the one this assistant created (client ID ${app?.appId}).`);
    } else if (named.length > 1) {
      facts.candidates = named.map((a) => ({ id: a.id, appId: a.appId, displayName: a.displayName }));
      warnings.push(
        `${named.length} app registrations are named "${appName}" (client IDs ${named.map((a) => a.appId).join(', ')}). Pick the one TonicDM uses, or delete the extras.`,
      );
    }
    if (app && app.displayName === LEGACY_APP_NAME && appName === APP_NAME) {
      warnings.push(`The app is named "${LEGACY_APP_NAME}" (the guide's older spelling); that works.`);
    }
  }
  if (app) {
    facts.application = withoutSecrets(app);
    const recent = options.recentSecret;
    const passwords = facts.application.passwordCredentials ?? [];
    if (recent && !passwords.some((p) => p.keyId.toLowerCase() === recent.keyId.toLowerCase())) {
      passwords.push({ keyId: recent.keyId, displayName: null, hint: null, startDateTime: null, endDateTime: recent.endDateTime });
      warnings.push('The new client secret is not visible in Microsoft Graph yet; it usually appears within minutes.');
    }
    app = facts.application;
  }

  // Rounds 2–3: the service principal, then what hangs off it.
  let sp: GraphServicePrincipal | undefined;
  let spError: BatchOutcome | undefined;
  let grants: BatchOutcome | undefined;
  let assigned: BatchOutcome | undefined;
  if (app) {
    const appId = app.appId.toLowerCase();
    const spByName = listOf<GraphServicePrincipal>(r1.spsByName).find((candidate) => candidate.appId.toLowerCase() === appId);
    if (capturedAppId === appId && r1.spByAppId?.ok) {
      sp = firstOf<GraphServicePrincipal>(r1.spByAppId);
    } else if (spByName) {
      sp = spByName;
    } else {
      const r2 = await batchByKey(transport, { sp: spByAppIdCall(app.appId) });
      sp = firstOf<GraphServicePrincipal>(r2.sp);
      if (r2.sp?.ok === false) spError = r2.sp;
    }
    if (sp) {
      const r3 = await batchByKey(transport, {
        grants: { method: 'GET', path: `/servicePrincipals/${sp.id}/appRoleAssignments` },
        assigned: { method: 'GET', path: `/servicePrincipals/${sp.id}/appRoleAssignedTo`, query: { $top: 999 } },
      });
      grants = r3.grants;
      assigned = r3.assigned;
      facts.servicePrincipal = { id: sp.id, appRoleAssignmentRequired: sp.appRoleAssignmentRequired === true };
    }
  }

  if (facts.graph && grants?.ok) {
    const granted = new Set(
      listOf<AppRoleAssignment>(grants)
        .filter((a) => a.resourceId === facts.graph?.servicePrincipalId)
        .map((a) => a.appRoleId),
    );
    facts.grantedRoles = REQUIRED_GRAPH_ROLES.filter((role) => {
      const id = facts.graph?.roleIds[role];
      return id !== undefined && granted.has(id);
    });
  }
  if (assigned?.ok) {
    facts.assignments = listOf<AppRoleAssignment>(assigned)
      .filter((a): a is AppRoleAssignment & { principalType: 'User' | 'Group' } => a.principalType === 'User' || a.principalType === 'Group')
      .map((a) => ({ principalId: a.principalId, principalType: a.principalType, principalDisplayName: a.principalDisplayName ?? '' }));
  }
  if (app) facts.delegatedRoles = delegatedRoles(app.requiredResourceAccess ?? [], facts.graph);

  const secretExpiry = latestExpiry(app?.passwordCredentials ?? []);
  const steps = stepChecks({
    tenantId: tenant.id,
    app,
    appsRead,
    appsError: r1.appsByName,
    sp,
    spError,
    grants,
    assigned,
    facts,
    secretExpiry,
    now,
    appName,
  });
  if (!admin.canConsent && steps['admin-consent'].status !== 'verified') {
    warnings.push(
      'Your account is neither Global Administrator nor Privileged Role Administrator, so it cannot grant Microsoft Graph application permissions. Ask someone with one of those roles to grant consent.',
    );
  }

  return {
    tenant,
    admin: { upn: me?.userPrincipalName ?? '', roles: admin.roles, canConsent: admin.canConsent },
    ...(app
      ? {
          app: {
            id: app.id,
            appId: app.appId,
            displayName: app.displayName,
            uniqueName: app.uniqueName ?? null,
            ...(sp ? { servicePrincipalId: sp.id } : {}),
          },
        }
      : {}),
    steps,
    ...(secretExpiry ? { secretExpiry } : {}),
    warnings,
    roundTrips: transport.stats.roundTrips - startRounds,
    facts,
  };
}

interface StepInputs {
  tenantId: string;
  app: GraphApplication | undefined;
  appsRead: boolean;
  appsError: BatchOutcome | undefined;
  sp: GraphServicePrincipal | undefined;
  spError: BatchOutcome | undefined;
  grants: BatchOutcome | undefined;
  assigned: BatchOutcome | undefined;
  facts: VerificationFacts;
  secretExpiry: string | undefined;
  now: Date;
  appName: string;
}

function stepChecks(input: StepInputs): Record<StepId, StepCheck> {
  const { app, sp, facts, now } = input;
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, unknown('Not checked.')])) as Record<StepId, StepCheck>;
  steps['tonicdm-setup'] = unknown('Microsoft Graph cannot see TonicDM; confirm that Go was pressed on Security Set Up.');
  steps['scope-mailboxes'] = unknown('Exchange Online mailbox scoping is not visible through Microsoft Graph.');

  if (!input.appsRead) {
    const reason = `Could not read app registrations: ${explain(input.appsError)}`;
    for (const id of ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
      steps[id] = unknown(reason);
    }
    return steps;
  }
  if (!app) {
    if (facts.candidates.length > 1) {
      const reason = `${facts.candidates.length} apps are named "${input.appName}"; which one TonicDM uses is unclear.`;
      steps.register = { status: 'wrong', reason };
      for (const id of ['copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
        steps[id] = unknown(reason);
      }
      return steps;
    }
    const reason = `No app registration named "${input.appName}".`;
    for (const id of ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
      steps[id] = { status: 'missing', reason };
    }
    return steps;
  }

  steps.register = registerCheck(app);
  steps['copy-ids'] = { status: 'verified', reason: `Client ID ${app.appId}, tenant ID ${input.tenantId}.` };
  steps['api-permissions'] = permissionsCheck(app.requiredResourceAccess ?? [], facts);
  steps['client-secret'] = secretCheck(app.passwordCredentials ?? [], input.secretExpiry, now);

  if (!sp) {
    const reason = input.spError
      ? `Could not read the enterprise application: ${explain(input.spError)}`
      : 'The app has no enterprise application (service principal) in this tenant yet.';
    const status: CheckStatus = input.spError ? 'unknown' : 'missing';
    for (const id of ['admin-consent', 'assignment-required', 'assign-users'] as const) steps[id] = { status, reason };
    return steps;
  }

  if (!facts.graph) steps['admin-consent'] = unknown("Microsoft Graph's permission list could not be read.");
  else if (input.grants?.ok === false) steps['admin-consent'] = unknown(`Could not read granted permissions: ${explain(input.grants)}`);
  else {
    const missing = REQUIRED_GRAPH_ROLES.filter((role) => !facts.grantedRoles.includes(role));
    steps['admin-consent'] =
      missing.length === 0
        ? { status: 'verified', reason: `Admin consent is granted for ${REQUIRED_GRAPH_ROLES.join(', ')}.` }
        : { status: 'missing', reason: `Admin consent is not granted for ${missing.join(', ')}.` };
  }

  steps['assignment-required'] =
    sp.appRoleAssignmentRequired === true
      ? { status: 'verified', reason: '"Assignment required?" is Yes.' }
      : { status: 'missing', reason: '"Assignment required?" is No.' };

  if (input.assigned?.ok === false) steps['assign-users'] = unknown(`Could not read assigned users and groups: ${explain(input.assigned)}`);
  else if (facts.assignments.length === 0) steps['assign-users'] = { status: 'missing', reason: 'No users or groups are assigned.' };
  else {
    const names = facts.assignments.map((a) => a.principalDisplayName || a.principalId);
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
    steps['assign-users'] = { status: 'verified', reason: `${facts.assignments.length} assigned: ${shown}.` };
  }
  return steps;
}

function registerCheck(app: GraphApplication): StepCheck {
  const problems: string[] = [];
  if (app.signInAudience !== 'AzureADMyOrg') {
    problems.push(`Supported account types is ${app.signInAudience ?? 'unset'}; TonicDM's app must be single tenant (AzureADMyOrg).`);
  }
  const uris = redirectUris(app);
  if (uris.length > 0) problems.push(`It has redirect URIs (${uris.join(', ')}); TonicDM's app needs none.`);
  if (problems.length > 0) return { status: 'wrong', reason: problems.join(' ') };
  return { status: 'verified', reason: `"${app.displayName}" is registered as a single-tenant app without redirect URIs.` };
}

function permissionsCheck(required: RequiredResourceAccess[], facts: VerificationFacts): StepCheck {
  if (!facts.graph) return unknown("Microsoft Graph's permission list could not be read.");
  if (facts.delegatedRoles.length > 0) {
    return {
      status: 'wrong',
      reason: `${facts.delegatedRoles.join(', ')} ${facts.delegatedRoles.length === 1 ? 'is' : 'are'} added as Delegated; TonicDM needs Application permissions.`,
    };
  }
  const roles = graphRolesIn(required, facts.graph.roleIds);
  const missing = REQUIRED_GRAPH_ROLES.filter((role) => !roles.has(role));
  if (missing.length > 0) return { status: 'missing', reason: `Application permissions missing: ${missing.join(', ')}.` };
  return { status: 'verified', reason: `Microsoft Graph application permissions ${REQUIRED_GRAPH_ROLES.join(', ')} are configured.` };
}

function secretCheck(passwords: PasswordCredentialInfo[], latest: string | undefined, now: Date): StepCheck {
  if (passwords.length === 0 || !latest) return { status: 'missing', reason: 'The app has no client secret.' };
  const remaining = Date.parse(latest) - now.getTime();
  const day = latest.slice(0, 10);
  if (remaining <= 0) return { status: 'missing', reason: `Every client secret has expired (the latest on ${day}).` };
  if (remaining <= EXPIRY_WARNING_DAYS * DAY_MS) {
    return { status: 'wrong', reason: `The client secret expires soon, on ${day}; create a new one and update TonicDM.` };
  }
  return { status: 'verified', reason: `A client secret is valid until ${day}.` };
}

function adminFrom(outcome: BatchOutcome | undefined, warnings: string[]): { roles: string[]; canConsent: boolean } {
  if (!outcome?.ok) {
    warnings.push(`Could not read your directory roles: ${explain(outcome)}`);
    return { roles: [], canConsent: false };
  }
  const roles = listOf<DirectoryRole>(outcome);
  const canConsent = roles.some(
    (role) =>
      (role.roleTemplateId && CONSENT_ROLE_TEMPLATE_IDS.includes(role.roleTemplateId.toLowerCase())) ||
      // Template ids are absent from some role listings; fall back to the display name.
      (!role.roleTemplateId && role.displayName && CONSENT_ROLE_NAMES.includes(role.displayName)),
  );
  return { roles: roles.map((role) => role.displayName ?? role.roleTemplateId ?? role.id), canConsent };
}

function resolveGraphPermissions(sp: GraphServicePrincipal, warnings: string[]): NonNullable<VerificationFacts['graph']> {
  const roleIds: Partial<Record<RequiredGraphRole, string>> = {};
  const scopeIds: Partial<Record<RequiredGraphRole, string>> = {};
  for (const role of REQUIRED_GRAPH_ROLES) {
    const appRole = (sp.appRoles ?? []).find(
      (r) => r.value === role && r.isEnabled !== false && (r.allowedMemberTypes ?? ['Application']).includes('Application'),
    );
    if (appRole) {
      roleIds[role] = appRole.id;
      if (appRole.id.toLowerCase() !== WELL_KNOWN_GRAPH_ROLE_IDS[role]) {
        warnings.push(`Microsoft Graph reports ${role} as ${appRole.id}, not the documented ${WELL_KNOWN_GRAPH_ROLE_IDS[role]}; using Graph's value.`);
      }
    } else {
      warnings.push(`Microsoft Graph offers no enabled application permission named ${role}.`);
    }
    const scope = (sp.oauth2PermissionScopes ?? []).find((s) => s.value === role);
    if (scope) scopeIds[role] = scope.id;
  }
  return { servicePrincipalId: sp.id, roleIds, scopeIds };
}

function graphRolesIn(required: RequiredResourceAccess[], roleIds: Partial<Record<RequiredGraphRole, string>>): Set<RequiredGraphRole> {
  const found = new Set<RequiredGraphRole>();
  for (const entry of required) {
    if (entry.resourceAppId !== MICROSOFT_GRAPH_APP_ID) continue;
    for (const access of entry.resourceAccess) {
      if (access.type !== 'Role') continue;
      const role = REQUIRED_GRAPH_ROLES.find((r) => roleIds[r]?.toLowerCase() === access.id.toLowerCase());
      if (role) found.add(role);
    }
  }
  return found;
}

/** Required roles that were added as delegated scopes: the portal's "Delegated permissions" mistake. */
export function delegatedRoles(required: readonly RequiredResourceAccess[], graph: VerificationFacts['graph']): RequiredGraphRole[] {
  if (!graph) return [];
  const found = new Set<RequiredGraphRole>();
  for (const entry of required) {
    if (entry.resourceAppId !== MICROSOFT_GRAPH_APP_ID) continue;
    for (const access of entry.resourceAccess) {
      if (access.type !== 'Scope') continue;
      const role = REQUIRED_GRAPH_ROLES.find((r) => graph.scopeIds[r]?.toLowerCase() === access.id.toLowerCase());
      if (role) found.add(role);
    }
  }
  return REQUIRED_GRAPH_ROLES.filter((role) => found.has(role));
}

export function redirectUris(app: GraphApplication): string[] {
  return [...(app.web?.redirectUris ?? []), ...(app.spa?.redirectUris ?? []), ...(app.publicClient?.redirectUris ?? [])];
}

function latestExpiry(passwords: readonly PasswordCredentialInfo[]): string | undefined {
  let latest: number | undefined;
  for (const password of passwords) {
    const end = password.endDateTime ? Date.parse(password.endDateTime) : Number.NaN;
    if (!Number.isNaN(end) && (latest === undefined || end > latest)) latest = end;
  }
  return latest === undefined ? undefined : new Date(latest).toISOString();
}

/** Copies only what the setup needs, so nothing secret-shaped can travel further. */
function withoutSecrets(app: GraphApplication): GraphApplication {
  return {
    id: app.id,
    appId: app.appId,
    displayName: app.displayName,
    uniqueName: app.uniqueName ?? null,
    signInAudience: app.signInAudience ?? null,
    requiredResourceAccess: (app.requiredResourceAccess ?? []).map((entry) => ({
      resourceAppId: entry.resourceAppId,
      resourceAccess: entry.resourceAccess.map((access) => ({ id: access.id, type: access.type })),
    })),
    web: { redirectUris: [...(app.web?.redirectUris ?? [])] },
    spa: { redirectUris: [...(app.spa?.redirectUris ?? [])] },
    publicClient: { redirectUris: [...(app.publicClient?.redirectUris ?? [])] },
    passwordCredentials: (app.passwordCredentials ?? []).map((p) => ({
      keyId: p.keyId,
      displayName: p.displayName ?? null,
      hint: p.hint ?? null,
      startDateTime: p.startDateTime ?? null,
      endDateTime: p.endDateTime ?? null,
    })),
  };
}

function spByAppIdCall(appId: string): GraphCall {
  return { method: 'GET', path: '/servicePrincipals', query: { $filter: `appId eq ${odataString(appId)}`, $select: SP_SELECT } };
}

async function batchByKey<K extends string>(transport: GraphTransport, calls: Record<K, GraphCall>): Promise<Partial<Record<K, BatchOutcome>>> {
  const keys = Object.keys(calls) as K[];
  const outcomes = await transport.batch(keys.map((key) => calls[key]));
  return Object.fromEntries(keys.map((key, index) => [key, outcomes[index]])) as Partial<Record<K, BatchOutcome>>;
}

function okBody<T>(outcome: BatchOutcome | undefined): T | undefined {
  return outcome?.ok ? (outcome.body as T | undefined) : undefined;
}

function listOf<T>(outcome: BatchOutcome | undefined): T[] {
  return okBody<GraphCollection<T>>(outcome)?.value ?? [];
}

function firstOf<T>(outcome: BatchOutcome | undefined): T | undefined {
  return listOf<T>(outcome)[0];
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}

function explain(outcome: BatchOutcome | undefined): string {
  if (!outcome) return 'no answer.';
  if (outcome.ok) return 'unexpected answer.';
  const error: GraphError = outcome.error;
  return `${error.message} — ${error.explanation}`;
}

function unknown(reason: string): StepCheck {
  return { status: 'unknown', reason };
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
