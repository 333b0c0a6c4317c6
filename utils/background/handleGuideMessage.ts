/**
 * The page guide's requests to the background: its claim on the tab's one pointer, an Esc the
 * page did not use, and its words (guide/guideWords.ts) for the page's languages. The router has checked the
 * sender (a portal frame) and the body; tab and frame come from the browser-stamped sender.
 */
import type { z } from 'zod';
import type { portalMessageSchema } from '../messaging/protocol';
import { wordsFor } from '../guide/wordsFor';
import { pageLanguage, pageLocales } from '../guide/pageLocales';
import { guideHiddenItem } from '../storage';
import { claimGuideTurn, hasGuideTurn } from './guideArbiter';

type PortalMessage = z.output<typeof portalMessageSchema>;
export type GuideMessage = Extract<PortalMessage, { type: 'portal/guide-claim' | 'portal/guide-escape' | 'portal/guide-words' }>;

export function isGuideMessage(message: PortalMessage): message is GuideMessage {
  return message.type === 'portal/guide-claim' || message.type === 'portal/guide-escape' || message.type === 'portal/guide-words';
}

/** `frameUrl` is the browser-stamped address of the asking frame (its `l=` names the portal language). */
export async function handleGuideMessage(message: GuideMessage, tabId: number, frameId: number, frameUrl?: string): Promise<unknown> {
  switch (message.type) {
    case 'portal/guide-claim':
      return claimGuideTurn(tabId, frameId, message.rank);
    case 'portal/guide-escape':
      if (await hasGuideTurn(tabId)) await guideHiddenItem.setValue(true);
      return { ok: true };
    case 'portal/guide-words':
      return wordsFor(pageLocales(frameUrl, message.lang, navigator.language), pageLanguage(frameUrl, message.lang, navigator.language));
  }
}
