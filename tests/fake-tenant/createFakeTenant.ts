/**
 * An in-memory Microsoft Entra tenant answering Microsoft Graph v1.0 and the login.microsoftonline.com authority
 * through a single `handle(Request)`. Unit tests call it directly; Playwright routes both hosts to it
 * (playwrightRoutes.ts). Behaviour follows the Graph documentation plus what real tenants are known to do under
 * replication lag and throttling; switches make each of those deterministic.
 */
import { handleAuthority } from './authorityEndpoint';
import { delegatedAccessClaims } from './authorityToken';
import { authorizeRedirectFor } from './authorizeRedirectFor';
import { DEMO_GROUPS, DEMO_USERS, FAKE_TENANT_DEFAULTS } from './defaults';
import { seedApplication } from './graphApplications';
import { addOwnerDirect } from './graphOwners';
import { graphErrorBody, GraphHttpError } from './graphError';
import { handleGraph } from './graphEndpoint';
import { DIRECTORY_ROLE_TEMPLATES, createGraphServicePrincipal } from './graphSeed';
import { seedServicePrincipal } from './graphServicePrincipals';
import { createRandomSource } from './randomSource';
import { generateSecretText } from './secretText';
import { findApplication, isoDate, type TenantRuntime } from './tenantRuntime';
import { mintTestToken } from './testTokens';
import type {
  AddApplicationInput,
  AddApplicationResult,
  AddGroupInput,
  AddPasswordInput,
  AddUserInput,
  DirectoryRoleName,
  FakeTenant,
  FakeTenantOptions,
  FakeTenantSeed,
  FakeTenantState,
  FakeTenantSwitches,
  GraphGroup,
  GraphUser,
  MintTokenInput,
  PasswordCredential,
  SeededPassword,
  SquatterApp,
  SquatterAppInput,
} from './types';

/** Every delegated scope some route checks; the default grant of mintAccessToken and of `.default`. */
export const ALL_DELEGATED_SCOPES = [
  'User.Read',
  'User.Read.All',
  'Group.Read.All',
  'Directory.Read.All',
  'Organization.Read.All',
  'Application.Read.All',
  'Application.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'AuditLog.Read.All',
] as const;

export function defaultSwitches(): FakeTenantSwitches {
  return {
    replication: {
      spCreateFailures: 0,
      spCreateFailureStatus: 400,
      freshObjectNotFoundMs: 0,
      freshObjectNotFoundReads: 0,
      newPasswordHiddenReads: 0,
      invalidReferenceUpdates: 0,
      appPatchConflicts: 0,
    },
    throttle: null,
    policy: { maxPasswordLifetimeDays: null, passwordAdditionBlocked: false },
    reports: { premium: true },
    authority: { cancel: false, rejectRefresh: false, withheldScopes: [], scopeEcho: 'as-asked' },
  };
}

function resetSwitches(switches: FakeTenantSwitches): void {
  const fresh = defaultSwitches();
  Object.assign(switches.replication, fresh.replication);
  Object.assign(switches.policy, fresh.policy);
  Object.assign(switches.reports, fresh.reports);
  Object.assign(switches.authority, fresh.authority);
  switches.throttle = null;
}

function directoryRoleObjectId(templateId: string): string {
  // Activated roles get a tenant-specific object id; derive one so it is stable across resets.
  return `${templateId.slice(0, 24)}${[...templateId.slice(24)].reverse().join('')}`;
}

