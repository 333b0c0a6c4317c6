// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FrameContext, PortalMessage } from '../../../utils/messaging/protocol';
import { runPortalFrame, type FrameIdentity } from '../../../utils/portal/runPortalFrame';

function context(blade: FrameContext['blade']): FrameContext {
  return { type: 'context', inFlow: !!blade, blade, appName: 'TonicDM Office 365 Token', doneSteps: [], guideHidden: false };
}

function harness(initial: FrameContext, frame?: FrameIdentity, reply: (m: PortalMessage) => unknown = () => ({ ok: true })) {
  const sent: PortalMessage[] = [];
  let push: (c: FrameContext) => void = () => undefined;
  runPortalFrame(document, {
    frame,
    send: async (m) => {
      sent.push(m);
      return m.type === 'portal/where' ? initial : reply(m);
    },
    onContext: (l) => (push = l),
    onTopNavigation: () => undefined,
    isValid: () => true,
    onInvalidated: () => undefined,
  });
  return { sent, push: (c: FrameContext) => push(c) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('runPortalFrame', () => {
  it('captures late-rendered Essentials once, when told it is on the Overview', async () => {
    document.body.innerHTML = '<div role="progressbar"></div>';
    const { sent } = harness(context('app-overview'));
    await flush();
    expect(sent.map((m) => m.type)).toEqual(['portal/where']);
    document.body.innerHTML = readFileSync('tests/fixtures/capture/essentials-classic.html', 'utf8');
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/ids'), { timeout: 8000 });
    expect(sent.find((m) => m.type === 'portal/ids')).toMatchObject({ clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d' });
  });

  it('does nothing outside the flow, even when values are on the page', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8');
    const { sent } = harness(context(undefined));
    await new Promise((r) => setTimeout(r, 400));
    expect(sent.map((m) => m.type)).toEqual(['portal/where']);
  });

  it('starts capturing when a hash navigation brings it into the flow', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8');
    const { sent, push } = harness(context(undefined));
    await flush();
    push(context('app-credentials'));
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/secret'), { timeout: 8000 });
    expect(sent.filter((m) => m.type === 'portal/secret')).toHaveLength(1);
  });

  const SECRETS = () => readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8');

  it.each([
    ['its own name says API permissions', { url: 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index', name: 'RegisteredApps.CallAnAPI.FrameBlade' }],
    ['its own address says API permissions', { url: 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/ApiPermissions/Index.html', name: '' }],
    ['its own address says Overview', { url: 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index?reactView=Microsoft_AAD_RegisteredApps.ApplicationMenuBlade.Overview', name: '' }],
  ])('a frame is not read as Certificates & secrets when %s', async (_name, frame) => {
    document.body.innerHTML = SECRETS();
    const { sent } = harness(context('app-credentials'), frame);
    await new Promise((r) => setTimeout(r, 400));
    expect(sent.map((m) => m.type)).toEqual(['portal/where']);
  });

  it('a frame that names no blade part is read as the tab\'s blade', async () => {
    document.body.innerHTML = SECRETS();
    const { sent } = harness(context('app-credentials'), { url: 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index', name: 'SomeBlade.ReactView' });
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/secret'), { timeout: 8000 });
  });

  it('sends the IDs again when the background could not yet see the frame on screen', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/essentials-classic.html', 'utf8');
    let refusals = 2;
    const { sent } = harness(context('app-overview'), undefined, () => (refusals-- > 0 ? { ok: false, retry: true } : { ok: true }));
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'portal/ids')).toHaveLength(3), { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 800));
    expect(sent.filter((m) => m.type === 'portal/ids')).toHaveLength(3);
  });

  it('does not send again what the background refused for good', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/essentials-classic.html', 'utf8');
    const { sent } = harness(context('app-overview'), undefined, () => ({ ok: false, retry: false }));
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/ids'), { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 800));
    expect(sent.filter((m) => m.type === 'portal/ids')).toHaveLength(1);
  });
});
