import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../../utils/background/messageRouter';
import type { BladeFrameSources, TabFrame } from '../../../utils/background/bladeFrames';
import type { FrameReport } from '../../../utils/dom/renderedFrames';
import { DEFAULT_OPTIONS, optionsItem, secretItem, secretOffersItem, setupItem } from '../../../utils/storage';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const EVIL_TENANT = 'e0e0e0e0-6666-4666-8666-666666666666';
const OVERVIEW = `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/appSignInAudience/AzureADMyOrg`;
const CREDENTIALS = `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const OTHER_SECRET = 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv';
const IDS = { type: 'portal/ids', clientId: APP, tenantId: TENANT };
const NOW = Date.parse('2026-11-28T10:00:00Z');
const BLADE_URL = 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index?l=en.en-us';
const PREWARMED_URL = 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index?l=en.en-us';

/** The tab's frames: the shell, the blade frame (id 3), a pre-warmed frame (id 4), a frame nested in the blade (id 5). */
function sources(reports: FrameReport[] = [{ url: BLADE_URL, name: 'AppBlade.ReactView', rendered: true, marked: true }]): BladeFrameSources {
  const frames: TabFrame[] = [
    { frameId: 0, parentFrameId: -1, url: OVERVIEW },
    { frameId: 3, parentFrameId: 0, url: BLADE_URL },
    { frameId: 4, parentFrameId: 0, url: PREWARMED_URL },
    { frameId: 5, parentFrameId: 3, url: BLADE_URL },
  ];
  return { tabFrames: async () => frames, reportFrames: async () => reports };
}

function router(frameSources = sources(), now = NOW) {
  return createMessageRouter({
    now: () => now,
    fillTonicdm: vi.fn(async () => ({ ok: true })),
    tonicdmOrigins: async () => ['https://app.tonicdm.com'],
    handleTonicdm: vi.fn(async () => ({ ok: true })),
    injectGuide: vi.fn(async () => true),
    frameSources,
  });
}

function send(message: unknown, sender: object, route = router()): Promise<unknown> {
  return new Promise((resolve) => route(message, sender as never, resolve));
}

const frameSender = (tabUrl: string, frameId = 3, url = BLADE_URL) => ({ id: fakeBrowser.runtime.id, frameId, url, tab: { id: 11, url: tabUrl } });
const topSender = (tabUrl: string) => ({ id: fakeBrowser.runtime.id, frameId: 0, url: tabUrl, tab: { id: 11, url: tabUrl } });
const panel = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`, origin: `chrome-extension://${fakeBrowser.runtime.id}` };

