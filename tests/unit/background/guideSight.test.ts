import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applySight, guideSightItem, noteGuideSight, restartCounts, type GuideSight } from '../../../utils/background/guideSight';
import { claimGuideTurn, confirmGuideTurn } from '../../../utils/background/guideArbiter';

const T0 = 1_000_000;
const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const CREDENTIALS = `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
const PERMISSIONS = `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${APP}`;

describe('applySight', () => {
  const lost: GuideSight = { 7: { blade: 'app-credentials', lostAt: T0 } };
  const pointing: GuideSight = { 7: { blade: 'app-credentials' } };
  it.each<[string, GuideSight, Parameters<typeof applySight>[2], boolean, GuideSight]>([
    ['arriving on a blade with nothing shown starts the count', {}, 'app-credentials', false, { 7: { blade: 'app-credentials', lostAt: T0 + 5 } }],
    ['arriving with a pointer shown: no count', {}, 'app-credentials', true, pointing],
    ['still nothing on the same blade keeps the first moment', lost, 'app-credentials', false, lost],
    ['a pointer ends the count', lost, 'app-credentials', true, pointing],
    ['losing the pointer starts a new count', pointing, 'app-credentials', false, { 7: { blade: 'app-credentials', lostAt: T0 + 5 } }],
    ['another blade counts afresh', lost, 'app-api-permissions', false, { 7: { blade: 'app-api-permissions', lostAt: T0 + 5 } }],
    ['leaving the flow forgets the tab', lost, undefined, false, {}],
  ])('%s', (_, sight, blade, shown, expected) => {
    expect(applySight(sight, 7, blade, shown, T0 + 5)).toEqual(expected);
  });

  it('leaves other tabs alone, and returns the same object when nothing changed (no storage write)', () => {
    const two: GuideSight = { ...lost, 9: { blade: 'app-overview' } };
    expect(applySight(two, 9, undefined, false, T0)).toEqual(lost);
    expect(applySight(lost, 7, 'app-credentials', false, T0 + 99)).toBe(lost);
    expect(applySight({}, 3, undefined, false, T0)).toEqual({});
  });

  it('the guide shown again restarts running counts', () => {
    expect(restartCounts({ ...lost, 9: { blade: 'app-overview' } }, T0 + 50)).toEqual({ 7: { blade: 'app-credentials', lostAt: T0 + 50 }, 9: { blade: 'app-overview' } });
  });
});

describe('noteGuideSight with the arbiter', () => {
  let gone: Set<number>;
  beforeEach(async () => {
    fakeBrowser.reset();
    await guideSightItem.setValue({});
    gone = new Set();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, _message: unknown, options?: { frameId?: number }) => {
      if (gone.has(options?.frameId ?? -1)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    }) as never);
  });

  it('a tab whose frames claim nothing counts from its arrival; a claim ends the count', async () => {
    await noteGuideSight(21, CREDENTIALS, T0);
    expect((await guideSightItem.getValue())[21]).toEqual({ blade: 'app-credentials', lostAt: T0 });
    await claimGuideTurn(21, 3, 2);
    await noteGuideSight(21, CREDENTIALS, T0 + 1000);
    expect((await guideSightItem.getValue())[21]).toEqual({ blade: 'app-credentials' });
    await claimGuideTurn(21, 3, 0);
    await noteGuideSight(21, CREDENTIALS, T0 + 2000);
    expect((await guideSightItem.getValue())[21]).toEqual({ blade: 'app-credentials', lostAt: T0 + 2000 });
  });

  it("a holder whose frame went away with the old blade is no pointer: it loses its claim", async () => {
    await claimGuideTurn(22, 5, 2);
    expect(await confirmGuideTurn(22)).toBe(true);
    gone.add(5);
    await noteGuideSight(22, PERMISSIONS, T0);
    expect((await guideSightItem.getValue())[22]).toEqual({ blade: 'app-api-permissions', lostAt: T0 });
    expect(await confirmGuideTurn(22)).toBe(false);
  });

  it('the next claimant gets the turn when the holder vanished', async () => {
    await claimGuideTurn(23, 5, 3);
    await claimGuideTurn(23, 0, 1);
    gone.add(5);
    expect(await confirmGuideTurn(23)).toBe(true);
    const calls = vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.map((c) => [(c[2] as { frameId: number }).frameId, (c[1] as { show: boolean }).show]);
    expect(calls.at(-1)).toEqual([0, true]);
  });
});
