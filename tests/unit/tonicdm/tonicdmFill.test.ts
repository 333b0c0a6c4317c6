import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cancelTonicdmFill,
  chooseTonicdmTab,
  confirmTonicdmFill,
  fillTonicdmTab,
  handleTonicdmMessage,
  tonicdmOrigins,
} from '../../../utils/background/tonicdmFill';
import { DEFAULT_OPTIONS, fillStatusItem, optionsItem, pendingFillItem, secretItem, setupItem } from '../../../utils/storage';
import type { FillCommand } from '../../../utils/tonicdm/fillProtocol';
import { PENDING_FILL_TTL_MS, type FillResult, type PendingFill } from '../../../utils/tonicdm/fillRequest';

const MAIN = 'https://app.tonicdm.com';
const EU = 'https://eu.tonicdm.example';
const CLIENT_ID = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT_ID = 'c0ffee00-1234-4abc-9def-0123456789ab';
const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const T0 = Date.parse('2026-11-28T10:00:00Z');

interface FakeTab {
  id: number;
  url: string;
  active?: boolean;
}

/** A browser with these tabs and these granted origins; records every fill command sent. */
function world(tabs: FakeTab[], granted: string[] = []) {
  const sent: { tabId: number; command: FillCommand }[] = [];
  const byId = new Map(tabs.map((t) => [t.id, t]));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) =>
    (p.origins ?? []).every((o) => granted.includes(o.replace(/\/\*$/, '')))) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string[] }) =>
    [...byId.values()].filter((t) => (q.url ?? []).some((pattern) => t.url.startsWith(pattern.replace(/\*$/, ''))))) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => byId.get(id)) as never);
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => {
    throw new Error('no new tab expected');
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, command: FillCommand) => {
    sent.push({ tabId, command });
    return { type: 'filled', outcome: { ok: true, results: ['secret', 'expiry', 'clientId', 'tenantId'].map((field) => ({ field, ok: true })) } };
  }) as never);
  return { sent, navigate: (id: number, url: string) => (byId.get(id)!.url = url) };
}

async function seedValues() {
  await setupItem.setValue({
    version: 1,
    activeAppId: CLIENT_ID,
    apps: { [CLIENT_ID]: { clientId: CLIENT_ID, tenantId: TENANT_ID, expiry: { iso: '2028-11-27', text: '11/27/2028' }, done: {} } },
    pendingDone: {},
    notices: [],
  } as never);
  await secretItem.setValue({ value: SECRET, appId: CLIENT_ID, capturedAt: T0, lastUsedAt: T0, source: 'portal' });
}

async function listExtras(extras: unknown) {
  await optionsItem.setValue({ ...DEFAULT_OPTIONS, extraTonicdmOrigins: extras as string[] });
}

const now = () => T0;

describe('choosing the TonicDM tab', () => {
  const origins = [MAIN, EU];
  it.each([
    ['app.tonicdm.com beats an active extra origin', [{ url: `${EU}/organization-settings`, active: true }, { url: `${MAIN}/home` }], `${MAIN}/home`],
    ['Organization Settings beats the active tab', [{ url: `${MAIN}/home`, active: true }, { url: `${MAIN}/organization-settings` }], `${MAIN}/organization-settings`],
    ['the active one among settings tabs', [{ url: `${MAIN}/organization-settings` }, { url: `${MAIN}/organization-settings?x`, active: true }], `${MAIN}/organization-settings?x`],
    ['an extra origin only when app.tonicdm.com is not open', [{ url: `${EU}/organization-settings` }], `${EU}/organization-settings`],
    ['never a look-alike', [{ url: 'https://app.tonicdm.com.evil.test/organization-settings', active: true }], undefined],
    ['never plain http', [{ url: 'http://app.tonicdm.com/organization-settings' }], undefined],
  ])('%s', (_name, tabs, expected) => {
    expect(chooseTonicdmTab(tabs, origins)?.url).toBe(expected);
  });
});

describe('which extra origins count', () => {
  beforeEach(() => fakeBrowser.reset());

  it('only listed, valid and granted ones; planted portal hosts never, even though the manifest grants them', async () => {
    world([], [EU, 'https://entra.microsoft.com', 'https://x.hosting.portal.azure.net']);
    await listExtras(['https://entra.microsoft.com', 'https://x.hosting.portal.azure.net', EU, 'https://ungranted.tonicdm.example', 'not an origin']);
    expect(await tonicdmOrigins()).toEqual([MAIN, EU]);
  });

  it('ignores a list of the wrong shape', async () => {
    world([], [EU]);
    await listExtras(EU);
    expect(await tonicdmOrigins()).toEqual([MAIN]);
  });
});

