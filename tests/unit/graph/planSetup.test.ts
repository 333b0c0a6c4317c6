// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MICROSOFT_GRAPH_APP_ID, SECRET_DESCRIPTION } from '../../../utils/steps';
import { addMonths, mergeRequiredResourceAccess, planSetup, type SetupAction } from '../../../utils/graph/planSetup';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { WELL_KNOWN_GRAPH_ROLE_IDS } from '../../../utils/graph/wellKnownIds';
import { createHarness, seedTonicApp, START, tenantUser, type SeedOptions } from './graphHarness';

const NOW = new Date(START);
const todo = (actions: SetupAction[]) => actions.filter((a) => a.state === 'todo').map((a) => a.kind);

async function verified(seed?: SeedOptions | null) {
  const h = createHarness();
  const seeded = seed === null ? undefined : seedTonicApp(h, seed);
  return { h, seeded, verification: await verifySetup(h.transport, { known: h.known }) };
}

describe('planSetup', () => {
  it('plans the whole setup for an empty tenant, in dependency order', async () => {
    const { h, verification } = await verified(null);
    const adele = tenantUser(h, 'Adele Vance');
    const plan = planSetup(verification, { newSecret: true, assignees: [adele], now: NOW });

    expect(todo(plan.actions)).toEqual(['create-app', 'create-sp', 'grant-role', 'grant-role', 'grant-role', 'add-secret', 'assign']);
    const create = plan.actions[0] as Extract<SetupAction, { kind: 'create-app' }>;
    expect(create.body).not.toHaveProperty('uniqueName');
    expect(create.body.signInAudience).toBe('AzureADMyOrg');
    expect(plan.target.app).toBeUndefined();
    expect(create.body.requiredResourceAccess).toEqual([
      { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: Object.values(WELL_KNOWN_GRAPH_ROLE_IDS).map((id) => ({ id, type: 'Role' })) },
    ]);
    const secret = plan.actions.find((a) => a.kind === 'add-secret') as Extract<SetupAction, { kind: 'add-secret' }>;
    expect(secret).toMatchObject({ displayName: SECRET_DESCRIPTION, endDateTime: '2028-03-15T10:00:00.000Z' });
    expect(plan.actions.every((a) => a.title.length > 10)).toBe(true);
    expect(plan.blocked).toBeUndefined();
  });

  it('plans nothing for a correct tenant, listing what exists', async () => {
    const { seeded, verification } = await verified();
    const plan = planSetup(verification, { newSecret: false, assignees: [seeded!.assignee!], now: NOW });
    expect(todo(plan.actions)).toEqual([]);
    expect(plan.actions.map((a) => a.kind)).toEqual(['update-app', 'update-sp', 'grant-role', 'grant-role', 'grant-role', 'add-secret', 'assign', 'nothing']);
    expect(plan.actions.slice(0, -1).every((a) => a.state === 'exists')).toBe(true);
    expect(plan.warnings).toEqual([]);
  });

  it.each([
    [{ signInAudience: 'AzureADandPersonalMicrosoftAccount' }, ['update-app'], /make it single tenant/],
    [{ redirectUri: 'https://localhost/cb' }, ['update-app'], /remove redirect URIs https:\/\/localhost\/cb/],
    [{ roles: 'delegated' as const }, ['update-app'], /add application permissions .*; remove delegated User\.Read\.All/],
    [{ consent: false }, ['grant-role', 'grant-role', 'grant-role'], /Grant admin consent for MailboxSettings\.ReadWrite/],
    [{ assignmentRequired: false }, ['update-sp'], /Assignment required\?" to Yes/],
  ])('fixes only the drift %j', async (seed, kinds, title) => {
    const { seeded, verification } = await verified(seed);
    const plan = planSetup(verification, { newSecret: false, assignees: [seeded!.assignee!], now: NOW });
    expect(todo(plan.actions)).toEqual(kinds);
    expect(plan.actions.filter((a) => a.state === 'todo').map((a) => a.title).join(' ')).toMatch(title);
  });

  it('clears only the redirect URI kinds that have entries', async () => {
    const { verification } = await verified({ redirectUri: 'https://localhost/cb' });
    const plan = planSetup(verification, { newSecret: false, assignees: [], now: NOW });
    const update = plan.actions.find((a) => a.kind === 'update-app') as Extract<SetupAction, { kind: 'update-app' }>;
    expect(update.body).toEqual({ web: { redirectUris: [] } });
  });

  it.each([
    [{ secretEndsInDays: 10 }, undefined, `${SECRET_DESCRIPTION} Mar 2026`, '2028-03-15'],
    [{ secretEndsInDays: null }, 6, SECRET_DESCRIPTION, '2026-09-15'],
    [{ secretEndsInDays: -1 }, 12, `${SECRET_DESCRIPTION} Mar 2026`, '2027-03-15'],
  ])('names and dates a new secret (%j, %s months)', async (seed, months, name, end) => {
    const { verification } = await verified(seed);
    const plan = planSetup(verification, { newSecret: true, assignees: [], now: NOW, ...(months ? { secretLifetimeMonths: months } : {}) });
    const secret = plan.actions.find((a) => a.kind === 'add-secret') as Extract<SetupAction, { kind: 'add-secret' }>;
    expect(secret.state).toBe('todo');
    expect(secret.displayName).toBe(name);
    expect(secret.endDateTime.slice(0, 10)).toBe(end);
  });

  it('warns when no valid secret exists and none is requested', async () => {
    const { verification } = await verified({ secretEndsInDays: null });
    const plan = planSetup(verification, { newSecret: false, assignees: [], now: NOW });
    expect(plan.actions.some((a) => a.kind === 'add-secret')).toBe(false);
    expect(plan.warnings.join(' ')).toMatch(/no client secret.*ask for a new one/i);
  });

  it.each([0, 25, 1.5])('rejects a lifetime of %s months', async (months) => {
    const { verification } = await verified();
    expect(() => planSetup(verification, { newSecret: true, assignees: [], now: NOW, secretLifetimeMonths: months })).toThrow(RangeError);
  });

  it('skips assignees that are already assigned and de-duplicates picks', async () => {
    const { h, seeded, verification } = await verified();
    const megan = tenantUser(h, 'Megan Bowen');
    const plan = planSetup(verification, { newSecret: false, assignees: [seeded!.assignee!, megan, { ...megan, id: megan.id.toUpperCase() }], now: NOW });
    const assigns = plan.actions.filter((a) => a.kind === 'assign');
    expect(assigns.map((a) => [a.state, a.title])).toEqual([
      ['exists', `${seeded!.assignee!.displayName} is assigned.`],
      ['todo', 'Assign the user Megan Bowen to the app.'],
    ]);
  });

  it('blocks when two apps share the name', async () => {
    const { h } = await verified();
    h.tenant.addApplication({ displayName: 'TonicDM Office 365 Token' });
    const plan = planSetup(await verifySetup(h.transport), { newSecret: true, assignees: [], now: NOW });
    expect(plan.blocked).toMatch(/2 apps/);
    expect(plan.actions).toEqual([]);
  });

  it('warns up front when the admin cannot consent', async () => {
    const h = createHarness({ signedInUserRoles: ['Cloud Application Administrator'] });
    const plan = planSetup(await verifySetup(h.transport), { newSecret: true, assignees: [], now: NOW });
    expect(plan.warnings.join(' ')).toMatch(/Global Administrator or Privileged Role Administrator/);
    expect(plan.warnings.join(' ')).toMatch(/No users or groups/);
  });
});

describe('mergeRequiredResourceAccess', () => {
  const wanted = Object.entries(WELL_KNOWN_GRAPH_ROLE_IDS).map(([role, id]) => ({ role: role as keyof typeof WELL_KNOWN_GRAPH_ROLE_IDS, id }));
  const userRead = { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' };
  const delegatedUserReadAll = { id: 'a154be20-db9c-4678-8ab7-66f6cc099a59', type: 'Scope' };
  const otherApi = { resourceAppId: '00000002-0000-0ff1-ce00-000000000000', resourceAccess: [{ id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', type: 'Role' }] };

  it('keeps User.Read and other APIs, adds the roles and drops delegated duplicates', () => {
    const merged = mergeRequiredResourceAccess(
      [otherApi, { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [userRead, delegatedUserReadAll, { id: wanted[0]!.id, type: 'Role' }] }],
      wanted,
      [delegatedUserReadAll.id],
    );
    expect(merged.changed).toBe(true);
    expect(merged.added).toEqual(['Mail.ReadWrite', 'User.Read.All']);
    expect(merged.value).toEqual([
      otherApi,
      { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [userRead, { id: wanted[0]!.id, type: 'Role' }, { id: wanted[1]!.id, type: 'Role' }, { id: wanted[2]!.id, type: 'Role' }] },
    ]);
  });

  it('reports no change when everything is there', () => {
    const complete = [{ resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: [userRead, ...wanted.map(({ id }) => ({ id, type: 'Role' }))] }];
    expect(mergeRequiredResourceAccess(complete, wanted, [])).toEqual({ value: complete, changed: false, added: [] });
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-15T10:00:00.000Z', 24, '2028-03-15T10:00:00.000Z'],
    ['2026-01-31T00:00:00.000Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2027-12-31T23:59:00.000Z', 2, '2028-02-29T23:59:00.000Z'],
    ['2026-08-31T12:00:00.000Z', 6, '2027-02-28T12:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });
});
