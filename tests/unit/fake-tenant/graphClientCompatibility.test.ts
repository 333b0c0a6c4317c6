// @vitest-environment node
import { BatchRequestContent, BatchResponseContent, Client, PageIterator } from '@microsoft/microsoft-graph-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import type { FakeTenant } from '../../fake-tenant/types';

let tenant: FakeTenant;
let client: Client;
beforeEach(() => {
  tenant = createFakeTenant({ seed: 8, pageSize: 2 });
  const token = tenant.mintAccessToken();
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => tenant.handle(new Request(input, init)));
  client = Client.init({ authProvider: (done) => done(null, token) });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('@microsoft/microsoft-graph-client against the fake', () => {
  it('sends the token, reads entities and surfaces Graph errors', async () => {
    const me = await client.api('/me').select('id,userPrincipalName').get();
    expect(me.id).toBe(tenant.state.signedInUserId);
    expect(tenant.log[0]?.headers.authorization).toMatch(/^Bearer /);
    await expect(client.api('/applications/00000000-0000-4000-8000-000000000000').get()).rejects.toMatchObject({
      statusCode: 404,
      code: 'Request_ResourceNotFound',
    });
  });

  it('upserts with the Prefer header and pages with PageIterator', async () => {
    const created = await client
      .api("/applications(uniqueName='tonicdm')")
      .header('Prefer', 'create-if-missing')
      .patch({ displayName: 'TonicDM Office 365 Token', signInAudience: 'AzureADMyOrg' });
    expect(created.uniqueName).toBe('tonicdm');
    const names: string[] = [];
    const first = await client.api('/users').select('displayName').get();
    await new PageIterator(client, first, (user: { displayName: string }) => {
      names.push(user.displayName);
      return true;
    }).iterate();
    expect(names).toEqual(tenant.state.users.map((u) => u.displayName));
  });

  it('round-trips a $batch through BatchRequestContent / BatchResponseContent', async () => {
    const content = new BatchRequestContent([
      { id: '1', request: new Request('https://graph.microsoft.com/v1.0/me', { method: 'GET' }) },
      { id: '2', request: new Request('https://graph.microsoft.com/v1.0/organization', { method: 'GET' }) },
    ]);
    const raw = await client.api('/$batch').post(await content.getContent());
    const responses = new BatchResponseContent(raw);
    expect(responses.getResponseById('1')?.status).toBe(200);
    expect((await responses.getResponseById('2')?.json())?.value[0].id).toBe(tenant.tenantId);
  });
});