describe('message router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it('accepts IDs from the blade frame on the Overview blade', async () => {
    expect(await send(IDS, frameSender(OVERVIEW))).toEqual({ ok: true });
    expect((await setupItem.getValue()).apps[APP]?.tenantId).toBe(TENANT);
  });

  it('accepts IDs from the top document (blades of the classic layout render there)', async () => {
    expect(await send(IDS, topSender(OVERVIEW), router(sources([])))).toEqual({ ok: true });
  });

  it.each([
    ['from another extension', { ...frameSender(OVERVIEW), id: 'someone-else' }, IDS],
    ['from a frame outside the portal hosts', frameSender(OVERVIEW, 3, 'https://ads.example.test/'), IDS],
    ['from any other portal extension host', frameSender(OVERVIEW, 3, 'https://anything.hosting.portal.azure.net/x'), IDS],
    ['with a malformed client id', frameSender(OVERVIEW), { ...IDS, clientId: 'not-a-guid' }],
    ['of an unknown type', frameSender(OVERVIEW), { type: 'portal/steal' }],
    ['from a TonicDM-looking content script', { id: fakeBrowser.runtime.id, frameId: 0, url: 'https://app.tonicdm.com.evil.test/', tab: { id: 2, url: 'https://app.tonicdm.com.evil.test/' } }, { type: 'tonicdm/request-fill' }],
    ['a panel message from a web page', frameSender(OVERVIEW), { type: 'panel/reset' }],
  ])('drops a message %s', async (_name, sender, message) => {
    expect(await send(message, sender)).toBeUndefined();
    expect((await setupItem.getValue()).apps).toEqual({});
  });

  it.each<[string, object, BladeFrameSources, boolean]>([
    ['a pre-warmed frame the top document shows hidden', frameSender(OVERVIEW, 4, PREWARMED_URL), sources([{ url: BLADE_URL, name: 'A.ReactView', rendered: true, marked: true }, { url: PREWARMED_URL, name: 'B.ReactView', rendered: false, marked: false }]), true],
    ['a frame nested inside the blade frame', frameSender(OVERVIEW, 5), sources(), false],
    ['a frame the top document does not list', frameSender(OVERVIEW, 4, PREWARMED_URL), sources(), true],
    ['the previous blade\'s frame, still on screen, naming API permissions', frameSender(OVERVIEW), sources([{ url: BLADE_URL, name: 'RegisteredApps.CallAnAPI.FrameBlade', rendered: true, marked: false }]), false],
    ['an unmarked frame while the marked one also qualifies', frameSender(OVERVIEW, 4, PREWARMED_URL), sources([{ url: BLADE_URL, name: 'A.ReactView', rendered: true, marked: true }, { url: PREWARMED_URL, name: 'B.ReactView', rendered: true, marked: false }]), true],
    ['no answer from the top document', frameSender(OVERVIEW), sources([]), true],
  ])('refuses IDs from %s', async (_name, sender, frameSources, retry) => {
    expect(await send(IDS, sender, router(frameSources))).toEqual({ ok: false, retry });
    expect((await setupItem.getValue()).apps).toEqual({});
  });

  it('ignores IDs sent while the tab shows another blade', async () => {
    expect(await send(IDS, frameSender(CREDENTIALS))).toEqual({ ok: false });
    expect((await setupItem.getValue()).apps).toEqual({});
  });

  it('keeps a captured secret in session storage only, its expiry read by the frame\'s locale', async () => {
    await send(IDS, frameSender(OVERVIEW));
    expect(await send({ type: 'portal/secret', value: SECRET, expiresText: '11/5/2028' }, frameSender(CREDENTIALS))).toEqual({ ok: true });
    expect((await secretItem.getValue())?.value).toBe(SECRET);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const sync = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    expect(local).not.toContain(SECRET);
    expect(sync).not.toContain(SECRET);
    // l=en.en-us in the frame's address: month first.
    expect((await setupItem.getValue()).apps[APP]?.expiry?.iso).toBe('2028-11-05');
  });

  it('leaves an expiry that reads two ways to the admin when no locale says which', async () => {
    const route = router(sources([{ url: 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index', name: 'A.ReactView', rendered: true, marked: true }]));
    const sender = frameSender(CREDENTIALS, 3, 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index');
    await send({ type: 'portal/secret', value: SECRET, expiresText: '5/7/2027' }, sender, route);
    const app = (await setupItem.getValue()).apps[APP];
    expect(app?.expiry).toBeUndefined();
    expect(app?.expiryChoice).toEqual({ text: '5/7/2027', candidates: ['2027-05-07', '2027-07-05'] });
    await send({ type: 'panel/pick-expiry', appId: APP, iso: '2027-05-07' }, panel);
    expect((await setupItem.getValue()).apps[APP]?.expiry?.iso).toBe('2027-05-07');
  });

  it.each([
    ['the Secret ID', '5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a'],
    ['a masked value', 'Qk_**************************'],
  ])('refuses %s as a secret', async (_name, value) => {
    expect(await send({ type: 'portal/secret', value }, frameSender(CREDENTIALS))).toEqual({ ok: false });
    expect(await secretItem.getValue()).toBeNull();
  });

  it('never replaces a held secret: a different one waits for the admin, per app', async () => {
    await send({ type: 'portal/secret', value: SECRET }, frameSender(CREDENTIALS));
    expect(await send({ type: 'portal/secret', value: OTHER_SECRET }, frameSender(CREDENTIALS))).toEqual({ ok: true });
    expect((await secretItem.getValue())?.value).toBe(SECRET);
    expect(await secretOffersItem.getValue()).toMatchObject([{ appId: APP, value: OTHER_SECRET, blade: 'Certificates & secrets', unusualFormat: false }]);

    await send({ type: 'panel/accept-offer', id: `secret:${APP}` }, panel);
    expect((await secretItem.getValue())?.value).toBe(OTHER_SECRET);
    expect(await secretOffersItem.getValue()).toEqual([]);
  });

  it('a declined offer leaves the held secret as it was', async () => {
    await send({ type: 'portal/secret', value: SECRET }, frameSender(CREDENTIALS));
    await send({ type: 'portal/secret', value: OTHER_SECRET }, frameSender(CREDENTIALS));
    await send({ type: 'panel/decline-offer', id: `secret:${APP}` }, panel);
    expect((await secretItem.getValue())?.value).toBe(SECRET);
    expect(await secretOffersItem.getValue()).toEqual([]);
  });

  it.each([
    ['a permission name', 'MailboxSettings.ReadWrite'],
    ['a legacy-shaped token', 'DeviceManagementConfiguration.Read'],
  ])('never holds %s by itself: the admin is asked first', async (_name, value) => {
    expect(await send({ type: 'portal/secret', value }, frameSender(CREDENTIALS))).toEqual({ ok: true });
    expect(await secretItem.getValue()).toBeNull();
    expect(await secretOffersItem.getValue()).toMatchObject([{ value, unusualFormat: true }]);
  });

  it('a different tenant ID for the same app is offered, not taken', async () => {
    await send(IDS, frameSender(OVERVIEW));
    await send({ ...IDS, tenantId: EVIL_TENANT }, frameSender(OVERVIEW));
    const state = await setupItem.getValue();
    expect(state.apps[APP]?.tenantId).toBe(TENANT);
    expect(state.offers).toMatchObject([{ id: `tenantId:${APP}`, value: EVIL_TENANT, blade: 'Overview' }]);
    await send({ type: 'panel/accept-offer', id: `tenantId:${APP}` }, panel);
    expect((await setupItem.getValue()).apps[APP]?.tenantId).toBe(EVIL_TENANT);
  });

  it('refuses IDs whose tenant is not the one pinned in the address', async () => {
    const pinned = `https://entra.microsoft.com/#@${EVIL_TENANT}/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`;
    await send(IDS, frameSender(pinned));
    const state = await setupItem.getValue();
    expect(state.apps).toEqual({});
    expect(state.notices.map((n) => n.id)).toContain('tenant-mismatch');
  });

  it('does not report "masked" when the secret was already captured for this app', async () => {
    await send({ type: 'portal/secret', value: SECRET }, frameSender(CREDENTIALS));
    await send({ type: 'portal/secret-masked' }, frameSender(CREDENTIALS));
    expect((await setupItem.getValue()).notices.map((n) => n.id)).not.toContain('secret-masked');
  });

  it('checks the secret\'s deadline before a panel request uses it', async () => {
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, secretIdleMinutes: 10 });
    await secretItem.setValue({ value: SECRET, appId: APP, capturedAt: NOW, lastUsedAt: NOW, source: 'portal' });
    await send({ type: 'panel/show-guide' }, panel, router(sources(), NOW + 9 * 60_000));
    expect(await secretItem.getValue()).not.toBeNull();
    await send({ type: 'panel/show-guide' }, panel, router(sources(), NOW + 10 * 60_000));
    expect(await secretItem.getValue()).toBeNull();
  });

  it('tells a frame the blade of the tab, not of its own URL', async () => {
    const reply = await send({ type: 'portal/where' }, frameSender(CREDENTIALS));
    expect(reply).toMatchObject({ type: 'context', inFlow: true, blade: 'app-credentials', appId: APP });
  });

  it('tells a frame on a blade outside the flow to stay idle', async () => {
    const reply = await send({ type: 'portal/where' }, frameSender('https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers'));
    expect(reply).toMatchObject({ type: 'context', inFlow: false, blade: undefined });
  });

  it('lets the side panel mark steps and reset', async () => {
    await send({ type: 'panel/mark-step', stepId: 'register', done: true }, panel);
    expect(Object.keys((await setupItem.getValue()).pendingDone)).toEqual(['register']);
    await send({ type: 'panel/reset' }, panel);
    expect((await setupItem.getValue()).pendingDone).toEqual({});
  });
});
