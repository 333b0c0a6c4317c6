// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { DEMO_USERS, FAKE_TENANT_DEFAULTS } from '../../fake-tenant/defaults';
import { GRAPH_APP_ROLE_IDS, MICROSOFT_GRAPH_APP_ID } from '../../fake-tenant/graphSeed';
import { decodeTestToken } from '../../fake-tenant/testTokens';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp, graphSpId, postForm } from './graphCall';

const START = Date.UTC(2026, 0, 8, 10, 0, 0);
const ADMIN = FAKE_TENANT_DEFAULTS.signedInUserId;
const ALEX = DEMO_USERS[1].id;
/** What Entra lets every member do by default: register apps and manage the ones they own. */
const MEMBER_SCOPES = ['User.Read', 'Application.ReadWrite.All'];

let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ clock: () => START, seed: 5 });
});

const alexToken = () => tenant.mintAccessToken({ userId: ALEX, scopes: MEMBER_SCOPES });
const ownerIds = (json: { value: Array<{ id: string }> }) => json.value.map((o) => o.id);

describe('owners of apps and enterprise apps', () => {
  it('the signed-in user who creates an app or its service principal becomes their owner', async () => {
    const app = await createApp(tenant);
    const sp = await callGraph(tenant, 'POST', '/servicePrincipals', { body: { appId: app.appId } });
    for (const path of [`/applications/${app.id}/owners`, `/servicePrincipals/${sp.json.id}/owners`]) {
      const owners = await callGraph(tenant, 'GET', path);
      expect(owners.status).toBe(200);
      expect(owners.json.value).toEqual([expect.objectContaining({ '@odata.type': '#microsoft.graph.user', id: ADMIN, userPrincipalName: `admin@${tenant.defaultDomain}` })]);
    }
    // The upsert's create path too.
    await callGraph(tenant, 'PATCH', "/applications(uniqueName='k-1')", { headers: { Prefer: 'create-if-missing' }, body: { displayName: 'Upserted' } });
    const upserted = tenant.state.applications.find((a) => a.uniqueName === 'k-1')!;
    expect(tenant.state.owners[upserted.id]).toEqual([ADMIN]);
  });

  it('an app-only caller leaves the app without owners', () => {
    const seeded = tenant.addApplication({ displayName: 'Script-made' });
    expect(tenant.state.owners[seeded.application.id]).toBeUndefined();
  });

  it('$expand=owners on lists and gets, with a nested $select, keeps each owner\'s type', async () => {
    const { application } = tenant.addSquatterApp({ displayName: 'TonicDM Office 365 Token', withServicePrincipal: true });
    const list = await callGraph(tenant, 'GET', `/applications?$filter=displayName eq 'TonicDM Office 365 Token'&$select=id,displayName&$expand=owners($select=id,displayName)`);
    expect(list.status).toBe(200);
    expect(list.json.value).toEqual([{ id: application.id, displayName: 'TonicDM Office 365 Token', owners: [{ '@odata.type': '#microsoft.graph.user', id: ALEX, displayName: 'Alex Wilber' }] }]);
    const single = await callGraph(tenant, 'GET', `/applications/${application.id}?$expand=owners`);
    expect(single.json.owners).toHaveLength(1);
    expect(single.json.owners[0]).toMatchObject({ id: ALEX, userPrincipalName: expect.stringContaining('alex@') });
    const sps = await callGraph(tenant, 'GET', `/servicePrincipals?$filter=appId eq '${application.appId}'&$expand=owners`);
    expect(ownerIds({ value: sps.json.value[0].owners })).toEqual([ALEX]);
  });

  it('a service principal can be an owner', async () => {
    const robot = tenant.addApplication({ displayName: 'Deploy robot', withServicePrincipal: true });
    const app = await createApp(tenant, 'Owned by a robot');
    const added = await callGraph(tenant, 'POST', `/applications/${app.id}/owners/$ref`, {
      body: { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${robot.servicePrincipal!.id}` },
    });
    expect(added.status).toBe(204);
    const owners = await callGraph(tenant, 'GET', `/applications/${app.id}/owners`);
    expect(owners.json.value.map((o: { '@odata.type': string }) => o['@odata.type'])).toEqual(['#microsoft.graph.user', '#microsoft.graph.servicePrincipal']);
  });

  it.each([
    ['two relationships at once', '$expand=owners,federatedIdentityCredentials', 'Only one relationship'],
    ['an unknown relationship', '$expand=memberOf', "Could not find a property named 'memberOf'"],
  ])('$expand of %s is a 400', async (_name, query, message) => {
    const result = await callGraph(tenant, 'GET', `/applications?${query}`);
    expect(result.status).toBe(400);
    expect(result.json.error.message).toContain(message);
  });

  it('owners are added and removed by reference, down to none; duplicates and unknown ids are refused', async () => {
    const app = await createApp(tenant);
    const ref = (id: string) => ({ body: { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` } });
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/owners/$ref`, ref(ALEX))).status).toBe(204);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/owners/$ref`, ref(ALEX))).status).toBe(400);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/owners/$ref`, ref('00000000-1111-2222-3333-444444444444'))).status).toBe(404);
    expect((await callGraph(tenant, 'DELETE', `/applications/${app.id}/owners/${ALEX}/$ref`)).status).toBe(204);
    expect((await callGraph(tenant, 'DELETE', `/applications/${app.id}/owners/${ADMIN}/$ref`)).status).toBe(204);
    expect(ownerIds((await callGraph(tenant, 'GET', `/applications/${app.id}/owners`)).json)).toEqual([]);
  });
});

describe('what a member user without any admin role can do', () => {
  it('registers an app, keeps a secret and manages it, but cannot touch an app they do not own', async () => {
    const created = await callGraph(tenant, 'POST', '/applications', { token: alexToken(), body: { displayName: 'TonicDM Office 365 Token' } });
    expect(created.status).toBe(201);
    const secret = await callGraph(tenant, 'POST', `/applications/${created.json.id}/addPassword`, { token: alexToken(), body: {} });
    expect(secret.status).toBe(200);
    expect(tenant.state.owners[created.json.id]).toEqual([ALEX]);

    const adminApp = await createApp(tenant, 'Admin app');
    for (const [method, path, body] of [
      ['PATCH', `/applications/${adminApp.id}`, { displayName: 'Mine now' }],
      ['POST', `/applications/${adminApp.id}/addPassword`, {}],
      ['POST', `/applications/${adminApp.id}/owners/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${ALEX}` }],
      ['POST', '/servicePrincipals', { appId: adminApp.appId }],
    ] as const) {
      const result = await callGraph(tenant, method, path, { token: alexToken(), body });
      expect(result.status, `${method} ${path}`).toBe(403);
    }
    // Handing the app to the admin and leaving it is allowed: the secret stays behind.
    const ref = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${ADMIN}` };
    expect((await callGraph(tenant, 'POST', `/applications/${created.json.id}/owners/$ref`, { token: alexToken(), body: ref })).status).toBe(204);
    expect((await callGraph(tenant, 'DELETE', `/applications/${created.json.id}/owners/${ALEX}/$ref`, { token: alexToken() })).status).toBe(204);
    expect(tenant.state.owners[created.json.id]).toEqual([ADMIN]);
    expect(tenant.state.applications.find((a) => a.id === created.json.id)!.passwordCredentials).toHaveLength(1);
  });

  it('the seeded squatter app: Alex owns it, and once the admin grants it, Alex\'s secret reads every mailbox', async () => {
    const squat = tenant.addSquatterApp({ displayName: 'TonicDM Office 365 Token', withServicePrincipal: true });
    expect(squat.owner.displayName).toBe('Alex Wilber');
    expect(tenant.state.owners[squat.application.id]).toEqual([ALEX]);
    expect(tenant.state.owners[squat.servicePrincipal!.id]).toEqual([ALEX]);
    const graphId = graphSpId(tenant);
    await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, {
      body: { principalId: squat.servicePrincipal!.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['Mail.ReadWrite'] },
    });
    const token = await postForm(tenant, `https://login.microsoftonline.com/${tenant.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
      client_id: squat.application.appId,
      client_secret: squat.secretText!,
    });
    expect(token.status).toBe(200);
    expect(decodeTestToken(token.json.access_token)).toMatchObject({ roles: ['Mail.ReadWrite'] });
  });

  it('the squatter app can be handed over with its secret and a federated credential left behind', () => {
    const squat = tenant.addSquatterApp({ displayName: 'TonicDM Office 365 Token', withFederatedCredential: true, handOverTo: [ADMIN] });
    expect(tenant.state.owners[squat.application.id]).toEqual([ADMIN]);
    expect(squat.application.passwordCredentials).toHaveLength(1);
    expect(tenant.state.federatedIdentityCredentials[squat.application.id]).toHaveLength(1);
  });
});

describe('federated identity credentials', () => {
  it('are created by an owner, listed, and expanded on application reads', async () => {
    const app = await createApp(tenant);
    const body = { name: 'gh', issuer: 'https://token.actions.githubusercontent.com', subject: 'repo:x/y:ref:refs/heads/main', audiences: ['api://AzureADTokenExchange'] };
    const created = await callGraph(tenant, 'POST', `/applications/${app.id}/federatedIdentityCredentials`, { body });
    expect(created.status).toBe(201);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/federatedIdentityCredentials`, { body })).status).toBe(409);
    expect((await callGraph(tenant, 'POST', `/applications/${app.id}/federatedIdentityCredentials`, { token: alexToken(), body: { ...body, name: 'other' } })).status).toBe(403);
    const list = await callGraph(tenant, 'GET', `/applications/${app.id}/federatedIdentityCredentials`);
    expect(list.json.value).toEqual([expect.objectContaining({ id: created.json.id, subject: body.subject })]);
    const expanded = await callGraph(tenant, 'GET', `/applications?$filter=id eq '${app.id}'&$expand=federatedIdentityCredentials($select=id,name)`);
    expect(expanded.json.value[0].federatedIdentityCredentials).toEqual([{ id: created.json.id, name: 'gh' }]);
  });
});

describe('tags', () => {
  it('are matched with tags/any(t:t eq …), case-insensitively', async () => {
    const tagged = await createApp(tenant, 'Tagged', { tags: ['Setup:ABC', 'other'] });
    await createApp(tenant, 'Plain');
    const result = await callGraph(tenant, 'GET', `/applications?$filter=tags/any(t:t eq 'setup:abc')&$select=id`);
    expect(result.status).toBe(200);
    expect(result.json.value).toEqual([{ id: tagged.id }]);
    const malformed = await callGraph(tenant, 'GET', `/applications?$filter=tags/any(t:x eq 'a')`);
    expect(malformed.status).toBe(400);
  });
});

describe('Microsoft Graph itself', () => {
  it('has no owners in the tenant', async () => {
    const graph = tenant.state.servicePrincipals.find((sp) => sp.appId === MICROSOFT_GRAPH_APP_ID)!;
    expect((await callGraph(tenant, 'GET', `/servicePrincipals/${graph.id}/owners`)).json.value).toEqual([]);
  });
});
