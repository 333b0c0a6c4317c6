/**
 * Who may send what. The browser stamps `sender` (id, tab, frame, url); the message body is
 * written by the page's renderer and proves nothing, so every decision reads `sender` only.
 */
import { isBladeFrameUrl, isPortalShellUrl } from '../portal/hosts';
import { isAllowedFillOrigin } from '../tonicdm/fillContext';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * A content script in a portal tab: the top shell, or a frame on a host that serves setup
 * blades. Whether that frame renders the current blade is decided later (bladeFrames.ts).
 */
export function isPortalSender(sender: SenderLike, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.tab || typeof sender.tab.id !== 'number') return false;
  if (!isPortalShellUrl(sender.tab.url)) return false;
  if (sender.frameId === 0) return isPortalShellUrl(sender.url);
  return isPortalShellUrl(sender.url) || isBladeFrameUrl(sender.url);
}

/** A content script in the top frame of an allowed TonicDM origin. */
export function isTonicdmSender(sender: SenderLike, extensionId: string, allowedOrigins: readonly string[]): boolean {
  if (sender.id !== extensionId || !sender.tab || typeof sender.tab.id !== 'number' || sender.frameId !== 0) return false;
  return !!sender.url && isAllowedFillOrigin(sender.url, allowedOrigins);
}

/** One of our own pages (side panel, options), never a content script. */
export function isExtensionPageSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || sender.tab?.url?.startsWith('http')) return false;
  const origin = sender.origin ?? originOf(sender.url);
  return origin === extensionOrigin;
}

/** Our own worker (or Firefox background page): no tab, our extension origin. Extension pages answer only it. */
export function isOwnWorkerSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || sender.tab) return false;
  return (sender.origin ?? originOf(sender.url)) === extensionOrigin;
}

export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.origin !== 'null') return parsed.origin;
    // Some URL implementations give extension schemes an opaque origin; browsers do not.
    return /^(chrome|moz|safari-web)-extension:$/.test(parsed.protocol) && parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}
