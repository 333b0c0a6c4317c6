/**
 * The single entry for runtime messages. Each sender class has a fixed set of message types
 * and a schema; the sender is checked first (browser-stamped fields only), then the body is
 * parsed. Anything else is dropped without an answer.
 */
import { browser } from 'wxt/browser';
import { panelMessageSchema, portalMessageSchema, tonicdmMessageSchema } from '../messaging/protocol';
import { isExtensionPageSender, isPortalSender, isTonicdmSender, originOf, type SenderLike } from '../security/senderGuard';
import { describeMessage, logger } from '../security/logger';
import { handlePortalMessage } from './handlePortalMessage';
import { handlePanelMessage } from './handlePanelMessage';
import { broadcastContext } from './broadcastContext';
import { frameContextFor } from './frameContext';
import { readSetup } from './setupStore';
import { handleGuideMessage, isGuideMessage } from './handleGuideMessage';
import type { z } from 'zod';

type TonicdmMessage = z.output<typeof tonicdmMessageSchema>;

export interface RouterDeps {
  now: () => number;
  fillTonicdm: () => Promise<unknown>;
  tonicdmOrigins: () => Promise<readonly string[]>;
  handleTonicdm: (message: TonicdmMessage, tabId: number) => Promise<unknown>;
  injectGuide: (tabId: number, frameId: number) => Promise<boolean>;
}

type Respond = (response: unknown) => void;

export function createMessageRouter(deps: RouterDeps) {
  const extensionId = browser.runtime.id;
  const extensionOrigin = originOf(browser.runtime.getURL('/')) ?? 'invalid:';

  async function route(message: unknown, sender: SenderLike): Promise<unknown> {
    if (isPortalSender(sender, extensionId)) {
      const parsed = portalMessageSchema.safeParse(message);
      if (!parsed.success) return drop('portal', message);
      // The tab URL follows the portal's hash navigation; sender.url keeps the document's first URL.
      const tabUrl = sender.tab!.url!;
      if (parsed.data.type === 'portal/load-guide') {
        return frameContextFor(tabUrl, await readSetup(), false).inFlow ? deps.injectGuide(sender.tab!.id!, sender.frameId ?? 0) : false;
      }
      if (isGuideMessage(parsed.data)) return handleGuideMessage(parsed.data, sender.tab!.id!, sender.frameId ?? 0, sender.url);
      const result = await handlePortalMessage(parsed.data, tabUrl, deps);
      if (parsed.data.type === 'portal/where' && sender.frameId === 0) void broadcastContext(sender.tab!.id!, tabUrl);
      return result;
    }
    if (isExtensionPageSender(sender, extensionId, extensionOrigin)) {
      const parsed = panelMessageSchema.safeParse(message);
      if (!parsed.success) return drop('panel', message);
      return handlePanelMessage(parsed.data, deps);
    }
    if (isTonicdmSender(sender, extensionId, await deps.tonicdmOrigins())) {
      const parsed = tonicdmMessageSchema.safeParse(message);
      if (!parsed.success) return drop('tonicdm', message);
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
