// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchPrincipals } from '../../../utils/graph/userSearch';
import { createHarness } from './graphHarness';

describe('searchPrincipals', () => {
  it('finds users and groups whose name starts with the text, in one round trip', async () => {
    const h = createHarness();
    h.tenant.addUser({ displayName: "Tonya O'Neil", userPrincipalName: 'tonya@contoso.example' });

    const matches = await searchPrincipals(h.transport, 'To');

    expect(matches).toEqual([
      expect.objectContaining({ type: 'group', displayName: 'TonicDM Users' }),
      { id: expect.any(String), type: 'user', displayName: "Tonya O'Neil", detail: 'tonya@contoso.example' },
    ]);
    expect(h.transport.stats.roundTrips).toBe(1);
    const urls = h.operations().map((e) => decodeURIComponent(e.url));
    expect(urls).toEqual([
      "https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'To')&$select=id,displayName,userPrincipalName&$top=10",
      "https://graph.microsoft.com/v1.0/groups?$filter=startswith(displayName,'To')&$select=id,displayName,mail&$top=10",
    ]);
  });

  it.each([
    ["O'N", ["O'Neil Tonya"]],
    ['meg', ['Megan Bowen']],
    ['zzz', []],
    ['   ', []],
  ])('%j → %j (quotes escaped, case-insensitive)', async (text, names) => {
    const h = createHarness();
    h.tenant.addUser({ displayName: "O'Neil Tonya" });
    h.tenant.addUser({ displayName: "Tonya O'Neil" });
    const found = await searchPrincipals(h.transport, text, { kinds: ['user'] });
    expect(found.map((m) => m.displayName)).toEqual(names);
  });

  it('uses $search with ConsistencyLevel: eventual when asked, matching later words', async () => {
    const h = createHarness();
    const found = await searchPrincipals(h.transport, 'bowen', { useSearch: true, kinds: ['user'] });
    expect(found.map((m) => m.displayName)).toEqual(['Megan Bowen']);
    const [item] = h.operations();
    expect(item?.headers.consistencylevel).toBe('eventual');
    expect(decodeURIComponent(item!.url)).toContain('$search="displayName:bowen"');
  });

  it('limits results per kind', async () => {
    const h = createHarness();
    for (let i = 0; i < 5; i++) h.tenant.addUser({ displayName: `Temp ${i}` });
    expect(await searchPrincipals(h.transport, 'Temp', { top: 3, kinds: ['user'] })).toHaveLength(3);
  });

  it('surfaces the error when every query fails', async () => {
    const h = createHarness();
    const transport = h.newTransport();
    h.tenant.switches.throttle = { status: 429, count: 100, retryAfterSeconds: 400, batchItems: true };
    await expect(searchPrincipals(transport, 'Adele')).rejects.toMatchObject({ kind: 'throttled' });
  });
});
