/**
 * A full setup from an empty tenant, measured in sequential Graph round trips: the assistant's
 * batched engine (one read round, then create app → service principal and secret → consent and
 * assignments) against a strictly serial baseline that sends one request at a time
 * (find-before-create, POST per object, one POST per grant), as command-line tools do.
 */
import { APP_NAME, MICROSOFT_GRAPH_APP_ID, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../steps';
import { memoryCheckpointStore } from './checkpointStore';
import { executePlan } from './executePlan';
import { createGraphTransport, type FetchLike, type GraphTransport } from './graphTransport';
import type { GraphApplication, GraphCollection, GraphServicePrincipal } from './graphTypes';
import { addMonths, planSetup, type Assignee } from './planSetup';
import { odataString, verifySetup } from './verifySetup';
import { DEFAULT_ACCESS_ROLE_ID } from './wellKnownIds';

export interface BenchOptions {
  /** true: the serial baseline; false: verify → plan → execute with `$batch`. */
  serial: boolean;
  /** Who to assign; default the signed-in admin. */
  assignees?: Assignee[];
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface BenchResult {
  ok: boolean;
  roundTrips: number;
  requests: number;
  retries: number;
  elapsedMs: number;
}

export async function runFullSetupForBench(fetch: FetchLike, getToken: () => Promise<string>, options: BenchOptions): Promise<BenchResult> {
  const transport = createGraphTransport({
    fetch,
    getToken,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const started = transport.now();
  const ok = options.serial ? await serialSetup(transport, options.assignees) : await batchedSetup(transport, options.assignees);
  return { ok, ...transport.stats, elapsedMs: transport.now() - started };
}

async function batchedSetup(transport: GraphTransport, assignees: Assignee[] | undefined): Promise<boolean> {
  const verification = await verifySetup(transport);
  const me = verification.facts.meId;
  const plan = planSetup(verification, {
    newSecret: true,
    assignees: assignees ?? (me ? [{ id: me, type: 'user', displayName: verification.admin.upn }] : []),
    now: new Date(transport.now()),
  });
  const result = await executePlan(transport, plan, {
    checkpoint: memoryCheckpointStore(),
    onProgress: () => {},
    storeSecret: async () => {},
  });
  return result.ok;
}

async function serialSetup(transport: GraphTransport, assignees: Assignee[] | undefined): Promise<boolean> {
  await transport.request({ method: 'GET', path: '/organization', query: { $select: 'id,displayName' } });
  const me = await transport.request<{ id: string }>({ method: 'GET', path: '/me', query: { $select: 'id,userPrincipalName' } });
  await transport.request({ method: 'GET', path: '/me/transitiveMemberOf/microsoft.graph.directoryRole' });
  const graph = await transport.request<GraphCollection<GraphServicePrincipal>>({
    method: 'GET',
    path: '/servicePrincipals',
    query: { $filter: `appId eq '${MICROSOFT_GRAPH_APP_ID}'`, $select: 'id,appRoles' },
  });
  const graphSp = graph.body?.value?.[0];
  if (!graphSp) return false;
  const roleIds = REQUIRED_GRAPH_ROLES.map((role) => graphSp.appRoles?.find((r) => r.value === role)?.id);
  if (roleIds.some((id) => !id)) return false;

  const found = await transport.request<GraphCollection<GraphApplication>>({
    method: 'GET',
    path: '/applications',
    query: { $filter: `displayName eq ${odataString(APP_NAME)}` },
  });
  const app =
    found.body?.value?.[0] ??
    (
      await transport.request<GraphApplication>({
        method: 'POST',
        path: '/applications',
        body: {
          displayName: APP_NAME,
          signInAudience: 'AzureADMyOrg',
          requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: roleIds.map((id) => ({ id, type: 'Role' })) }],
        },
        retryReplication: true,
      })
    ).body;
  if (!app) return false;
  const sp = (
    await transport.request<GraphServicePrincipal>({
      method: 'POST',
      path: '/servicePrincipals',
      body: { appId: app.appId, appRoleAssignmentRequired: true },
      retryReplication: true,
    })
  ).body;
  if (!sp) return false;
  for (const appRoleId of roleIds) {
    await transport.request({
      method: 'POST',
      path: `/servicePrincipals/${graphSp.id}/appRoleAssignedTo`,
      body: { principalId: sp.id, resourceId: graphSp.id, appRoleId },
      retryReplication: true,
    });
  }
  await transport.request({
    method: 'POST',
    path: `/applications/${app.id}/addPassword`,
    body: { passwordCredential: { displayName: SECRET_DESCRIPTION, endDateTime: addMonths(new Date(transport.now()), 24).toISOString() } },
    retryReplication: true,
  });
  const principals = assignees?.map((a) => a.id) ?? (me.body?.id ? [me.body.id] : []);
  for (const principalId of principals) {
    await transport.request({
      method: 'POST',
      path: `/servicePrincipals/${sp.id}/appRoleAssignedTo`,
      body: { principalId, resourceId: sp.id, appRoleId: DEFAULT_ACCESS_ROLE_ID },
      retryReplication: true,
    });
  }
  return true;
}
