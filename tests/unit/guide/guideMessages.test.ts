/** The guide's messages through the background's router: checked sender and body, tab and frame from the sender. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../../utils/background/messageRouter';
import { guideHiddenItem } from '../../../utils/storage';
import { PHRASE_TABLES } from '../../../utils/guide/phraseTables';

const PERMISSIONS = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';

function send(message: unknown, sender: object): Promise<unknown> {
  const router = createMessageRouter({
    now: () => 0,
    fillTonicdm: vi.fn(),
    tonicdmOrigins: async () => ['https://app.tonicdm.com'],
    handleTonicdm: vi.fn(),
    injectGuide: vi.fn(async () => true),
  });
  return new Promise((resolve) => router(message, sender as never, resolve));
}

const frame = (tabId: number, frameId: number, url = 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/ApiPermissions/Index.html?l=de.de-de') => ({
  id: fakeBrowser.runtime.id,
  frameId,
  url,
  tab: { id: tabId, url: PERMISSIONS },
});

describe('guide messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
  });

  it('grants a claim to the frame the browser names', async () => {
    expect(await send({ type: 'portal/guide-claim', rank: 2 }, frame(51, 4))).toMatchObject({ show: true });
    expect(await send({ type: 'portal/guide-claim', rank: 1 }, frame(51, 0, PERMISSIONS))).toMatchObject({ show: false });
  });

  it.each([
    ['a rank out of range', { type: 'portal/guide-claim', rank: 7 }],
    ['a rank that is no number', { type: 'portal/guide-claim', rank: '3' }],
    ['an over-long lang', { type: 'portal/guide-words', lang: 'x'.repeat(41) }],
  ])('drops %s', async (_name, message) => {
    expect(await send(message, frame(52, 4))).toBeUndefined();
  });

  it("answers with English and the frame's language", async () => {
    const words = (await send({ type: 'portal/guide-words', lang: 'en-US' }, frame(53, 4))) as { phrases: unknown[] };
    expect(words.phrases).toEqual([PHRASE_TABLES.en, PHRASE_TABLES.de]);
  });

  it('an Esc from another frame hides the guide only while a pointer is shown', async () => {
    await send({ type: 'portal/guide-escape' }, frame(54, 0, PERMISSIONS));
    expect(await guideHiddenItem.getValue()).toBe(false);
    await send({ type: 'portal/guide-claim', rank: 3 }, frame(54, 4));
    await send({ type: 'portal/guide-escape' }, frame(54, 0, PERMISSIONS));
    expect(await guideHiddenItem.getValue()).toBe(true);
  });
});
