/**
 * Reads the tenant through Microsoft Graph and says, step by step, whether TonicDM's setup is done,
 * and whose app it is: every app that carries TonicDM's name (or the captured client ID) is listed
 * with its owners, creation date and credentials, judged by appOwnership.ts.
 * Independent reads share one `$batch`, so a full check usually costs two sequential round trips
 * (one when no app exists yet, three when its service principal was renamed).
 */
import { i18n } from '#i18n';
import { formatDay } from '../i18n/dates';
import { joinList } from '../i18n/lists';
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, STEP_IDS, type StepId } from '../steps';
import type { GraphError } from './graphError';
import {
  appsWithFederatedCall,
  appsWithOwnersCall,
  assessOwnership,
  directoryRolesCall,
  foreignUserOwnerIds,
  NO_KNOWN_CREDENTIALS,
  rolesFrom,
  servicePrincipalsWithOwnersCall,
  withFederatedCredentials,
  type AppTrust,
  type KnownCredentials,
} from './appOwnership';
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
  trust: AppTrust;
}

/** An app that could be TonicDM's, as the admin chooses among them. */
export interface AppCandidate {
  id: string;
  appId: string;
  displayName: string;
  createdDateTime: string | null;
  servicePrincipalId?: string;
  trust: AppTrust;
  /** How it was found: TonicDM's name, the captured client ID, or the admin's choice. */
  foundBy: Array<'name' | 'client-id' | 'chosen'>;
}

/** Why `Verification.app` is the app checked step by step. */
export type AppSelection = 'chosen' | 'client-id' | 'only' | 'yours' | 'ambiguous' | 'none';

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
}

export interface Verification {
  tenant: { id: string; displayName: string };
  admin: { upn: string; roles: string[]; canConsent: boolean };
  /** The app checked step by step, if one could be picked without the admin. */
  app?: VerifiedApp;
  /** Every app considered, `app` included, each with whose it is. */
  candidates: AppCandidate[];
  selection: AppSelection;
  steps: Record<StepId, StepCheck>;
  /** Latest password-credential expiry (ISO-8601 UTC). */
  secretExpiry?: string;
  warnings: string[];
  /** Sequential Graph round trips this check used. */
  roundTrips: number;
  facts: VerificationFacts;
}

export interface VerifyOptions {
  /** Object id of the app the admin chose in the panel; checked whatever its name. */
  appObjectId?: string;
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
  /** Credentials this assistant created or holds, which do not count against an app. */
  known?: KnownCredentials;
  /**
   * The enterprise application a run just created or used: its grants and assignments are read in the first
   * round, so reading back after a run takes one round trip instead of two.
   */
  servicePrincipalId?: string;
}

