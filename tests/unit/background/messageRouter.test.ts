import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../../utils/background/messageRouter';
import { secretItem, setupItem } from '../../../utils/storage';

const OVERVIEW = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d/appSignInAudience/AzureADMyOrg';
const CREDENTIALS = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const IDS = { type: 'portal/ids', clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d', tenantId: 'c0ffee00-1234-4abc-9def-0123456789ab' };

function router() {
  return createMessageRouter({
    now: () => Date.parse('2026-11-28T10:00:00Z'),
    fillTonicdm: vi.fn(async () => ({ ok: true })),
    tonicdmOrigins: async () => ['https://app.tonicdm.com'],
    handleTonicdm: vi.fn(async () => ({ ok: true })),
    injectGuide: vi.fn(async () => true),
  });
}

function send(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => router()(message, sender as never, resolve));
}

const frameSender = (tabUrl: string) => ({
  id: fakeBrowser.runtime.id,
  frameId: 3,
  url: 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index',
  tab: { id: 11, url: tabUrl },
});

describe('message router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it('accepts IDs from a portal frame on the Overview blade', async () => {
    expect(await send(IDS, frameSender(OVERVIEW))).toEqual({ ok: true });
    expect((await setupItem.getValue()).apps[IDS.clientId]?.tenantId).toBe(IDS.tenantId);
  });

  it.each([
    ['from another extension', { ...frameSender(OVERVIEW), id: 'someone-else' }, IDS],
    ['from a frame outside the portal hosts', { ...frameSender(OVERVIEW), url: 'https://ads.example.test/' }, IDS],
    ['with a malformed client id', frameSender(OVERVIEW), { ...IDS, clientId: 'not-a-guid' }],
    ['of an unknown type', frameSender(OVERVIEW), { type: 'portal/steal' }],
    ['from a TonicDM-looking content script', { id: fakeBrowser.runtime.id, frameId: 0, url: 'https://app.tonicdm.com.evil.test/', tab: { id: 2, url: 'https://app.tonicdm.com.evil.test/' } }, { type: 'tonicdm/request-fill' }],
    ['a panel message from a web page', frameSender(OVERVIEW), { type: 'panel/reset' }],
  ])('drops a message %s', async (_name, sender, message) => {
    expect(await send(message, sender)).toBeUndefined();
    expect((await setupItem.getValue()).apps).toEqual({});
  });

  it('ignores IDs sent while the tab shows another blade', async () => {
    expect(await send(IDS, frameSender(CREDENTIALS))).toEqual({ ok: false });
    expect((await setupItem.getValue()).apps).toEqual({});
  });

  it('keeps a captured secret in session storage only', async () => {
    await send(IDS, frameSender(OVERVIEW));
    expect(await send({ type: 'portal/secret', value: SECRET, expiresText: '11/27/2028' }, frameSender(CREDENTIALS))).toEqual({ ok: true });
    expect((await secretItem.getValue())?.value).toBe(SECRET);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const sync = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    expect(local).not.toContain(SECRET);
    expect(sync).not.toContain(SECRET);
    expect(local).toContain('2028-11-27');
  });

  it.each([
    ['the Secret ID', '5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a'],
    ['a masked value', 'Qk_**************************'],
  ])('refuses %s as a secret', async (_name, value) => {
    expect(await send({ type: 'portal/secret', value }, frameSender(CREDENTIALS))).toEqual({ ok: false });
    expect(await secretItem.getValue()).toBeNull();
  });

  it('does not report "masked" when the secret was already captured for this app', async () => {
    await send({ type: 'portal/secret', value: SECRET }, frameSender(CREDENTIALS));
    await send({ type: 'portal/secret-masked' }, frameSender(CREDENTIALS));
    expect((await setupItem.getValue()).notices.map((n) => n.id)).not.toContain('secret-masked');
  });

  it('tells a frame the blade of the tab, not of its own URL', async () => {
    const reply = await send({ type: 'portal/where' }, frameSender(CREDENTIALS));
    expect(reply).toMatchObject({ type: 'context', inFlow: true, blade: 'app-credentials', appId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d' });
  });

  it('tells a frame on a blade outside the flow to stay idle', async () => {
    const reply = await send({ type: 'portal/where' }, frameSender('https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers'));
    expect(reply).toMatchObject({ type: 'context', inFlow: false, blade: undefined });
  });

  it('lets the side panel mark steps and reset', async () => {
    const panel = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`, origin: `chrome-extension://${fakeBrowser.runtime.id}` };
    await send({ type: 'panel/mark-step', stepId: 'register', done: true }, panel);
    expect(Object.keys((await setupItem.getValue()).pendingDone)).toEqual(['register']);
    await send({ type: 'panel/reset' }, panel);
    expect((await setupItem.getValue()).pendingDone).toEqual({});
  });
});
