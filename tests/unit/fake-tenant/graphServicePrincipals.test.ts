// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { DEFAULT_ACCESS_ROLE_ID, GRAPH_APP_ROLE_IDS, MICROSOFT_GRAPH_APP_ID } from '../../fake-tenant/graphSeed';
import type { FakeTenant } from '../../fake-tenant/types';
import { callGraph, createApp, createSp, graphSpId } from './graphCall';

let tenant: FakeTenant;
beforeEach(() => {
  tenant = createFakeTenant({ seed: 11 });
});

describe('Microsoft Graph service principal seed', () => {
  it('is found by appId filter with $select, exposing the three TonicDM roles', async () => {
    const result = await callGraph(
      tenant,
      'GET',
      `/servicePrincipals?$filter=appId eq '${MICROSOFT_GRAPH_APP_ID}'&$select=id,appId,appRoles`,
    );
    expect(result.status).toBe(200);
    expect(result.json['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#servicePrincipals(id,appId,appRoles)');
    expect(result.json.value).toHaveLength(1);
    const sp = result.json.value[0];
    expect(Object.keys(sp).sort()).toEqual(['appId', 'appRoles', 'id']);
    const byValue = new Map(sp.appRoles.map((r: { value: string }) => [r.value, r]));
    for (const [value, id] of [
      ['MailboxSettings.ReadWrite', '6931bccd-447a-43d1-b442-00a195474933'],
      ['Mail.ReadWrite', 'e2a3a72e-5f79-4c64-b1b1-878b674786c9'],
      ['User.Read.All', 'df021288-bdef-4463-88db-98f22de89214'],
    ]) {
      expect(byValue.get(value)).toMatchObject({ id, allowedMemberTypes: ['Application'], isEnabled: true });
    }
  });

  it('offers User.Read as a delegated scope, not an app role', () => {
    const sp = tenant.state.servicePrincipals.find((s) => s.appId === MICROSOFT_GRAPH_APP_ID);
    expect(sp?.oauth2PermissionScopes.some((s) => s.value === 'User.Read')).toBe(true);
    expect(sp?.appRoles.some((r) => r.value === 'User.Read')).toBe(false);
  });
});

describe('service principal create and upsert', () => {
  it('POST creates with appRoleAssignmentRequired false by default', async () => {
    const app = await createApp(tenant);
    const result = await callGraph(tenant, 'POST', '/servicePrincipals', { body: { appId: app.appId } });
    expect(result.status).toBe(201);
    expect(result.json).toMatchObject({ appId: app.appId, displayName: app.displayName, appRoleAssignmentRequired: false });
    expect(result.json['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/$entity');
  });

  it.each([[true], [false]])('POST honours appRoleAssignmentRequired=%s', async (required) => {
    const app = await createApp(tenant);
    const result = await callGraph(tenant, 'POST', '/servicePrincipals', { body: { appId: app.appId, appRoleAssignmentRequired: required } });
    expect(result.json.appRoleAssignmentRequired).toBe(required);
  });

  it.each([
    { name: 'unknown appId', body: { appId: '12345678-1234-4234-8234-123456789012' }, status: 400, message: /does not reference a valid application object/ },
    { name: 'no appId', body: {}, status: 400, message: /appId/ },
    { name: 'non-boolean flag', appIdFromApp: true, body: { appRoleAssignmentRequired: 'yes' }, status: 400, message: /appRoleAssignmentRequired/ },
  ])('POST with $name → $status', async ({ body, appIdFromApp, status, message }) => {
    const app = await createApp(tenant);
    const result = await callGraph(tenant, 'POST', '/servicePrincipals', { body: appIdFromApp ? { appId: app.appId, ...body } : body });
    expect(result.status).toBe(status);
    expect(result.json.error.message).toMatch(message);
  });

  it('a second POST for the same appId is a 409 conflict', async () => {
    const app = await createApp(tenant);
    await createSp(tenant, app.appId);
    const again = await callGraph(tenant, 'POST', '/servicePrincipals', { body: { appId: app.appId } });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('Request_MultipleObjectsWithSameKeyValue');
  });

  it.each([
    { name: 'missing, with create-if-missing', exists: false, prefer: true, status: 201 },
    { name: 'missing, without the header', exists: false, prefer: false, status: 404 },
    { name: 'existing, with create-if-missing', exists: true, prefer: true, status: 204 },
    { name: 'existing, without the header', exists: true, prefer: false, status: 204 },
  ])("PATCH (appId='…') $name → $status", async ({ exists, prefer, status }) => {
    const app = await createApp(tenant);
    if (exists) await createSp(tenant, app.appId);
    const result = await callGraph(tenant, 'PATCH', `/servicePrincipals(appId='${app.appId}')`, {
      body: { appRoleAssignmentRequired: true },
      headers: prefer ? { prefer: 'create-if-missing' } : {},
    });
    expect(result.status).toBe(status);
    const sps = tenant.state.servicePrincipals.filter((s) => s.appId === app.appId);
    expect(sps).toHaveLength(status === 404 ? 0 : 1);
    if (status !== 404) expect(sps[0]?.appRoleAssignmentRequired).toBe(true);
    if (status === 201) expect(result.json.appId).toBe(app.appId);
    if (status === 204) expect(result.json).toBeUndefined();
  });

  it('GET and PATCH by id, GET by appId key', async () => {
    const app = await createApp(tenant);
    const sp = await createSp(tenant, app.appId);
    expect((await callGraph(tenant, 'PATCH', `/servicePrincipals/${sp.id}`, { body: { appRoleAssignmentRequired: true } })).status).toBe(204);
    const byId = await callGraph(tenant, 'GET', `/servicePrincipals/${sp.id}`);
    const byKey = await callGraph(tenant, 'GET', `/servicePrincipals(appId='${app.appId}')?$select=id,appRoleAssignmentRequired`);
    expect(byId.json.appRoleAssignmentRequired).toBe(true);
    expect(byKey.json).toMatchObject({ id: sp.id, appRoleAssignmentRequired: true });
  });
});

describe('app-role assignments', () => {
  async function tonicSp(): Promise<{ id: string; appId: string }> {
    const app = await createApp(tenant);
    return createSp(tenant, app.appId);
  }

  it('grants each Graph role once through appRoleAssignedTo and lists them', async () => {
    const client = await tonicSp();
    const graphId = graphSpId(tenant);
    const roles = [GRAPH_APP_ROLE_IDS['MailboxSettings.ReadWrite'], GRAPH_APP_ROLE_IDS['Mail.ReadWrite'], GRAPH_APP_ROLE_IDS['User.Read.All']];
    for (const appRoleId of roles) {
      const result = await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, {
        body: { principalId: client.id, resourceId: graphId, appRoleId },
      });
      expect(result.status).toBe(201);
      expect(result.json).toMatchObject({ principalId: client.id, resourceId: graphId, appRoleId, principalType: 'ServicePrincipal', resourceDisplayName: 'Microsoft Graph' });
      expect(result.json['@odata.context']).toBe(`https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${graphId}')/appRoleAssignedTo/$entity`);
    }
    const resourceSide = await callGraph(tenant, 'GET', `/servicePrincipals/${graphId}/appRoleAssignedTo?$filter=principalId eq ${client.id}`);
    expect(resourceSide.json.value.map((a: { appRoleId: string }) => a.appRoleId).sort()).toEqual([...roles].sort());
    const principalSide = await callGraph(tenant, 'GET', `/servicePrincipals/${client.id}/appRoleAssignments`);
    expect(principalSide.json.value).toHaveLength(3);
    const otherPrincipal = await callGraph(tenant, 'GET', `/servicePrincipals/${graphId}/appRoleAssignedTo?$filter=principalId eq '${graphId}'`);
    expect(otherPrincipal.json.value).toEqual([]);
  });

  it.each([
    { name: 'duplicate assignment', setup: 'duplicate', status: 400, message: 'Permission being assigned already exists on the object' },
    { name: 'unknown appRoleId', setup: 'unknownRole', status: 400, message: 'Permission being assigned was not found' },
    { name: 'resourceId not the path', setup: 'wrongResource', status: 400, message: "property 'resourceId'" },
    { name: 'unknown principal', setup: 'unknownPrincipal', status: 404, message: 'does not exist' },
    { name: 'default role on Graph for an SP', setup: 'defaultOnGraph', status: 400, message: 'not found' },
  ])('$name → $status', async ({ setup, status, message }) => {
    const client = await tonicSp();
    const graphId = graphSpId(tenant);
    const body: Record<string, string> = { principalId: client.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['Mail.ReadWrite'] };
    if (setup === 'duplicate') await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, { body });
    if (setup === 'unknownRole') body.appRoleId = '11111111-2222-4333-8444-555555555555';
    if (setup === 'wrongResource') body.resourceId = client.id;
    if (setup === 'unknownPrincipal') body.principalId = '11111111-2222-4333-8444-555555555555';
    if (setup === 'defaultOnGraph') body.appRoleId = DEFAULT_ACCESS_ROLE_ID;
    const before = tenant.state.appRoleAssignments.length;
    const result = await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, { body });
    expect(result.status).toBe(status);
    expect(result.json.error.message).toContain(message);
    expect(tenant.state.appRoleAssignments.length).toBe(before);
  });

  it.each([
    ['user', '6b1d3f5a-2c4e-4a8b-9d0f-1e3a5c7b9d2f', 'User'],
    ['group', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'Group'],
  ])('assigns a %s to the TonicDM app with the default role', async (_kind, principalId, principalType) => {
    const client = await tonicSp();
    const result = await callGraph(tenant, 'POST', `/servicePrincipals/${client.id}/appRoleAssignedTo`, {
      body: { principalId, resourceId: client.id, appRoleId: DEFAULT_ACCESS_ROLE_ID },
    });
    expect(result.status).toBe(201);
    expect(result.json.principalType).toBe(principalType);
  });

  it('principal-side POST /appRoleAssignments creates the same assignment', async () => {
    const client = await tonicSp();
    const graphId = graphSpId(tenant);
    const result = await callGraph(tenant, 'POST', `/servicePrincipals/${client.id}/appRoleAssignments`, {
      body: { principalId: client.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['User.Read.All'] },
    });
    expect(result.status).toBe(201);
    expect(tenant.state.appRoleAssignments).toHaveLength(1);
  });

  it('DELETE removes an assignment', async () => {
    const client = await tonicSp();
    const graphId = graphSpId(tenant);
    const created = await callGraph(tenant, 'POST', `/servicePrincipals/${graphId}/appRoleAssignedTo`, {
      body: { principalId: client.id, resourceId: graphId, appRoleId: GRAPH_APP_ROLE_IDS['User.Read.All'] },
    });
    expect((await callGraph(tenant, 'DELETE', `/servicePrincipals/${graphId}/appRoleAssignedTo/${created.json.id}`)).status).toBe(204);
    expect(tenant.state.appRoleAssignments).toHaveLength(0);
  });
});
