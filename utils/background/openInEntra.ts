/**
 * "Open in Entra" from a checklist step. The address comes from the one step model and the IDs
 * the background holds (the panel names only the step), and opens where the admin works: their
 * portal tab, on the same portal (Entra admin center or Azure portal), or else a new tab on the
 * Entra admin center. A portal tab's address is readable through the host permissions, so no
 * `tabs` permission is needed.
 */
import { browser } from 'wxt/browser';
import type { StepId } from '../steps';
import { choosePortalTab, PORTAL_SHELL_PATTERNS, type TabLike } from '../portal/portalTab';
import { stepLink } from '../setup/stepLink';
import type { BladeKind } from '../portal/bladeKind';
import { readSetup } from './setupStore';

export type OpenInEntraResult = { ok: true; url: string; blade: BladeKind; tab: 'reused' | 'new' } | { ok: false; reason: 'no-link' };

export async function openStepInEntra(stepId: StepId): Promise<OpenInEntraResult> {
  const state = await readSetup();
  if (!stepLink(state, stepId)) return { ok: false, reason: 'no-link' };
  const tabs = (await browser.tabs.query({ url: PORTAL_SHELL_PATTERNS })) as TabLike[];
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