const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export async function verifySetup(transport: GraphTransport, options: VerifyOptions = {}): Promise<Verification> {
  const startRounds = transport.stats.roundTrips;
  const now = options.now ?? new Date(transport.now());
  const appName = options.appName ?? APP_NAME;
  const capturedAppId = options.appId?.trim().toLowerCase() || undefined;
  const chosenId = options.appObjectId?.trim().toLowerCase() || undefined;
  const known: KnownCredentials = {
    ...(options.known ?? NO_KNOWN_CREDENTIALS),
    keyIds: [...(options.known?.keyIds ?? []), ...(options.recentSecret ? [options.recentSecret.keyId] : [])],
  };
  const warnings: string[] = [];

  // Round 1: everything that needs no id from another read.
  const names = appName === APP_NAME ? [appName, LEGACY_APP_NAME] : [appName];
  const byName = names.map((name) => `displayName eq ${odataString(name)}`).join(' or ');
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
    appsByName: appsWithOwnersCall(byName),
    appsByNameFederated: appsWithFederatedCall(byName),
    // A service principal keeps the name its app had when created; matching it here usually saves a round trip.
    spsByName: servicePrincipalsWithOwnersCall(byName),
  };
  if (capturedAppId) {
    first.appById = appsWithOwnersCall(`appId eq ${odataString(capturedAppId)}`);
    first.appByIdFederated = appsWithFederatedCall(`appId eq ${odataString(capturedAppId)}`);
    first.spByAppId = servicePrincipalsWithOwnersCall(`appId eq ${odataString(capturedAppId)}`);
  }
  if (chosenId) {
    first.appChosen = appsWithOwnersCall(`id eq ${odataString(chosenId)}`);
    first.appChosenFederated = appsWithFederatedCall(`id eq ${odataString(chosenId)}`);
  }
  const knownSpId = options.servicePrincipalId?.trim().toLowerCase() || undefined;
  if (knownSpId) Object.assign(first, spReads(knownSpId));
  const r1 = await batchByKey(transport, first);

  const organization = firstOf<{ id: string; displayName?: string }>(r1.organization);
  if (!organization) {
    throw r1.organization?.ok === false ? r1.organization.error : new Error(i18n.t('verifySetup.noOrganization'));
  }
  const tenant = { id: organization.id, displayName: organization.displayName ?? '' };

  const me = okBody<{ id: string; userPrincipalName?: string }>(r1.me);
  if (!me) warnings.push(i18n.t('verifySetup.meUnreadable', [explain(r1.me)]));

  const admin = adminFrom(r1.roles, warnings);
  const facts: VerificationFacts = {
    checkedAt: now.toISOString(),
    ...(me?.id ? { meId: me.id } : {}),
    grantedRoles: [],
    delegatedRoles: [],
    assignments: [],
  };

  const graphSp = firstOf<GraphServicePrincipal>(r1.graphSp);
  if (graphSp) facts.graph = resolveGraphPermissions(graphSp, warnings);
  else warnings.push(i18n.t('verifySetup.graphSpUnreadable', [explain(r1.graphSp)]));

  // Every app that could be TonicDM's, each with its owners and credentials.
  const appsRead = r1.appsByName?.ok !== false;
  const found = new Map<string, { app: GraphApplication; foundBy: AppCandidate['foundBy'] }>();
  const collect = (apps: GraphApplication[], how: AppCandidate['foundBy'][number]) => {
    for (const app of apps) {
      const entry = found.get(app.id.toLowerCase()) ?? { app, foundBy: [] };
      if (!entry.foundBy.includes(how)) entry.foundBy.push(how);
      found.set(app.id.toLowerCase(), entry);
    }
  };
  collect(withFederatedCredentials(listOf<GraphApplication>(r1.appsByName), federatedOf(r1.appsByNameFederated)), 'name');
  collect(withFederatedCredentials(listOf<GraphApplication>(r1.appById), federatedOf(r1.appByIdFederated)), 'client-id');
  collect(withFederatedCredentials(listOf<GraphApplication>(r1.appChosen), federatedOf(r1.appChosenFederated)), 'chosen');
  if (capturedAppId && r1.appById?.ok && listOf(r1.appById).length === 0) {
    warnings.push(i18n.t('verifySetup.clientIdNotFound', [capturedAppId, appName]));
  }
  if (chosenId && r1.appChosen?.ok && listOf(r1.appChosen).length === 0) {
    warnings.push(i18n.t('verifySetup.chosenGone'));
  }
  const spsKnown = new Map<string, GraphServicePrincipal>();
  for (const sp of [...listOf<GraphServicePrincipal>(r1.spsByName), ...listOf<GraphServicePrincipal>(r1.spByAppId)]) spsKnown.set(sp.appId.toLowerCase(), sp);
  // Apps whose service principal could not be read: their picture is incomplete, so they cannot count as yours.
  const spUnreadable = new Set<string>();
  const assess = (app: GraphApplication, ownerRoles?: ReadonlyMap<string, readonly string[]>) => {
    const key = app.appId.toLowerCase();
    const sp: Pick<GraphServicePrincipal, 'owners'> | undefined = spsKnown.get(key) ?? (spUnreadable.has(key) ? { owners: null } : undefined);
    return assessOwnership({ meId: me?.id, app, ...(sp ? { servicePrincipal: sp } : {}), ...(ownerRoles ? { ownerRoles } : {}), known, now });
  };

  // Which app is checked step by step: the admin's choice, then the captured client ID, then the only or the only own one.
  const entries = [...found.values()];
  let selection: AppSelection = 'none';
  let picked = entries.find((e) => e.foundBy.includes('chosen'));
  if (picked) selection = 'chosen';
  if (!picked) {
    picked = entries.find((e) => e.foundBy.includes('client-id'));
    if (picked) selection = 'client-id';
  }
  if (!picked && entries.length === 1) {
    picked = entries[0];
    selection = 'only';
  }
  if (!picked && entries.length > 1) {
    const own = entries.filter((e) => assess(e.app).level === 'yours');
    if (own.length === 1) {
      picked = own[0];
      selection = 'yours';
      warnings.push(i18n.t('verifySetup.severalOwned', [String(entries.length), appName, picked?.app.appId ?? '']));
    } else {
      selection = 'ambiguous';
      warnings.push(
        i18n.t('verifySetup.severalNamed', [String(entries.length), appName, joinList(entries.map((e) => e.app.appId))]),
      );
    }
  }
  let app: GraphApplication | undefined = picked?.app;
  if (app && app.displayName === LEGACY_APP_NAME && appName === APP_NAME) {
    warnings.push(i18n.t('verifySetup.legacyName', [LEGACY_APP_NAME]));
  }
  if (app) {
    facts.application = withoutSecrets(app);
    const recent = options.recentSecret;
    const passwords = facts.application.passwordCredentials ?? [];
    if (recent && !passwords.some((p) => p.keyId.toLowerCase() === recent.keyId.toLowerCase())) {
      passwords.push({ keyId: recent.keyId, displayName: null, hint: null, startDateTime: null, endDateTime: recent.endDateTime });
      warnings.push(i18n.t('verifySetup.newSecretNotVisible'));
    }
    app = facts.application;
  }

  // Rounds 2–3: owners' admin roles, the checked app's service principal, then what hangs off it.
  let sp: GraphServicePrincipal | undefined = app ? spsKnown.get(app.appId.toLowerCase()) : undefined;
  let spError: BatchOutcome | undefined;
  let grants: BatchOutcome | undefined;
  let assigned: BatchOutcome | undefined;
  const ownerIds = foreignUserOwnerIds(entries.map((e) => assess(e.app)));
  const r2Calls: Record<string, GraphCall> = Object.fromEntries(ownerIds.map((id, index) => [`owner${index}`, directoryRolesCall(id)]));
  if (app && !sp) r2Calls.sp = servicePrincipalsWithOwnersCall(`appId eq ${odataString(app.appId)}`);
  // Read in the first round already when the caller knew this service principal.
  const readEarly = !!sp && sp.id.toLowerCase() === knownSpId;
  if (sp && !readEarly) Object.assign(r2Calls, spReads(sp.id));
  const r2: Partial<Record<string, BatchOutcome>> = Object.keys(r2Calls).length > 0 ? await batchByKey(transport, r2Calls) : {};
  if (r2.sp) {
    sp = firstOf<GraphServicePrincipal>(r2.sp);
    if (sp) spsKnown.set(sp.appId.toLowerCase(), sp);
    if (r2.sp.ok === false) {
      spError = r2.sp;
      if (app) spUnreadable.add(app.appId.toLowerCase());
    }
    if (sp) {
      const r3 = await batchByKey(transport, spReads(sp.id));
      grants = r3.grants;
      assigned = r3.assigned;
    }
  } else if (readEarly) {
    grants = r1.grants;
    assigned = r1.assigned;
  } else {
    grants = r2.grants;
    assigned = r2.assigned;
  }
  if (sp) facts.servicePrincipal = { id: sp.id, appRoleAssignmentRequired: sp.appRoleAssignmentRequired === true };
  const ownerRoles = new Map<string, string[]>();
  ownerIds.forEach((id, index) => {
    const outcome = r2[`owner${index}`];
    const roles = outcome?.ok ? rolesFrom(outcome.body as GraphCollection<DirectoryRole>) : undefined;
    if (roles) ownerRoles.set(id, roles);
  });
  const candidates: AppCandidate[] = entries.map(({ app: candidate, foundBy }) => {
    const candidateSp = spsKnown.get(candidate.appId.toLowerCase());
    return {
      id: candidate.id,
      appId: candidate.appId,
      displayName: candidate.displayName,
      createdDateTime: candidate.createdDateTime ?? null,
      ...(candidateSp ? { servicePrincipalId: candidateSp.id } : {}),
      trust: assess(candidate, ownerRoles),
      foundBy,
    };
  });

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
    candidates,
    secretExpiry,
    now,
    appName,
  });
  if (!admin.canConsent && steps['admin-consent'].status !== 'verified') {
    warnings.push(i18n.t('verifySetup.cannotConsent'));
  }

  const checked = app ? candidates.find((c) => c.id === app?.id) : undefined;
  return {
    tenant,
    admin: { upn: me?.userPrincipalName ?? '', roles: admin.roles, canConsent: admin.canConsent },
    ...(app && checked
      ? {
          app: {
            id: app.id,
            appId: app.appId,
            displayName: app.displayName,
            ...(sp ? { servicePrincipalId: sp.id } : {}),
            trust: checked.trust,
          },
        }
      : {}),
    candidates,
    selection,
    steps,
    ...(secretExpiry ? { secretExpiry } : {}),
    warnings,
    roundTrips: transport.stats.roundTrips - startRounds,
    facts,
  };
}

