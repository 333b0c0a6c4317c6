// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { panelMessageSchema } from '../../../utils/messaging/protocol';
import { adminLabel } from '../../../utils/record/adminLabel';
import { graphResultFields, graphSnapshot } from '../../../utils/record/graphSnapshot';
import type { AppRecord } from '../../../utils/setup/setupState';
import { REQUIRED_GRAPH_ROLES } from '../../../utils/steps';
import { createHarness, seedTonicApp, START, type SeedOptions } from '../graph/graphHarness';

const DAY = 86_400_000;
const SEEDED_KEY = '11111111-2222-4333-8444-555555555555';

async function verified(seed: SeedOptions = {}) {
  const h = createHarness({ tenantName: 'Contoso', signedInUser: { upn: 'admin@contoso.example' } });
  const seeded = seedTonicApp(h, seed);
  return { h, ...seeded, verification: await verifySetup(h.transport) };
}

describe('graphSnapshot', () => {
  it('keeps the ids, consent, assignment and assignees Graph showed', async () => {
    const { verification, application, servicePrincipal, assignee } = await verified();
    expect(graphSnapshot(verification, 'Megan Bowen (admin@contoso.example)')).toEqual({
      checkedAt: START,
      checkedBy: 'Megan Bowen (admin@contoso.example)',
      objectId: application.id,
      servicePrincipalId: servicePrincipal.id,
      configuredRoles: [...REQUIRED_GRAPH_ROLES],
      grantedRoles: [...REQUIRED_GRAPH_ROLES],
      assignmentRequired: true,
      assignees: [{ id: assignee!.id, type: 'User', name: 'Adele Vance' }],
    });
  });

  it.each<[string, SeedOptions, Record<string, unknown>]>([
    ['no consent', { consent: false }, { grantedRoles: [] }],
    ['delegated instead of application permissions', { roles: 'delegated', consent: false }, { configuredRoles: [] }],
    ['assignment not required, nobody assigned', { assignmentRequired: false, assignUser: false }, { assignmentRequired: false, assignees: [] }],
  ])('%s', async (_name, seed, expected) => {
    const { verification } = await verified(seed);
    expect(graphSnapshot(verification, undefined)).toMatchObject(expected);
  });

  it('says nothing about consent or assignment when the app has no service principal', async () => {
    const h = createHarness();
    const { application } = h.tenant.addApplication({ displayName: 'TonicDM Office 365 Token', signInAudience: 'AzureADMyOrg' });
    const snapshot = graphSnapshot(await verifySetup(h.transport), undefined);
    expect(snapshot.objectId).toBe(application.id);
    expect(snapshot).not.toHaveProperty('grantedRoles');
    expect(snapshot).not.toHaveProperty('assignmentRequired');
    expect(snapshot).not.toHaveProperty('assignees');
  });
});

describe('graphResultFields', () => {
  it('passes the expiry of the existing secret, with nothing captured, in a message the background accepts', async () => {
    const { verification, application } = await verified({ secretEndsInDays: 12 });
    const fields = graphResultFields(verification, {}, { username: 'admin@contoso.example', name: 'Megan Bowen' });
    expect(fields.tenantName).toBe('Contoso');
    expect(fields.credential).toEqual({ keyId: SEEDED_KEY, hint: 'abc', description: 'TonicDM Office365 Secret', endIso: new Date(START + 12 * DAY).toISOString().slice(0, 10) });
    const message = { type: 'panel/graph-result', appId: application.appId, tenantId: verification.tenant.id, verifiedSteps: [], ...fields };
    expect(panelMessageSchema.safeParse(message).success).toBe(true);
  });

  it('does not swap in another secret when the captured one is not listed yet', async () => {
    const { verification, application } = await verified();
    const captured: AppRecord = { clientId: application.appId, credential: { hint: 'Qk_' }, expiry: { iso: '2028-11-27' }, done: {} };
    expect(graphResultFields(verification, { [application.appId]: captured }, undefined).credential).toBeUndefined();
  });

  it('prefers the secret a run just added, by key ID', async () => {
    const { h, verification, application } = await verified();
    h.tenant.state.applications.find((a) => a.id === application.id)!.passwordCredentials.push({
      customKeyIdentifier: null,
      displayName: 'TonicDM Office365 Secret Mar 2026',
      endDateTime: new Date(START + 730 * DAY).toISOString(),
      hint: 'Zz9',
      keyId: '22222222-3333-4444-8555-666666666666',
      secretText: null,
      startDateTime: new Date(START).toISOString(),
    });
    const again = await verifySetup(h.transport);
    expect(graphResultFields(again, {}, undefined, SEEDED_KEY).credential?.keyId).toBe(SEEDED_KEY);
    expect(graphResultFields(again, {}, undefined).credential?.keyId).toBe('22222222-3333-4444-8555-666666666666');
    expect(verification.app?.appId).toBe(application.appId);
  });
});

describe('adminLabel', () => {
  it.each([
    [{ username: 'admin@contoso.example', name: 'Megan Bowen' }, 'Megan Bowen (admin@contoso.example)'],
    [{ username: 'admin@contoso.example', name: 'admin@contoso.example' }, 'admin@contoso.example'],
    [{ username: 'admin@contoso.example' }, 'admin@contoso.example'],
    [undefined, undefined],
  ])('%o → %s', (account, label) => {
    expect(adminLabel(account)).toBe(label);
  });
});
