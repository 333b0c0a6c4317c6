/**
 * What each guide family script does when the background injects it into a portal frame: offer
 * the frame's guide to the always-loaded capture script (portal.content), which starts it, and
 * offer its family to a guide already running there that needs it.
 */
import { browser } from 'wxt/browser';
import { offerGuideFeature } from '../portal/guideHandoff';
import type { GuideTurn, PortalMessage } from '../messaging/protocol';
import type { GuideFamily } from '../guide/guideFamilies';
import type { BladeGuides } from '../guide/bladeGuide';
import type { BladeKind } from '../portal/bladeKind';
import { createGuideFeature, type GuideIo } from './guideFeature';
import { createGuideFrame, type FamilyOffer } from './guideFrame';

function frameIo(send: (message: unknown) => void): GuideIo {
  return {
    send: (message) => send(message),
    async request(message: PortalMessage) {
      try {
        return await browser.runtime.sendMessage(message);
      } catch {
        return undefined; // the extension was reloaded: this script is orphaned
      }
    },
    onTurn(listener) {
      // Only the extension can message a content script; the page cannot.
      browser.runtime.onMessage.addListener((message: unknown, _sender, respond: (reply: unknown) => void) => {
        const turn = message as GuideTurn | undefined;
        if (turn?.type !== 'guide/turn' || typeof turn.version !== 'number') return false;
        listener(turn.show === true, turn.version);
        respond({ ok: true });
        return false;
      });
    },
    isTop: window === window.top,
  };
}

export function startGuide(family: GuideFamily, guides: BladeGuides): void {
  const offer: FamilyOffer = { family, blades: Object.keys(guides) as BladeKind[], create: (io) => createGuideFeature(document, io, guides) };
  offerGuideFeature(Object.assign((send: (message: unknown) => void) => createGuideFrame(frameIo(send), offer), { family: offer }));
}
