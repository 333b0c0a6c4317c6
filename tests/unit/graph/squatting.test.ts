// @vitest-environment node
/**
 * Any member of a tenant can register an app. These scenarios register one where an admin's Automate
 * would look for TonicDM's app (its name, the key earlier versions upserted, the key a run tags its
 * new app with, the client ID the admin captured) and check that the admin's run grants, adds and
 * changes nothing on it unless the admin picked it and confirmed the risk.
 */
import { describe, expect, it } from 'vitest';
import { APP_NAME, MICROSOFT_GRAPH_APP_ID } from '../../../utils/steps';
import { memoryCheckpointStore } from '../../../utils/graph/checkpointStore';
import { executePlan } from '../../../utils/graph/executePlan';
import { planSetup } from '../../../utils/graph/planSetup';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { decodeTestToken } from '../../fake-tenant/testTokens';
import type { SquatterApp } from '../../fake-tenant/types';
import { automate, createHarness, seedTonicApp, tenantUser, type Harness } from './graphHarness';

/** Requests of the admin's runs that change the squatted app, its enterprise app, or grant to it. */
function touching(h: Harness, squat: SquatterApp, from = 0) {
  const ids = [squat.application.id, squat.application.appId, squat.servicePrincipal?.id].filter((id): id is string => !!id).map((id) => id.toLowerCase());
  return h.operations(from).filter((e) => {
    if (e.method === 'GET') return false;
    const text = `${decodeURIComponent(e.url)} ${JSON.stringify(e.body ?? {})}`.toLowerCase();
    return ids.some((id) => text.includes(id));
  });
}

