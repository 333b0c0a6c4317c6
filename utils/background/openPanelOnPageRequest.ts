/**
 * When the TonicDM page's button asks for a fill the admin must confirm, the side panel is
 * where they confirm it, so it is opened for them. Chrome allows sidePanel.open() only while
 * the click that sent the message is being handled, i.e. synchronously in the listener, before
 * any await: hence a listener of its own, beside the message router that answers the request.
 */
import { browser } from 'wxt/browser';
import { TONICDM_ORIGIN } from '../portal/hosts';
import { isAllowedFillOrigin } from '../tonicdm/fillContext';
import type { SenderLike } from '../security/senderGuard';

type PanelOpeners = {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

export function openPanelOnPageRequest(extraOrigins: () => readonly string[]): void {
  const openers = browser as unknown as PanelOpeners;
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => {
    if ((message as { type?: unknown } | null)?.type !== 'tonicdm/request-confirm') return undefined;
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || sender.frameId !== 0 || typeof tabId !== 'number') return undefined;
    if (!sender.url || !isAllowedFillOrigin(sender.url, [TONICDM_ORIGIN, ...extraOrigins()])) return undefined;
    // Opening our own panel is harmless; if the browser refuses, the page says where to confirm.
    const opening = openers.sidePanel ? openers.sidePanel.open({ tabId }) : openers.sidebarAction?.open();
    void opening?.catch(() => undefined);
    return undefined;
  });
}
