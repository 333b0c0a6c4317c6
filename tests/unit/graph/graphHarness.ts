/**
 * Wires the Graph engine to the fake tenant with a shared virtual clock: the injected sleep
 * advances the clock instantly and records every wait, so backoff is asserted, not waited for.
 */
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import type { FakeTenant, FakeTenantOptions, LoggedRequest } from '../../fake-tenant/types';
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES } from '../../../utils/steps';
import { createGraphTransport, type FetchLike, type GraphTransport } from '../../../utils/graph/graphTransport';
import type { RetryPolicy } from '../../../utils/graph/retryDelay';
import { memoryCheckpointStore } from '../../../utils/graph/checkpointStore';
import type { KnownCredentials } from '../../../utils/graph/appOwnership';
import { executePlan, type ExecuteOptions, type ProgressEvent } from '../../../utils/graph/executePlan';
import { planSetup, type Assignee, type PlanOptions } from '../../../utils/graph/planSetup';
import { verifySetup } from '../../../utils/graph/verifySetup';

export const START = Date.parse('2026-03-15T10:00:00.000Z');
const DAY = 86_400_000;

export interface Harness {
  tenant: FakeTenant;
  transport: GraphTransport;
  fetch: FetchLike;
  sleeps: number[];
  now(): number;
  advance(ms: number): void;
  /** Highest number of HTTP requests in flight at once (1 = strictly sequential). */
  maxInFlight(): number;
  /** Outer HTTP requests to Graph (batch items excluded): each is one sequential round here. */
  graphRounds(from?: number): LoggedRequest[];
  /** Every Graph operation, batch items included, outer `$batch` posts excluded. */
  operations(from?: number): LoggedRequest[];
  graphServicePrincipalId(): string;
  newTransport(retry?: Partial<RetryPolicy>): GraphTransport;
  /** Stands between the engine and the tenant when set, e.g. to lose an answer as a closed panel would. */
  intercept?: (request: Request, forward: (request: Request) => Promise<Response>) => Promise<Response>;
  /** What the panel would remember: secrets this assistant created (automate() adds to it). */
  known: { keyIds: string[]; held?: KnownCredentials['held'] };
}

export function createHarness(options: FakeTenantOptions = {}, retry?: Partial<RetryPolicy>): Harness {
  let clock = START;
  const now = () => clock;
  const tenant = createFakeTenant({ clock: now, seed: 7, ...options });
  const sleeps: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: FetchLike = async (input, init) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const request = new Request(input, init);
      const forward = (r: Request) => tenant.handle(r);
      return await (harness.intercept ? harness.intercept(request, forward) : forward(request));
    } finally {
      inFlight -= 1;
    }
  };
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock += ms;
  };
  // Minted per call so tokens follow the tenant clock and current switches.
  const getToken = async () => tenant.mintAccessToken();
  const newTransport = (policy?: Partial<RetryPolicy>) => createGraphTransport({ fetch, getToken, sleep, now, ...(policy ?? retry ? { retry: { ...retry, ...policy } } : {}) });
  const isGraph = (entry: LoggedRequest) => entry.url.startsWith('https://graph.microsoft.com/');
  const harness: Harness = {
    tenant,
    transport: newTransport(),
    fetch,
    sleeps,
    now,
    advance: (ms) => {
      clock += ms;
    },
    maxInFlight: () => maxInFlight,
    graphRounds: (from = 0) => tenant.log.slice(from).filter((e) => isGraph(e) && e.batchItemId === undefined && e.method !== 'OPTIONS'),
    operations: (from = 0) => tenant.log.slice(from).filter((e) => isGraph(e) && !e.url.endsWith('/$batch') && e.method !== 'OPTIONS'),
    graphServicePrincipalId: () => tenant.state.servicePrincipals.find((sp) => sp.appId === MICROSOFT_GRAPH_APP_ID)!.id,
    newTransport,
    known: { keyIds: [] },
  };
  return harness;
}

export function graphRoleId(tenant: FakeTenant, role: string): string {
  const graph = tenant.state.servicePrincipals.find((sp) => sp.appId === MICROSOFT_GRAPH_APP_ID)!;
  return graph.appRoles.find((r) => r.value === role)!.id;
}

export interface SeedOptions {
  name?: string;
  signInAudience?: string;
  roles?: 'application' | 'delegated' | 'none';
  consent?: boolean;
  secretEndsInDays?: number | null;
  assignmentRequired?: boolean;
  assignUser?: boolean;
  redirectUri?: string;
  /** Default: the signed-in admin alone, as when they registered it in the portal. */
  owners?: string[];
  /** Whether the assistant vouches for the seeded secret (it captured it); default true. */
  secretKnown?: boolean;
}

export const SEEDED_SECRET_KEY_ID = '11111111-2222-4333-8444-555555555555';