describe('fills go where the admin sees', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await seedValues();
  });

  it('fills app.tonicdm.com at once and names it', async () => {
    const { sent } = world([{ id: 1, url: `${MAIN}/organization-settings` }]);
    const result = await fillTonicdmTab(now);
    expect(result).toMatchObject({ ok: true, target: { origin: MAIN, path: '/organization-settings' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ tabId: 1, command: { expectedOrigin: MAIN, expectedPath: '/organization-settings' } });
    expect(await pendingFillItem.getValue()).toBeNull();
    expect((await fillStatusItem.getValue())?.result).toEqual(result);
  });

  it.each([
    ['missing', 'fields-missing'],
    ['ambiguous', 'fields-ambiguous'],
    ['readback', 'readback'],
  ] as const)('a form the page could not fill (%s) is reported once: in the fill outcome, with no notice besides', async (reason, expected) => {
    world([{ id: 1, url: `${MAIN}/organization-settings` }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ type: 'filled', outcome: { ok: false, reason, fields: ['tenantId', 'expiry'] } } as never);
    const result = await fillTonicdmTab(now);
    expect(result).toMatchObject({ ok: false, reason: expected, fields: ['tenantId', 'expiry'] });
    expect((await fillStatusItem.getValue())?.result).toEqual(result);
    expect((await setupItem.getValue())?.notices).toEqual([]);
  });

  it('asks before an extra origin, fills once on confirmation, and asks again next time', async () => {
    const { sent } = world([{ id: 2, url: `${EU}/organization-settings` }], [EU]);
    await listExtras([EU]);

    const first = await fillTonicdmTab(now);
    expect(first).toMatchObject({ ok: false, reason: 'confirm', request: { why: 'extra-origin', tabId: 2, target: { origin: EU } } });
    expect(sent).toHaveLength(0);
    const { id } = (first as Extract<FillResult, { reason: 'confirm' }>).request;

    expect(await confirmTonicdmFill(id, now)).toMatchObject({ ok: true, target: { origin: EU, path: '/organization-settings' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.command.values.secret).toBe(SECRET);
    // One confirmation, one fill.
    expect(await confirmTonicdmFill(id, now)).toEqual({ ok: false, reason: 'expired' });
    expect(sent).toHaveLength(1);

    const again = await fillTonicdmTab(now);
    expect(again).toMatchObject({ ok: false, reason: 'confirm' });
    expect((again as Extract<FillResult, { reason: 'confirm' }>).request.id).not.toBe(id);
  });

  it.each([
    ['the tab went to another origin', (nav: (id: number, url: string) => void) => nav(2, 'https://evil.example/organization-settings'), 'navigated'],
    ['the tab went to another page of the origin', (nav: (id: number, url: string) => void) => nav(2, `${EU}/home`), 'navigated'],
  ])('sends nothing when, before the confirmation, %s', async (_name, move, reason) => {
    const { sent, navigate } = world([{ id: 2, url: `${EU}/organization-settings` }], [EU]);
    await listExtras([EU]);
    const asked = (await fillTonicdmTab(now)) as Extract<FillResult, { reason: 'confirm' }>;
    move(navigate);
    expect(await confirmTonicdmFill(asked.request.id, now)).toMatchObject({ ok: false, reason });
    expect(sent).toHaveLength(0);
  });

  it('sends nothing when the origin lost its access before the confirmation', async () => {
    const { sent } = world([{ id: 2, url: `${EU}/organization-settings` }], [EU]);
    await listExtras([EU]);
    const asked = (await fillTonicdmTab(now)) as Extract<FillResult, { reason: 'confirm' }>;
    await listExtras([]);
    expect(await confirmTonicdmFill(asked.request.id, now)).toMatchObject({ ok: false, reason: 'wrong-origin', target: { origin: EU } });
    expect(sent).toHaveLength(0);
  });

  it('lets a request lapse, and cancels one', async () => {
    const { sent } = world([{ id: 2, url: `${EU}/organization-settings` }], [EU]);
    await listExtras([EU]);
    const asked = (await fillTonicdmTab(now)) as Extract<FillResult, { reason: 'confirm' }>;
    expect(await confirmTonicdmFill(asked.request.id, () => T0 + PENDING_FILL_TTL_MS + 1)).toEqual({ ok: false, reason: 'expired' });

    const again = (await fillTonicdmTab(now)) as Extract<FillResult, { reason: 'confirm' }>;
    expect(await confirmTonicdmFill('00000000-0000-4000-8000-000000000000', now)).toEqual({ ok: false, reason: 'expired' });
    expect(await cancelTonicdmFill(again.request.id, now)).toEqual({ ok: false, reason: 'cancelled' });
    expect(await pendingFillItem.getValue()).toBeNull();
    expect(await confirmTonicdmFill(again.request.id, now)).toEqual({ ok: false, reason: 'expired' });
    expect(sent).toHaveLength(0);
  });
});

describe("the page's own button", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await seedValues();
  });

  it.each([
    ['a seen click on app.tonicdm.com fills', 1, 'tonicdm/request-fill', 1, null],
    ['an unproven click on app.tonicdm.com asks', 1, 'tonicdm/request-confirm', 0, 'unseen-button'],
    ['a seen click on an extra origin still asks', 2, 'tonicdm/request-fill', 0, 'extra-origin'],
    ['an unproven click on an extra origin asks', 2, 'tonicdm/request-confirm', 0, 'extra-origin'],
  ] as const)('%s', async (_name, tabId, type, fills, why) => {
    const { sent } = world([{ id: 1, url: `${MAIN}/organization-settings` }, { id: 2, url: `${EU}/organization-settings` }], [EU]);
    await listExtras([EU]);
    const reply = (await handleTonicdmMessage({ type }, tabId)) as FillResult;
    expect(sent).toHaveLength(fills);
    expect(sent.every((s) => s.tabId === tabId)).toBe(true);
    const pending = (await pendingFillItem.getValue()) as PendingFill | null;
    expect(pending?.why ?? null).toBe(why);
    // The page hears that the panel asks, never the request it could answer.
    if (why) expect(reply).toEqual({ ok: false, reason: 'confirm' });
    expect((await fillStatusItem.getValue())?.via).toBe('page');
  });

  it('with nothing captured, a click fills nothing and leaves no request', async () => {
    const { sent } = world([{ id: 1, url: `${MAIN}/organization-settings` }]);
    await secretItem.removeValue();
    expect(await handleTonicdmMessage({ type: 'tonicdm/request-fill' }, 1)).toMatchObject({ ok: false, reason: 'values-missing', missing: ['secret'] });
    expect(sent).toHaveLength(0);
    expect(await pendingFillItem.getValue()).toBeNull();
  });
});