export function createFakeTenant(options: FakeTenantOptions = {}): FakeTenant {
  const tenantId = options.tenantId ?? FAKE_TENANT_DEFAULTS.tenantId;
  const tenantName = options.tenantName ?? FAKE_TENANT_DEFAULTS.tenantName;
  const defaultDomain = options.defaultDomain ?? FAKE_TENANT_DEFAULTS.defaultDomain;
  const clock = options.clock ?? (() => Date.now());
  const signedInUserId = options.signedInUser?.id ?? FAKE_TENANT_DEFAULTS.signedInUserId;
  const signedInUpn = options.signedInUser?.upn ?? `admin@${defaultDomain}`;
  const signedInName = options.signedInUser?.displayName ?? FAKE_TENANT_DEFAULTS.signedInUserName;
  const initialRoles = options.signedInUserRoles ?? ['Global Administrator'];

  const state: FakeTenantState = {
    organization: {} as FakeTenantState['organization'],
    applications: [],
    servicePrincipals: [],
    appRoleAssignments: [],
    users: [],
    groups: [],
    directoryRoles: [],
    owners: {},
    federatedIdentityCredentials: {},
    signedInUserId,
    credentialSignIns: {},
  };
  const runtime: TenantRuntime = {
    tenantId,
    tenantName,
    defaultDomain,
    pageSize: options.pageSize ?? FAKE_TENANT_DEFAULTS.pageSize,
    latencyMs: options.latencyMs ?? 0,
    defaultScopes: options.defaultScopes ?? [...ALL_DELEGATED_SCOPES],
    policyId: FAKE_TENANT_DEFAULTS.policyId,
    state,
    switches: defaultSwitches(),
    log: [],
    meta: new Map(),
    secrets: new Map(),
    redeemedCodes: new Set(),
    random: createRandomSource(options.seed),
    now: clock,
  };

  function addUser(input: AddUserInput): GraphUser {
    const mailNickname = input.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
    const upn = input.userPrincipalName ?? `${mailNickname}@${defaultDomain}`;
    const user: GraphUser = {
      id: input.id ?? runtime.random.guid(),
      businessPhones: [],
      displayName: input.displayName,
      givenName: input.givenName ?? null,
      jobTitle: input.jobTitle ?? null,
      mail: input.mail === undefined ? upn : input.mail,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: 'en-US',
      surname: input.surname ?? null,
      userPrincipalName: upn,
      accountEnabled: input.accountEnabled ?? true,
    };
    state.users.push(user);
    return user;
  }

  function addGroup(input: AddGroupInput): GraphGroup {
    const mailNickname = input.displayName.replace(/[^A-Za-z0-9]+/g, '');
    const mailEnabled = input.mailEnabled ?? false;
    const group: GraphGroup = {
      id: input.id ?? runtime.random.guid(),
      createdDateTime: new Date(clock()).toISOString(),
      deletedDateTime: null,
      description: input.description ?? null,
      displayName: input.displayName,
      groupTypes: [],
      mail: mailEnabled ? `${mailNickname}@${defaultDomain}` : null,
      mailEnabled,
      mailNickname,
      securityEnabled: input.securityEnabled ?? true,
      visibility: null,
      members: [...(input.members ?? [])],
    };
    state.groups.push(group);
    return group;
  }

  function addApplication(input: AddApplicationInput): AddApplicationResult {
    const application = seedApplication(runtime, {
      displayName: input.displayName,
      uniqueName: input.uniqueName ?? null,
      signInAudience: input.signInAudience ?? 'AzureADMyOrg',
      requiredResourceAccess: input.requiredResourceAccess ?? [],
      appRoles: input.appRoles ?? [],
      tags: input.tags ?? [],
      ...(input.id !== undefined ? { id: input.id } : {}),
      ...(input.appId !== undefined ? { appId: input.appId } : {}),
      ...(input.createdDateTime !== undefined ? { createdDateTime: input.createdDateTime } : {}),
    });
    const servicePrincipal = input.withServicePrincipal
      ? seedServicePrincipal(runtime, application, { appRoleAssignmentRequired: input.appRoleAssignmentRequired ?? false })
      : null;
    for (const owner of input.owners ?? []) {
      addOwner(application.id, owner);
      if (servicePrincipal) addOwner(servicePrincipal.id, owner);
    }
    return { application, servicePrincipal };
  }

  function addOwner(objectId: string, ownerId: string): void {
    addOwnerDirect(runtime, objectId, ownerId);
  }

  function addPassword(applicationObjectId: string, input: AddPasswordInput = {}): SeededPassword {
    const app = findApplication(runtime, { property: 'id', value: applicationObjectId });
    if (!app) throw new Error(`no application ${applicationObjectId}`);
    const start = input.startDateTime ?? isoDate(clock());
    const end = input.endDateTime ?? isoDate(Date.parse(start) + 2 * 365 * 86_400_000);
    const secretText = generateSecretText(runtime.random);
    const credential: PasswordCredential = {
      customKeyIdentifier: null,
      displayName: input.displayName === undefined ? null : input.displayName,
      endDateTime: end,
      hint: secretText.slice(0, 3),
      keyId: input.keyId ?? runtime.random.guid(),
      secretText: null,
      startDateTime: start,
    };
    app.passwordCredentials.push(credential);
    runtime.secrets.set(credential.keyId, { secretText, applicationId: app.id, hiddenReadsLeft: 0 });
    return { credential, secretText };
  }

  function addSquatterApp(input: SquatterAppInput): SquatterApp {
    const ownerId = input.ownerId ?? DEMO_USERS[1].id;
    const owner = state.users.find((user) => user.id === ownerId);
    if (!owner) throw new Error(`no user ${ownerId} to own the squatted app`);
    const { application, servicePrincipal } = addApplication({
      displayName: input.displayName,
      uniqueName: input.uniqueName ?? null,
      tags: input.tags ?? [],
      owners: [owner.id],
      withServicePrincipal: input.withServicePrincipal ?? false,
    });
    const secretText = input.withSecret ?? true ? addPassword(application.id, { displayName: 'TonicDM Office365 Secret' }).secretText : undefined;
    if (input.withFederatedCredential) {
      (state.federatedIdentityCredentials[application.id] ??= []).push({
        id: runtime.random.guid(),
        name: 'deploy',
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 'repo:squatter/tools:ref:refs/heads/main',
        audiences: ['api://AzureADTokenExchange'],
        description: null,
      });
    }
    if (input.handOverTo) {
      for (const id of [application.id, ...(servicePrincipal ? [servicePrincipal.id] : [])]) state.owners[id] = [...input.handOverTo];
    }
    return { owner, application, servicePrincipal, ...(secretText !== undefined ? { secretText } : {}) };
  }

  function recordCredentialSignIn(keyId: string, at?: number): void {
    state.credentialSignIns[keyId.toLowerCase()] = at ?? clock();
  }

  function setSignedInUserRoles(roles: DirectoryRoleName[]): void {
    for (const role of state.directoryRoles) role.members = role.members.filter((id) => id !== signedInUserId);
    for (const name of roles) {
      const template = DIRECTORY_ROLE_TEMPLATES[name];
      let role = state.directoryRoles.find((r) => r.displayName === name);
      if (!role) {
        role = { id: directoryRoleObjectId(template.templateId), displayName: name, description: template.description, roleTemplateId: template.templateId, members: [] };
        state.directoryRoles.push(role);
      }
      role.members.push(signedInUserId);
    }
  }

  function seedAll(): void {
    for (const key of Object.keys(state.organization)) delete state.organization[key];
    Object.assign(state.organization, {
      id: tenantId,
      deletedDateTime: null,
      businessPhones: [],
      city: null,
      country: null,
      countryLetterCode: 'US',
      createdDateTime: '2021-03-01T08:00:00Z',
      displayName: tenantName,
      preferredLanguage: 'en',
      tenantType: 'AAD',
      verifiedDomains: [
        { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: true, name: defaultDomain, type: 'Managed' },
      ],
    });
    state.applications.length = 0;
    state.servicePrincipals.length = 0;
    state.appRoleAssignments.length = 0;
    state.users.length = 0;
    state.groups.length = 0;
    state.directoryRoles.length = 0;
    for (const key of Object.keys(state.owners)) delete state.owners[key];
    for (const key of Object.keys(state.federatedIdentityCredentials)) delete state.federatedIdentityCredentials[key];
    for (const key of Object.keys(state.credentialSignIns)) delete state.credentialSignIns[key];
    addUser({ id: signedInUserId, displayName: signedInName, userPrincipalName: signedInUpn, givenName: 'MOD', surname: 'Administrator' });
    if (options.seedDirectory ?? true) {
      for (const user of DEMO_USERS) {
        addUser({
          id: user.id,
          displayName: user.displayName,
          givenName: user.givenName,
          surname: user.surname,
          jobTitle: user.jobTitle,
          userPrincipalName: `${user.givenName.toLowerCase()}@${defaultDomain}`,
        });
      }
      for (const group of DEMO_GROUPS) {
        addGroup({ id: group.id, displayName: group.displayName, description: group.description, members: [...group.members] });
      }
    }
    state.servicePrincipals.push(createGraphServicePrincipal(FAKE_TENANT_DEFAULTS.graphServicePrincipalId));
    setSignedInUserRoles(initialRoles);
  }

  function reset(): void {
    runtime.random = createRandomSource(options.seed);
    runtime.log.length = 0;
    runtime.meta.clear();
    runtime.secrets.clear();
    runtime.redeemedCodes.clear();
    resetSwitches(runtime.switches);
    seedAll();
  }

  async function handle(request: Request): Promise<Response> {
    const host = new URL(request.url).host;
    if (host === 'graph.microsoft.com') return handleGraph(runtime, request);
    if (host === 'login.microsoftonline.com') return handleAuthority(runtime, request);
    const requestId = runtime.random.guid();
    const body = graphErrorBody(new GraphHttpError(404, 'BadRequest', `The fake tenant does not serve host '${host}'.`), {
      now: clock(),
      requestId,
      clientRequestId: requestId,
    });
    return new Response(JSON.stringify(body), { status: 404, headers: { 'Content-Type': 'application/json' } });
  }

  function mintAccessToken(input: MintTokenInput = {}): string {
    return mintTestToken(
      delegatedAccessClaims(runtime, {
        userId: input.userId ?? signedInUserId,
        clientId: input.clientId ?? runtime.random.guid(),
        scp: input.scopes ?? [...ALL_DELEGATED_SCOPES],
        ...(input.lifetimeSeconds !== undefined ? { lifetimeSeconds: input.lifetimeSeconds } : {}),
      }),
    );
  }

  seedAll();
  const seed: FakeTenantSeed = { addUser, addGroup, addApplication, addOwner, addPassword, addSquatterApp, recordCredentialSignIn, setSignedInUserRoles, reset };
  return {
    tenantId,
    tenantName,
    defaultDomain,
    handle,
    state,
    log: runtime.log,
    switches: runtime.switches,
    authorizeRedirectFor: (authorizeUrl) =>
      authorizeRedirectFor(authorizeUrl, {
        userId: signedInUserId,
        tenantId,
        cancel: runtime.switches.authority.cancel,
        now: clock(),
        random: runtime.random,
      }),
    mintAccessToken,
    secretTextOf: (keyId) => runtime.secrets.get(keyId)?.secretText,
    seed,
    addUser,
    addGroup,
    addApplication,
    addOwner,
    addPassword,
    addSquatterApp,
    recordCredentialSignIn,
    setSignedInUserRoles,
    reset,
  };
}
