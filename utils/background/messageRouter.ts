/**
 * The single entry for runtime messages. Each sender class has a fixed set of message types
 * and a schema; the sender is checked first (browser-stamped fields only), then the body is
 * parsed. Anything else is dropped without an answer. Values and observations from the portal
 * are taken only from the frame that renders the tab's blade (bladeFrames.ts), and every
 * message that may use the secret runs after its lifetime was checked.
 */
import { browser } from 'wxt/browser';
import { panelMessageSchema, portalMessageSchema, tonicdmMessageSchema, type PortalReply } from '../messaging/protocol';
import { isExtensionPageSender, isPortalSender, isTonicdmSender, originOf, type SenderLike } from '../security/senderGuard';
import { describeMessage, logger } from '../security/logger';
import { handlePortalMessage } from './handlePortalMessage';
import { handlePanelMessage } from './handlePanelMessage';
import { noteGuideSight } from './guideSight';
import { broadcastContext } from './broadcastContext';
import { frameContextFor } from './frameContext';
import { readSetup } from './setupStore';
import { checkBladeFrame, type BladeFrameSources } from './bladeFrames';
import { enforceSecretLifetime } from './secretLifetime';
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { handleGuideMessage, isGuideMessage } from './handleGuideMessage';
import type { z } from 'zod';

type TonicdmMessage = z.output<typeof tonicdmMessageSchema>;
type PortalMessage = z.output<typeof portalMessageSchema>;

export interface RouterDeps {
  now: () => number;
  fillTonicdm: () => Promise<unknown>;
  tonicdmOrigins: () => Promise<readonly string[]>;
  handleTonicdm: (message: TonicdmMessage, tabId: number) => Promise<unknown>;
  injectGuide: (tabId: number, frameId: number) => Promise<boolean>;
  /** Where the tab's frame tree and on-screen frames are read from (the browser, or a test's fake). */
  frameSources?: BladeFrameSources;
}

type Respond = (response: unknown) => void;

/** Messages that carry values or progress: only the blade's own frame may send them. */
const FROM_BLADE_FRAME_ONLY: ReadonlySet<PortalMessage['type']> = new Set([
  'portal/ids',
  'portal/secret',
  'portal/secret-masked',
  'portal/observation',
  'portal/guide-dismissed',
]);

export function createMessageRouter(deps: RouterDeps) {
  const extensionId = browser.runtime.id;
  const extensionOrigin = originOf(browser.runtime.getURL('/')) ?? 'invalid:';

  async function routePortal(message: PortalMessage, sender: SenderLike): Promise<unknown> {
    const tabId = sender.tab!.id!;
    const frameId = sender.frameId ?? 0;
    // The tab URL follows the portal's hash navigation; sender.url keeps the document's first URL.
    const tabUrl = sender.tab!.url!;
    if (message.type === 'portal/load-guide') {
      return frameContextFor(tabUrl, await readSetup(), false).inFlow ? deps.injectGuide(tabId, frameId) : false;
    }
    // Pointer claims only decide which frame draws the one callout; they carry no value to hold.
    if (isGuideMessage(message)) {
      const answer = await handleGuideMessage(message, tabId, frameId, sender.url);
      // Not awaited: the frame's answer must not wait for the panel's bookkeeping.
      if (message.type === 'portal/guide-claim') void noteGuideSight(tabId, tabUrl, deps.now());
      return answer;
    }
    if (FROM_BLADE_FRAME_ONLY.has(message.type)) {
      const blade = bladeKindOf(parsePortalUrl(tabUrl));
      const verdict = await checkBladeFrame(tabId, { frameId, url: sender.url ?? '' }, blade, deps.frameSources);
      if (!verdict.ok) {
        logger.warn('frame not trusted', `${message.type}: ${verdict.reason}`);
        return { ok: false, retry: verdict.retry } satisfies PortalReply;
      }
    }
    const result = await handlePortalMessage(message, { tabUrl, frameUrl: frameId === 0 ? undefined : sender.url }, deps);
    if (message.type === 'portal/where' && frameId === 0) void broadcastContext(tabId, tabUrl);
    return result;
  }

  async function route(message: unknown, sender: SenderLike): Promise<unknown> {
    if (isPortalSender(sender, extensionId)) {
      const parsed = portalMessageSchema.safeParse(message);
      if (!parsed.success) return drop('portal', message);
      return routePortal(parsed.data, sender);
    }
    if (isExtensionPageSender(sender, extensionId, extensionOrigin)) {
      const parsed = panelMessageSchema.safeParse(message);
      if (!parsed.success) return drop('panel', message);
      await enforceSecretLifetime(deps.now());
      return handlePanelMessage(parsed.data, deps);
    }
    if (isTonicdmSender(sender, extensionId, await deps.tonicdmOrigins())) {
      const parsed = tonicdmMessageSchema.safeParse(message);
      if (!parsed.success) return drop('tonicdm', message);
      await enforceSecretLifetime(deps.now());
      return deps.handleTonicdm(parsed.data, sender.tab!.id!);
    }
    return drop('unknown sender', message);
  }

  function drop(from: string, message: unknown): undefined {
    logger.warn('message dropped', `${from}: ${describeMessage(message)}`);
    return undefined;
  }

  return (message: unknown, sender: SenderLike, respond: Respond): true => {
    route(message, sender).then(respond, (error: unknown) => {
      logger.warn('handler failed', error instanceof Error ? error.message : 'unknown');
      respond(undefined);
    });
    return true;
  };
}