/** The Graph application permissions the squatter's own secret signs in with. */
async function squatterRoles(h: Harness, squat: SquatterApp): Promise<string[]> {
  const response = await h.tenant.handle(
    new Request(`https://login.microsoftonline.com/${h.tenant.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
        client_id: squat.application.appId,
        client_secret: squat.secretText ?? '',
      }).toString(),
    }),
  );
  if (response.status !== 200) return [];
  const claims = decodeTestToken(((await response.json()) as { access_token: string }).access_token);
  return (claims?.roles as string[] | undefined) ?? [];
}

const tonicApps = (h: Harness) => h.tenant.state.applications.filter((a) => a.displayName === APP_NAME);

describe('a name squat: a member registered "TonicDM Office 365 Token" and kept its secret', () => {
  it('Automate grants it nothing, lists it as a risk in plain words, and a new app is the admin\'s alone', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    const adele = tenantUser(h, 'Adele Vance');

    const run = await automate(h, { assignees: [adele] });

    expect(touching(h, squat)).toEqual([]);
    expect(await squatterRoles(h, squat)).toEqual([]);
    expect(run.result.ok).toBe(false);
    expect(run.plan.blocked).toBe("An app already carries TonicDM's name. Choose the one to use, or create a new app.");
    const [candidate] = run.verification.candidates;
    expect(candidate).toMatchObject({ id: squat.application.id, trust: { level: 'risk' } });
    expect(candidate!.trust.summary).toBe('Owned by Alex Wilber, who holds no admin role; it has 1 secret you did not create with this assistant');
    expect(candidate!.createdDateTime).toBeTruthy();

    // "Create a new app": the squatter's stays as it was.
    const fresh = await automate(h, { assignees: [adele], app: { kind: 'new' } });
    expect(fresh.result.ok).toBe(true);
    expect(touching(h, squat)).toEqual([]);
    expect(await squatterRoles(h, squat)).toEqual([]);
    const mine = tonicApps(h).find((a) => a.id !== squat.application.id)!;
    expect(h.tenant.state.owners[mine.id]).toEqual([h.tenant.state.signedInUserId]);
    expect(fresh.plan.warnings.join(' ')).toMatch(/A new app is created beside the one already named/);
  });

  it('next to the admin\'s own app, the admin\'s is used without friction and the squat is left alone', async () => {
    const h = createHarness();
    const own = seedTonicApp(h, { consent: false });
    const squat = h.tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });

    const run = await automate(h, { newSecret: false });

    expect(run.verification.selection).toBe('yours');
    expect(run.plan.blocked).toBeUndefined();
    expect(run.plan.target.app?.id).toBe(own.application.id);
    expect(run.result.ok).toBe(true);
    expect(touching(h, squat)).toEqual([]);
    expect(h.tenant.state.appRoleAssignments.filter((a) => a.principalId === own.servicePrincipal.id)).toHaveLength(3);
  });
});

describe('a key squat', () => {
  it('under the key earlier versions upserted (tonicdm-office-365-token-<tenant id>): never found, never changed', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({
      displayName: 'Mail archive helper',
      uniqueName: `tonicdm-office-365-token-${h.tenant.tenantId}`,
      withServicePrincipal: true,
    });

    const run = await automate(h);

    expect(touching(h, squat)).toEqual([]);
    expect(await squatterRoles(h, squat)).toEqual([]);
    expect(run.result.ok).toBe(true);
    expect(h.operations().some((e) => e.url.includes('uniqueName'))).toBe(false);
    expect(tonicApps(h)).toHaveLength(1);
    expect(h.tenant.state.applications.find((a) => a.id === squat.application.id)!.displayName).toBe('Mail archive helper');
  });

  it('under the one-time key a run tags its new app with: after a lost answer only the admin\'s own app is taken up', async () => {
    const h = createHarness();
    const checkpoint = memoryCheckpointStore();
    // The create reaches Entra but the panel closes before the answer arrives.
    h.intercept = async (request, forward) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1.0/applications') {
        await forward(request);
        throw new TypeError('Failed to fetch');
      }
      return forward(request);
    };
    const first = await automate(h, { checkpoint });
    h.intercept = undefined;
    expect(first.result.ok).toBe(false);
    const [ours] = tonicApps(h);
    const tag = ours!.tags[0]!;
    expect(tag).toMatch(/^TonicDMSetupRun:[0-9a-f]{32}$/);
    expect(checkpoint.current?.target).toMatchObject({ kind: 'new', creationKey: tag.split(':')[1] });

    // The tag is readable by every member: one copies it onto their own app, another also hands theirs to the admin.
    const copied = h.tenant.addSquatterApp({ displayName: APP_NAME, tags: [tag], withServicePrincipal: true });
    const handedOver = h.tenant.addSquatterApp({ displayName: APP_NAME, tags: [tag], handOverTo: [h.tenant.state.signedInUserId] });

    // Resume continues the run that was creating a new app.
    const again = await automate(h, { checkpoint, app: { kind: 'new' } });

    expect(again.result.ok).toBe(true);
    expect(again.result.actions.find((a) => a.kind === 'create-app')?.outcome).toBe('already-done');
    expect(again.result.ids.appObjectId).toBe(ours!.id);
    expect(tonicApps(h)).toHaveLength(3);
    for (const squat of [copied, handedOver]) {
      expect(touching(h, squat)).toEqual([]);
      expect(await squatterRoles(h, squat)).toEqual([]);
    }
  });
});

describe('an enterprise application that appears for the new app before the run creates it', () => {
  it('is refused when someone else owns it: nothing is granted to it', async () => {
    const h = createHarness();
    const alex = h.tenant.state.users.find((u) => u.displayName === 'Alex Wilber')!;
    h.intercept = async (request, forward) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/v1.0/$batch') {
        const body = (await request.clone().json()) as { requests: Array<{ method: string; url: string }> };
        const upsert = body.requests.find((r) => r.method === 'PATCH' && r.url.includes('servicePrincipals(appId='));
        const appId = upsert ? /appId='([^']+)'/.exec(decodeURIComponent(upsert.url))?.[1] : undefined;
        if (appId && !h.tenant.state.servicePrincipals.some((sp) => sp.appId === appId)) {
          // Raced in between: an enterprise application for the new app, owned by a member.
          const headers = { authorization: request.headers.get('authorization')!, 'content-type': 'application/json' };
          const sp = (await (await forward(new Request('https://graph.microsoft.com/v1.0/servicePrincipals', { method: 'POST', headers, body: JSON.stringify({ appId }) }))).json()) as { id: string };
          h.tenant.state.owners[sp.id] = [alex.id];
        }
      }
      return forward(request);
    };

    const run = await automate(h);

    expect(run.result.ok).toBe(false);
    const sp = run.result.actions.find((a) => a.kind === 'create-sp')!;
    expect(sp.outcome).toBe('failed');
    expect(sp.error?.message).toBe(
      "The new app's enterprise application already existed and is not yours: its enterprise application is owned by Alex Wilber. Nothing was granted to it.",
    );
    expect(run.result.actions.filter((a) => a.kind === 'grant-role').map((a) => a.outcome)).toEqual(['not-run', 'not-run', 'not-run']);
    expect(h.tenant.state.appRoleAssignments).toEqual([]);
  });
});

describe('an app handed over to the admin with the squatter\'s secret still on it', () => {
  it('is a risk even though the admin is its only owner, and is used only after a separate confirmation', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({ displayName: APP_NAME, handOverTo: [h.tenant.state.signedInUserId] });

    const run = await automate(h);

    expect(touching(h, squat)).toEqual([]);
    expect(run.result.ok).toBe(false);
    const trust = run.verification.app!.trust;
    expect(trust.level).toBe('risk');
    expect(trust.summary).toBe('It has 1 secret you did not create with this assistant');

    // Picking it is not enough...
    const picked = await automate(h, { appObjectId: squat.application.id, app: { kind: 'existing', appObjectId: squat.application.id } });
    expect(picked.plan.blocked).toBe(`"${APP_NAME}" is not clearly yours. Confirm that you want to use it before anything is granted.`);
    expect(touching(h, squat)).toEqual([]);
    // ...confirming what was shown is.
    const confirmed = await automate(h, { appObjectId: squat.application.id, app: { kind: 'existing', appObjectId: squat.application.id, confirmedRisk: trust.fingerprint } });
    expect(confirmed.plan.target.approval).toBe('confirmed-risk');
    expect(confirmed.result.ok).toBe(true);
    expect(await squatterRoles(h, squat)).toEqual(['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All']);
  });

  it('stops before the first change when another credential appears after the admin confirmed', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({ displayName: APP_NAME, handOverTo: [h.tenant.state.signedInUserId] });
    const verification = await verifySetup(h.transport, { appObjectId: squat.application.id });
    const plan = planSetup(verification, {
      app: { kind: 'existing', appObjectId: squat.application.id, confirmedRisk: verification.app!.trust.fingerprint },
      newSecret: true,
      assignees: [],
      now: new Date(h.now()),
    });
    expect(plan.blocked).toBeUndefined();
    h.tenant.addPassword(squat.application.id, { displayName: 'added later' });
    const mark = h.tenant.log.length;

    const result = await executePlan(h.transport, plan, { checkpoint: memoryCheckpointStore(), onProgress: () => {}, storeSecret: async () => {} });

    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/changed after you reviewed it/);
    expect(result.error?.explanation).toMatch(/it has 2 secrets you did not create with this assistant/i);
    expect(h.operations(mark).filter((e) => e.method !== 'GET')).toEqual([]);
  });
});

describe('a captured client ID that points at a squatted app', () => {
  it('is checked like any other: marked as a risk, nothing granted until the admin confirms', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true, withFederatedCredential: true });

    const run = await automate(h, { appId: squat.application.appId });

    expect(touching(h, squat)).toEqual([]);
    expect(await squatterRoles(h, squat)).toEqual([]);
    expect(run.verification.selection).toBe('client-id');
    expect(run.verification.app!.trust.summary).toBe(
      'Owned by Alex Wilber, who holds no admin role; it has 1 secret and 1 federated credential you did not create with this assistant',
    );
    expect(run.plan.blocked).toMatch(/is not clearly yours: owned by Alex Wilber.* Confirm that you want to use it, or create a new app\./);
  });
});

describe('apps nobody owns', () => {
  it('are not taken for the admin\'s: the admin picks one, and then no confirmation is needed', async () => {
    const h = createHarness();
    const graph = h.tenant.state.servicePrincipals.find((sp) => sp.appId === MICROSOFT_GRAPH_APP_ID)!;
    const { application } = h.tenant.addApplication({
      displayName: APP_NAME,
      requiredResourceAccess: [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: graph.appRoles.slice(0, 1).map((r) => ({ id: r.id, type: 'Role' as const })) }],
    });

    const run = await automate(h);
    expect(run.verification.app!.trust).toMatchObject({ level: 'unowned', summary: 'It has no owners (another administrator or a script created it) and it has no credentials' });
    expect(run.plan.blocked).toMatch(/Choose the one to use/);
    expect(h.operations().filter((e) => e.method !== 'GET')).toEqual([]);

    const picked = await automate(h, { appObjectId: application.id, app: { kind: 'existing', appObjectId: application.id } });
    expect(picked.plan.target.approval).toBe('chosen');
    expect(picked.result.error).toBeUndefined();
    expect(picked.result.ok).toBe(true);
  });
});
