// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FrameContext, PortalMessage } from '../../../utils/messaging/protocol';
import { runPortalFrame } from '../../../utils/portal/runPortalFrame';

function context(blade: FrameContext['blade']): FrameContext {
  return { type: 'context', inFlow: !!blade, blade, appName: 'TonicDM Office 365 Token', doneSteps: [], guideHidden: false };
}

function harness(initial: FrameContext) {
  const sent: PortalMessage[] = [];
  let push: (c: FrameContext) => void = () => undefined;
  runPortalFrame(document, {
    send: async (m) => {
      sent.push(m);
      return m.type === 'portal/where' ? initial : { ok: true };
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
});
