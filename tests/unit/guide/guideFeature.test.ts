/**
 * The guide in one frame with a fake background: it claims the tab's pointer with its target's
 * rank, shows only what the background grants, acts on the newest decision only, and shows a
 * warning instead of a pointer on another app's blades (top frame only).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuideFeature, type GuideIo } from '../../../utils/overlay/guideFeature';
import { ALL_GUIDES } from '../../../utils/guide/families/allGuides';
import { wordsFor } from '../../../utils/guide/wordsFor';
import { GUIDE_ATTRIBUTE } from '../../../utils/overlay/guideAttribute';
import type { FrameContext, PortalMessage } from '../../../utils/messaging/protocol';
import { doneBefore, snippetHtml } from './snippets';

const APP = '5f1b7c3e-8a9d-4e2f-b6c1-7d3a9e0f2b4c';

function context(overrides: Partial<FrameContext> = {}): FrameContext {
  return {
    type: 'context',
    inFlow: true,
    blade: 'app-api-permissions',
    appId: APP,
    activeAppId: APP,
    appName: 'TonicDM Office 365 Token',
    doneSteps: [...doneBefore('api-permissions')],
    guideHidden: false,
    ...overrides,
  };
}

function fakeIo(isTop = false) {
  const sent: PortalMessage[] = [];
  const claims: number[] = [];
  let answer = { show: true, version: 1 };
  let turn: ((show: boolean, version: number) => void) | undefined;
  const io: GuideIo = {
    send: (message) => void sent.push(message),
    async request(message) {
      if (message.type === 'portal/guide-words') return wordsFor([]);
      if (message.type === 'portal/guide-claim') {
        claims.push(message.rank);
        return answer;
      }
      return undefined;
    },
    onTurn: (listener) => void (turn = listener),
    isTop,
  };
  return {
    io,
    sent,
    claims,
    answerWith: (next: { show: boolean; version: number }) => void (answer = next),
    push: (show: boolean, version: number) => turn?.(show, version),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const guided = () => Array.from(document.querySelectorAll(`[${GUIDE_ATTRIBUTE}]`)).map((el) => el.getAttribute(GUIDE_ATTRIBUTE));

describe('createGuideFeature', () => {
  beforeEach(() => {
    document.body.innerHTML = snippetHtml('api-permissions.empty.classic.html');
  });

  it('claims with its target rank and shows only once granted', async () => {
    const fake = fakeIo();
    fake.answerWith({ show: false, version: 1 });
    const feature = createGuideFeature(document, fake.io, ALL_GUIDES);
    const ctx = context();
    feature.update(ctx, document);
    await settle();
    // A later pass under the same context does not claim again.
    feature.update(ctx, document);
    await settle();
    expect(fake.claims).toEqual([2]);
    expect(guided()).toEqual([]);
    // The background grants it later.
    fake.push(true, 2);
    expect(guided()).toEqual(['api-permissions.add']);
    // An older word arriving late changes nothing.
    fake.push(false, 1);
    expect(guided()).toEqual(['api-permissions.add']);
    fake.push(false, 3);
    expect(guided()).toEqual([]);
    feature.stop();
  });

  it('reports what the page shows', async () => {
    const fake = fakeIo();
    const feature = createGuideFeature(document, fake.io, ALL_GUIDES);
    feature.update(context(), document);
    await settle();
    expect(fake.sent).toContainEqual(expect.objectContaining({ type: 'portal/observation', wrongTurns: [expect.objectContaining({ id: 'default-user-read' })] }));
    feature.stop();
  });

  it.each([
    ['in the top frame', true, 1],
    ['in a blade frame', false, 0],
  ])("on another app's blade: no claim, and a warning %s", async (_name, isTop, notices) => {
    const fake = fakeIo(isTop);
    const feature = createGuideFeature(document, fake.io, ALL_GUIDES);
    feature.update(context({ appId: '00000000-1111-4222-8333-444444444444' }), document);
    await settle();
    feature.update(context({ appId: '00000000-1111-4222-8333-444444444444' }), document);
    await settle();
    expect(fake.claims.every((rank) => rank === 0)).toBe(true);
    expect(guided()).toEqual([]);
    expect(document.documentElement.querySelectorAll('[popover]').length).toBe(notices);
    feature.stop();
  });

  it('claims nothing while the guide is hidden', async () => {
    const fake = fakeIo();
    const feature = createGuideFeature(document, fake.io, ALL_GUIDES);
    feature.update(context({ guideHidden: true }), document);
    await settle();
    feature.update(context({ guideHidden: true }), document);
    await settle();
    expect(fake.claims.filter((rank) => rank > 0)).toEqual([]);
    expect(guided()).toEqual([]);
    feature.stop();
  });
});

describe('createGuideFeature: a lost answer from the background', () => {
  beforeEach(() => {
    document.body.innerHTML = snippetHtml('api-permissions.empty.classic.html');
  });

  /** A fresh copy of the guide's modules: the page language's words are held per module instance. */
  async function freshGuide() {
    vi.resetModules();
    const { createGuideFeature: create } = await import('../../../utils/overlay/guideFeature');
    return create;
  }

  /** A background that fails to answer the first `lost` requests of a type, then answers. */
  function flakyIo(lost: { words?: number; claims?: number }) {
    const asked: string[] = [];
    const io: GuideIo = {
      send: () => undefined,
      async request(message) {
        asked.push(message.type);
        if (message.type === 'portal/guide-words') return lost.words && lost.words-- > 0 ? undefined : wordsFor([]);
        if (message.type === 'portal/guide-claim') return lost.claims && lost.claims-- > 0 ? undefined : { show: true, version: asked.length };
        return undefined;
      },
      onTurn: () => undefined,
      isTop: false,
    };
    return { io, asked };
  }

  it.each<[string, { words?: number; claims?: number }]>([
    ['the words', { words: 1 }],
    ['the claim', { claims: 1 }],
    ['the words twice and the claim once', { words: 2, claims: 1 }],
  ])('%s lost: asked again by itself on a quiet page, and the pointer is shown', async (_name, lost) => {
    const create = await freshGuide();
    const fake = flakyIo({ ...lost });
    const feature = create(document, fake.io, ALL_GUIDES);
    feature.update(context(), document);
    // No page change follows: only the guide's own retry can bring the pointer.
    await vi.waitFor(() => expect(guided()).toEqual(['api-permissions.add']), { timeout: 5000, interval: 50 });
    expect(fake.asked.filter((t) => t === 'portal/guide-words')).toHaveLength((lost.words ?? 0) + 1);
    expect(fake.asked.filter((t) => t === 'portal/guide-claim')).toHaveLength((lost.claims ?? 0) + 1);
    feature.stop();
  });

  it('an unreachable background (the extension was reloaded) is asked a few times, then left alone', async () => {
    vi.useFakeTimers();
    try {
      const create = await freshGuide();
      const fake = flakyIo({ words: Infinity });
      const feature = create(document, fake.io, ALL_GUIDES);
      feature.update(context(), document);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fake.asked.filter((t) => t === 'portal/guide-words')).toHaveLength(4);
      expect(guided()).toEqual([]);
      feature.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
