import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimGuideTurn, forgetTab, hasGuideTurn, pickHolder, type TabTurns } from '../../../utils/background/guideArbiter';

const MENU = 1;
const BLADE = 2;
const OPEN = 3;

describe('pickHolder', () => {
  it.each<[string, TabTurns, number | undefined]>([
    ['nobody', { claims: {}, seq: 0 }, undefined],
    ['the higher rank', { claims: { 0: { rank: MENU, seq: 1 }, 4: { rank: OPEN, seq: 2 } }, seq: 2 }, 4],
    ['a tie goes to the holder', { claims: { 0: { rank: BLADE, seq: 1 }, 4: { rank: BLADE, seq: 2 } }, holder: 4, seq: 2 }, 4],
    ['a tie without holder goes to the earlier claim', { claims: { 7: { rank: BLADE, seq: 5 }, 4: { rank: BLADE, seq: 2 } }, seq: 5 }, 4],
    ['rank 0 is no claim', { claims: { 0: { rank: 0, seq: 1 } }, seq: 1 }, undefined],
  ])('%s', (_name, tab, expected) => {
    expect(pickHolder(tab)).toBe(expected);
  });
});

describe('claimGuideTurn', () => {
  let told: { frameId: number; show: boolean }[];
  let words: { frameId: number; show: boolean; version: number }[];
  let gone: Set<number>;

  // Each case uses its own tab: the arbiter's session storage outlives fakeBrowser.reset().
  beforeEach(() => {
    fakeBrowser.reset();
    told = [];
    words = [];
    gone = new Set();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { show: boolean; version: number }, options?: { frameId?: number }) => {
      const frameId = options?.frameId ?? -1;
      if (gone.has(frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      told.push({ frameId, show: message.show });
      words.push({ frameId, show: message.show, version: message.version });
      return { ok: true };
    }) as never);
  });

  it('grants the one pointer to open work, hiding the menu pointer first', async () => {
    expect(await claimGuideTurn(1, 0, MENU)).toMatchObject({ show: true });
    expect(await claimGuideTurn(1, 5, OPEN)).toMatchObject({ show: true });
    expect(told).toEqual([{ frameId: 0, show: false }]);
    // The shell asks again with the same rank: it stays hidden.
    expect(await claimGuideTurn(1, 0, MENU)).toMatchObject({ show: false });
    // The pane closes: the menu pointer comes back.
    told = [];
    expect(await claimGuideTurn(1, 5, 0)).toMatchObject({ show: false });
    expect(told).toEqual([{ frameId: 0, show: true }]);
    expect(await hasGuideTurn(1)).toBe(true);
  });

  it('keeps the tabs apart', async () => {
    expect(await claimGuideTurn(41, 0, BLADE)).toMatchObject({ show: true });
    expect(await claimGuideTurn(42, 0, MENU)).toMatchObject({ show: true });
    expect(told).toEqual([]);
  });

  it('drops a holder whose frame is gone', async () => {
    await claimGuideTurn(31, 3, OPEN);
    gone.add(3);
    expect(await claimGuideTurn(31, 0, MENU)).toMatchObject({ show: true });
    expect(await claimGuideTurn(31, 3, OPEN)).toMatchObject({ show: true });
  });

  it('forgets a closed tab', async () => {
    await claimGuideTurn(9, 0, BLADE);
    await forgetTab(9);
    expect(await hasGuideTurn(9)).toBe(false);
  });

  it('claims arriving together leave one frame showing, whatever order its words arrive in', async () => {
    const frames = [0, 4, 6];
    const answers = await Promise.all([claimGuideTurn(21, 0, MENU), claimGuideTurn(21, 4, BLADE), claimGuideTurn(21, 6, OPEN)]);
    // Each frame acts on its newest word: the answer to its claim or a later message.
    const newest = frames.map((frameId, i) =>
      [...words.filter((w) => w.frameId === frameId), { frameId, ...answers[i]! }].sort((a, b) => b.version - a.version)[0]!,
    );
    expect(newest.filter((w) => w.show).map((w) => w.frameId)).toEqual([6]);
    expect(new Set([...words.map((w) => w.version), ...answers.map((a) => a.version)]).size).toBe(3);
  });
});
