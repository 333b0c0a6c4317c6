/**
 * Which browser tab is "the portal tab the admin is using": the portal tab showing in the window
 * they last focused, else the portal tab they looked at last. Used to open a step's blade there
 * and to tell, in the panel, which tab's guide is meant. Tabs whose address is not a portal
 * shell never qualify (look-alike hosts included).
 */
import { isPortalShellUrl, PORTAL_SHELL_HOSTS } from './hosts';

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
  lastAccessed?: number;
}

/** For `tabs.query({ url })`: portal tab addresses are readable through the host permissions alone. */
export const PORTAL_SHELL_PATTERNS = PORTAL_SHELL_HOSTS.map((host) => `https://${host}/*`);

export function choosePortalTab<T extends TabLike>(tabs: readonly T[], focusedWindowId: number | undefined): T | undefined {
  const portal = tabs.filter((t) => t.id !== undefined && isPortalShellUrl(t.url));
  return (
    portal.find((t) => t.active && t.windowId === focusedWindowId) ??
    [...portal].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || Number(!!b.active) - Number(!!a.active))[0]
  );
}
