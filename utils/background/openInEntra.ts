/**
 * "Open in Entra" from a checklist step. The address comes from the one step model and the IDs
 * the background holds (the panel names only the step), and opens where the admin works: their
 * portal tab, on the same portal (Entra admin center or Azure portal), or else a new tab on the
 * Entra admin center. A portal tab's address is readable through the host permissions, so no
 * `tabs` permission is needed.
 */
import { browser } from 'wxt/browser';
import type { StepId } from '../steps';
import { isPortalShellUrl, PORTAL_SHELL_HOSTS } from '../portal/hosts';
import { stepLink } from '../setup/stepLink';
import type { BladeKind } from '../portal/bladeKind';
import { readSetup } from './setupStore';

export type OpenInEntraResult = { ok: true; url: string; blade: BladeKind; tab: 'reused' | 'new' } | { ok: false; reason: 'no-link' };

interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
  lastAccessed?: number;
}

/**
 * The portal tab the admin is using: the one showing in the window they last focused, else the
 * portal tab they looked at last. Tabs whose address is not a portal shell never qualify.
 */
export function choosePortalTab<T extends TabLike>(tabs: readonly T[], focusedWindowId: number | undefined): T | undefined {
  const portal = tabs.filter((t) => t.id !== undefined && isPortalShellUrl(t.url));
  return (
    portal.find((t) => t.active && t.windowId === focusedWindowId) ??
    [...portal].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || Number(!!b.active) - Number(!!a.active))[0]
  );
}

export async function openStepInEntra(stepId: StepId): Promise<OpenInEntraResult> {
  const state = await readSetup();
  if (!stepLink(state, stepId)) return { ok: false, reason: 'no-link' };
  const tabs = (await browser.tabs.query({ url: PORTAL_SHELL_HOSTS.map((host) => `https://${host}/*`) })) as TabLike[];
  const focused = await browser.windows.getLastFocused().catch(() => undefined);
  const tab = choosePortalTab(tabs, focused?.id);
  const { url, blade } = stepLink(state, stepId, tab?.url)!;
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    return { ok: true, url, blade, tab: 'reused' };
  }
  await browser.tabs.create({ url, active: true });
  return { ok: true, url, blade, tab: 'new' };
}