/** A tenant where an admin did every step by hand with the assistant beside them (or, with options, got one wrong). */
export function seedTonicApp(h: Harness, options: SeedOptions = {}) {
  const { tenant } = h;
  const graphSpId = h.graphServicePrincipalId();
  const graph = tenant.state.servicePrincipals.find((sp) => sp.id === graphSpId)!;
  const roles = options.roles ?? 'application';
  const resourceAccess =
    roles === 'application'
      ? REQUIRED_GRAPH_ROLES.map((role) => ({ id: graphRoleId(tenant, role), type: 'Role' as const }))
      : roles === 'delegated'
        ? [{ id: graph.oauth2PermissionScopes.find((s) => s.value === 'User.Read.All')!.id, type: 'Scope' as const }]
        : [];
  const userRead = graph.oauth2PermissionScopes.find((s) => s.value === 'User.Read')!.id;
  const { application, servicePrincipal } = tenant.addApplication({
    displayName: options.name ?? APP_NAME,
    signInAudience: options.signInAudience ?? 'AzureADMyOrg',
    requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [...resourceAccess, { id: userRead, type: 'Scope' }] }],
    withServicePrincipal: true,
    appRoleAssignmentRequired: options.assignmentRequired ?? true,
    owners: options.owners ?? [tenant.state.signedInUserId],
  });
  const sp = servicePrincipal!;
  if (options.redirectUri) (application.web as { redirectUris: string[] }).redirectUris.push(options.redirectUri);
  if (options.consent ?? true) {
    for (const role of REQUIRED_GRAPH_ROLES) {
      tenant.state.appRoleAssignments.push({
        id: `grant-${role}-${sp.id}`,
        appRoleId: graphRoleId(tenant, role),
        createdDateTime: new Date(START - DAY).toISOString(),
        deletedDateTime: null,
        principalDisplayName: sp.displayName,
        principalId: sp.id,
        principalType: 'ServicePrincipal',
        resourceDisplayName: 'Microsoft Graph',
        resourceId: graphSpId,
      });
    }
  }
  const secretEndsInDays = options.secretEndsInDays === undefined ? 400 : options.secretEndsInDays;
  if (secretEndsInDays !== null) {
    application.passwordCredentials.push({
      customKeyIdentifier: null,
      displayName: 'TonicDM Office365 Secret',
      endDateTime: new Date(START + secretEndsInDays * DAY).toISOString(),
      hint: 'abc',
      keyId: SEEDED_SECRET_KEY_ID,
      secretText: null,
      startDateTime: new Date(START - 300 * DAY).toISOString(),
    });
    if (options.secretKnown ?? true) h.known.keyIds.push(SEEDED_SECRET_KEY_ID);
  }
  let assignee: Assignee | undefined;
  if (options.assignUser ?? true) {
    const user = tenant.addUser({ displayName: 'Adele Vance', userPrincipalName: 'adele@contoso.example' });
    assignee = { id: user.id, type: 'user', displayName: user.displayName };
    tenant.state.appRoleAssignments.push({
      id: `assign-${user.id}`,
      appRoleId: '00000000-0000-0000-0000-000000000000',
      createdDateTime: new Date(START - DAY).toISOString(),
      deletedDateTime: null,
      principalDisplayName: user.displayName,
      principalId: user.id,
      principalType: 'User',
      resourceDisplayName: sp.displayName,
      resourceId: sp.id,
    });
  }
  return { application, servicePrincipal: sp, assignee };
}

export interface RunOptions extends Partial<Omit<PlanOptions, 'now'>> {
  appId?: string;
  /** The app the admin picked in the panel (verification then checks it). */
  appObjectId?: string;
  checkpoint?: ExecuteOptions['checkpoint'];
  storeSecret?: ExecuteOptions['storeSecret'];
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/** verify → plan → execute, as the side panel drives it. */
export async function automate(h: Harness, options: RunOptions = {}) {
  const verification = await verifySetup(h.transport, {
    known: h.known,
    ...(options.appId ? { appId: options.appId } : {}),
    ...(options.appObjectId ? { appObjectId: options.appObjectId } : {}),
  });
  const plan = planSetup(verification, {
    ...(options.app ? { app: options.app } : {}),
    newSecret: options.newSecret ?? true,
    assignees: options.assignees ?? [],
    ...(options.secretLifetimeMonths ? { secretLifetimeMonths: options.secretLifetimeMonths } : {}),
    now: new Date(h.now()),
  });
  const secrets: { secretText: string; endDateTime: string }[] = [];
  const events: ProgressEvent[] = [];
  const checkpoint = options.checkpoint ?? memoryCheckpointStore();
  const verifySleeps = h.sleeps.length;
  const result = await executePlan(h.transport, plan, {
    checkpoint,
    signal: options.signal,
    onProgress: (event) => {
      events.push(event);
      options.onProgress?.(event);
    },
    storeSecret:
      options.storeSecret ??
      (async (secretText, endDateTime, keyId) => {
        secrets.push({ secretText, endDateTime });
        h.known.keyIds.push(keyId);
      }),
  });
  return { verification, plan, result, secrets, events, checkpoint, executeSleeps: h.sleeps.slice(verifySleeps) };
}

export function tenantUser(h: Harness, displayName: string): Assignee {
  const user = h.tenant.addUser({ displayName });
  return { id: user.id, type: 'user', displayName: user.displayName };
}
