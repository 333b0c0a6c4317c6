// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import type { DirectoryRoleName, FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp, createSp, postForm } from './graphCall';

const START = Date.UTC(2026, 2, 15, 10, 0, 0);
const REPORT = 'https://graph.microsoft.com/beta/reports/appCredentialSignInActivities';

let tenant: FakeTenant;
let clock = START;
beforeEach(() => {
  clock = START;
  tenant = createFakeTenant({ clock: () => clock, seed: 5 });
});

async function appWithSecret(): Promise<{ app: any; keyId: string; secretText: string }> {
  const app = await createApp(tenant);
  await createSp(tenant, app.appId);
  const added = await callGraph(tenant, 'POST', `/applications/${app.id}/addPassword`, { body: { passwordCredential: { displayName: 'TonicDM Office365 Secret' } } });
  return { app, keyId: added.json.keyId, secretText: added.json.secretText };
}

describe('credential sign-in activity report (beta)', () => {
  it('lists a credential once it has signed in with the client-credentials grant, filtered by appId', async () => {
    const { app, keyId, secretText } = await appWithSecret();
    const before = await callGraph(tenant, 'GET', `${REPORT}?$filter=${encodeURIComponent(`appId eq '${app.appId}'`)}`);
    expect(before.status).toBe(200);
    expect(before.json.value).toEqual([]);
    expect(before.json['@odata.context']).toContain('/beta/$metadata#');

    clock += 60_000;
    const token = await postForm(tenant, `https://login.microsoftonline.com/${tenant.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: app.appId,
      client_secret: secretText,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(token.status).toBe(200);
    const after = await callGraph(tenant, 'GET', `${REPORT}?$filter=${encodeURIComponent(`appId eq '${app.appId}'`)}`);
    expect(after.json.value).toHaveLength(1);
    expect(after.json.value[0]).toMatchObject({
      appId: app.appId,
      appObjectId: app.id,
      keyId,
      keyType: 'clientSecret',
      credentialOrigin: 'application',
      signInActivity: { lastSignInDateTime: new Date(START + 60_000).toISOString() },
    });
  });

  it('is not served under v1.0', async () => {
    const result = await callGraph(tenant, 'GET', '/reports/appCredentialSignInActivities');
    expect(result.status).toBe(404);
  });

  it.each<[string, (t: FakeTenant) => void, string | undefined, number, string]>([
    ['no Entra ID P1 or P2', (t) => (t.switches.reports.premium = false), undefined, 403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'],
    ['no report-reading role', (t) => t.setSignedInUserRoles(['Application Administrator']), undefined, 403, 'Authentication_RequestFromUnsupportedUserRole'],
    ['no AuditLog or Directory read scope', () => {}, 'User.Read Application.ReadWrite.All', 403, 'Authorization_RequestDenied'],
  ])('refuses: %s', async (_name, arrange, scopes, status, code) => {
    const { keyId } = await appWithSecret();
    tenant.recordCredentialSignIn(keyId);
    arrange(tenant);
    const token = scopes ? tenant.mintAccessToken({ scopes: scopes.split(' ') }) : undefined;
    const result = await callGraph(tenant, 'GET', REPORT, token ? { token } : {});
    expect(result.status).toBe(status);
    expect(result.json.error.code).toBe(code);
  });

  it.each<[DirectoryRoleName, string]>([
    ['Reports Reader', 'AuditLog.Read.All'],
    ['Security Reader', 'AuditLog.Read.All'],
    ['Global Reader', 'Directory.Read.All'],
  ])('answers a %s with %s', async (role, scope) => {
    const { keyId } = await appWithSecret();
    tenant.recordCredentialSignIn(keyId, START - 86_400_000);
    tenant.setSignedInUserRoles([role]);
    const result = await callGraph(tenant, 'GET', REPORT, { token: tenant.mintAccessToken({ scopes: ['User.Read', scope] }) });
    expect(result.status).toBe(200);
    expect(result.json.value.map((row: { keyId: string }) => row.keyId)).toEqual([keyId]);
  });
});

describe('deleting an application', () => {
  it('also deletes its service principal, with its grants and assignments', async () => {
    const app = await createApp(tenant);
    const sp = await createSp(tenant, app.appId);
    const adele = tenant.state.users.find((u) => u.displayName === 'Adele Vance')!;
    const assigned = await callGraph(tenant, 'POST', `/servicePrincipals/${sp.id}/appRoleAssignedTo`, {
      body: { principalId: adele.id, resourceId: sp.id, appRoleId: '00000000-0000-0000-0000-000000000000' },
    });
    expect(assigned.status).toBe(201);
    const deleted = await callGraph(tenant, 'DELETE', `/applications/${app.id}`);
    expect(deleted.status).toBe(204);
    expect(tenant.state.applications.some((a) => a.id === app.id)).toBe(false);
    expect(tenant.state.servicePrincipals.some((s) => s.id === sp.id)).toBe(false);
    expect(tenant.state.appRoleAssignments.some((a) => a.resourceId === sp.id || a.principalId === sp.id)).toBe(false);
    expect((await callGraph(tenant, 'GET', `/servicePrincipals/${sp.id}`)).status).toBe(404);
  });
});