function spReads(spId: string): Record<'grants' | 'assigned', GraphCall> {
  return {
    grants: { method: 'GET', path: `/servicePrincipals/${spId}/appRoleAssignments` },
    assigned: { method: 'GET', path: `/servicePrincipals/${spId}/appRoleAssignedTo`, query: { $top: 999 } },
  };
}

function federatedOf(outcome: BatchOutcome | undefined): GraphApplication[] | undefined {
  return outcome?.ok ? listOf<GraphApplication>(outcome) : undefined;
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
  candidates: AppCandidate[];
  secretExpiry: string | undefined;
  now: Date;
  appName: string;
}

function stepChecks(input: StepInputs): Record<StepId, StepCheck> {
  const { app, sp, facts, now } = input;
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, unknown(i18n.t('verifySetup.notChecked'))])) as Record<StepId, StepCheck>;
  steps['tonicdm-setup'] = unknown(i18n.t('verifySetup.tonicdmInvisible'));
  steps['scope-mailboxes'] = unknown(i18n.t('verifySetup.scopingInvisible'));

  if (!input.appsRead) {
    const reason = i18n.t('verifySetup.appsUnreadable', [explain(input.appsError)]);
    for (const id of ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
      steps[id] = unknown(reason);
    }
    return steps;
  }
  if (!app) {
    if (input.candidates.length > 1) {
      const reason = i18n.t('verifySetup.whichUnclear', [String(input.candidates.length), input.appName]);
      steps.register = { status: 'wrong', reason };
      for (const id of ['copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
        steps[id] = unknown(reason);
      }
      return steps;
    }
    const reason = i18n.t('verifySetup.noApp', [input.appName]);
    for (const id of ['register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
      steps[id] = { status: 'missing', reason };
    }
    return steps;
  }

  steps.register = registerCheck(app);
  steps['copy-ids'] = { status: 'verified', reason: i18n.t('verifySetup.ids', [app.appId, input.tenantId]) };
  steps['api-permissions'] = permissionsCheck(app.requiredResourceAccess ?? [], facts);
  steps['client-secret'] = secretCheck(app.passwordCredentials ?? [], input.secretExpiry, now);

  if (!sp) {
    const reason = input.spError
      ? i18n.t('verifySetup.spUnreadable', [explain(input.spError)])
      : i18n.t('verifySetup.noSp');
    const status: CheckStatus = input.spError ? 'unknown' : 'missing';
    for (const id of ['admin-consent', 'assignment-required', 'assign-users'] as const) steps[id] = { status, reason };
    return steps;
  }

  if (!facts.graph) steps['admin-consent'] = unknown(i18n.t('verifySetup.permissionListUnreadable'));
  else if (input.grants?.ok === false) steps['admin-consent'] = unknown(i18n.t('verifySetup.grantsUnreadable', [explain(input.grants)]));
  else {
    const missing = REQUIRED_GRAPH_ROLES.filter((role) => !facts.grantedRoles.includes(role));
    steps['admin-consent'] =
      missing.length === 0
        ? { status: 'verified', reason: i18n.t('verifySetup.consentGranted', [joinList(REQUIRED_GRAPH_ROLES)]) }
        : { status: 'missing', reason: i18n.t('verifySetup.consentMissing', [joinList(missing)]) };
  }

  steps['assignment-required'] =
    sp.appRoleAssignmentRequired === true
      ? { status: 'verified', reason: i18n.t('verifySetup.assignmentRequired') }
      : { status: 'missing', reason: i18n.t('verifySetup.assignmentNotRequired') };

  if (input.assigned?.ok === false) steps['assign-users'] = unknown(i18n.t('verifySetup.assignedUnreadable', [explain(input.assigned)]));
  else if (facts.assignments.length === 0) steps['assign-users'] = { status: 'missing', reason: i18n.t('verifySetup.noneAssigned') };
  else {
    const names = facts.assignments.map((a) => a.principalDisplayName || a.principalId);
    const shown = names.length > 3 ? i18n.t('verifySetup.andMore', names.length - 3, [joinList(names.slice(0, 3)), String(names.length - 3)]) : joinList(names);
    steps['assign-users'] = { status: 'verified', reason: i18n.t('verifySetup.assigned', [String(facts.assignments.length), shown]) };
  }
  return steps;
}

function registerCheck(app: GraphApplication): StepCheck {
  const problems: string[] = [];
  if (app.signInAudience !== 'AzureADMyOrg') {
    problems.push(i18n.t('verifySetup.notSingleTenant', [app.signInAudience ?? i18n.t('verifySetup.unset')]));
  }
  const uris = redirectUris(app);
  if (uris.length > 0) problems.push(i18n.t('verifySetup.redirectUris', [joinList(uris)]));
  if (problems.length > 0) return { status: 'wrong', reason: problems.join(' ') };
  return { status: 'verified', reason: i18n.t('verifySetup.registered', [app.displayName]) };
}

function permissionsCheck(required: RequiredResourceAccess[], facts: VerificationFacts): StepCheck {
  if (!facts.graph) return unknown(i18n.t('verifySetup.permissionListUnreadable'));
  if (facts.delegatedRoles.length > 0) {
    return {
      status: 'wrong',
      reason: i18n.t('verifySetup.delegated', facts.delegatedRoles.length, [joinList(facts.delegatedRoles)]),
    };
  }
  const roles = graphRolesIn(required, facts.graph.roleIds);
  const missing = REQUIRED_GRAPH_ROLES.filter((role) => !roles.has(role));
  if (missing.length > 0) return { status: 'missing', reason: i18n.t('verifySetup.permissionsMissing', [joinList(missing)]) };
  return { status: 'verified', reason: i18n.t('verifySetup.permissionsConfigured', [joinList(REQUIRED_GRAPH_ROLES)]) };
}

function secretCheck(passwords: PasswordCredentialInfo[], latest: string | undefined, now: Date): StepCheck {
  if (passwords.length === 0 || !latest) return { status: 'missing', reason: i18n.t('verifySetup.noSecret') };
  const remaining = Date.parse(latest) - now.getTime();
  const day = formatDay(latest);
  if (remaining <= 0) return { status: 'missing', reason: i18n.t('verifySetup.allExpired', [day]) };
  if (remaining <= EXPIRY_WARNING_DAYS * DAY_MS) {
    return { status: 'wrong', reason: i18n.t('verifySetup.expiresSoon', [day]) };
  }
  return { status: 'verified', reason: i18n.t('verifySetup.secretValid', [day]) };
}

function adminFrom(outcome: BatchOutcome | undefined, warnings: string[]): { roles: string[]; canConsent: boolean } {
  if (!outcome?.ok) {
    warnings.push(i18n.t('verifySetup.rolesUnreadable', [explain(outcome)]));
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
        warnings.push(i18n.t('verifySetup.roleIdDiffers', [role, appRole.id, WELL_KNOWN_GRAPH_ROLE_IDS[role]]));
      }
    } else {
      warnings.push(i18n.t('verifySetup.roleMissing', [role]));
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
    createdDateTime: app.createdDateTime ?? null,
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

function explain(outcome: BatchOutcome | undefined): string {
  if (!outcome) return i18n.t('verifySetup.noAnswer');
  if (outcome.ok) return i18n.t('verifySetup.unexpectedAnswer');
  const error: GraphError = outcome.error;
  return i18n.t('verifySetup.explained', [error.message, error.explanation]);
}

function unknown(reason: string): StepCheck {
  return { status: 'unknown', reason };
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
