/**
 * One-click transfer into TonicDM, decided in the background: it picks the tab by URL, checks
 * the exact origin (twice: when choosing and right before sending), and sends the secret only
 * inside the fill command to that tab's top frame. The content script checks again and keeps
 * nothing.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { tonicdmMessageSchema } from '../messaging/protocol';
import { TONICDM_ORIGIN, TONICDM_SETTINGS_URL } from '../portal/hosts';
import { applyStepMark, upsertNotice } from '../setup/applyCapture';
import { activeApp } from '../setup/setupState';
import { readOptions, secretItem } from '../storage';
import { readSetup, updateSetup } from './setupStore';
import { forgetSecretAfterSubmit } from './secretLifetime';
import type { FillCommand, FillReply } from '../tonicdm/fillProtocol';
import type { SecurityField } from '../tonicdm/securityFields';
import { isAllowedFillOrigin } from '../tonicdm/fillContext';
import { logger } from '../security/logger';

type TonicdmMessage = z.output<typeof tonicdmMessageSchema>;

export type FillResult =
  | { ok: true; filled: SecurityField[] }
  | { ok: false; reason: 'values-missing'; missing: SecurityField[] }
  | { ok: false; reason: 'no-tab' | 'wrong-origin' | 'no-answer' | 'navigated' }
  | { ok: false; reason: 'fields-missing' | 'fields-ambiguous' | 'readback'; fields: SecurityField[] };

export async function tonicdmOrigins(): Promise<string[]> {
  const { extraTonicdmOrigins } = await readOptions();
  return [TONICDM_ORIGIN, ...extraTonicdmOrigins];
}

async function findTonicdmTab(origins: readonly string[]): Promise<chrome.tabs.Tab | undefined> {
  const tabs = (await browser.tabs.query({ url: origins.map((o) => `${o}/*`) })) as chrome.tabs.Tab[];
  const allowed = tabs.filter((t) => !!t.url && isAllowedFillOrigin(t.url, origins));
  const onSettings = allowed.filter((t) => new URL(t.url!).pathname.startsWith('/organization-settings'));
  const pick = (list: chrome.tabs.Tab[]) => list.find((t) => t.active) ?? list[0];
  return pick(onSettings) ?? pick(allowed);
}

async function openSettingsTab(): Promise<chrome.tabs.Tab | undefined> {
  const tab = (await browser.tabs.create({ url: TONICDM_SETTINGS_URL, active: true })) as chrome.tabs.Tab;
  if (tab.id === undefined) return undefined;
  await new Promise<void>((resolve) => {
    const timeout = setTimeout(done, 20_000);
    function done() {
      clearTimeout(timeout);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    }
    function listener(tabId: number, change: { status?: string }) {
      if (tabId === tab.id && change.status === 'complete') done();
    }
    browser.tabs.onUpdated.addListener(listener);
  });
  return (await browser.tabs.get(tab.id)) as chrome.tabs.Tab;
}

/** Sends the command, retrying briefly while a just-opened page's content script starts. */
async function sendFill(tabId: number, command: FillCommand): Promise<FillReply | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const reply = (await browser.tabs.sendMessage(tabId, command, { frameId: 0 })) as FillReply | undefined;
      if (reply?.type !== 'not-ready') return reply;
    } catch {
      // No receiver yet (page still loading) or the tab navigated away.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}

/** Fills the TonicDM tab (the given one, or the one found by URL, or a new one). */
export async function fillTonicdmTab(now: () => number, requestedTabId?: number): Promise<FillResult> {
  const [setup, secret, origins] = await Promise.all([readSetup(), secretItem.getValue(), tonicdmOrigins()]);
  const app = activeApp(setup);
  const missing: SecurityField[] = [];
  if (!secret || (secret.appId && app && secret.appId !== app.clientId)) missing.push('secret');
  if (!app?.expiry) missing.push('expiry');
  if (!app?.clientId) missing.push('clientId');
  if (!app?.tenantId) missing.push('tenantId');
  if (missing.length > 0 || !secret || !app?.expiry || !app.tenantId) return { ok: false, reason: 'values-missing', missing };

  let tab =
    requestedTabId !== undefined
      ? ((await browser.tabs.get(requestedTabId)) as chrome.tabs.Tab)
      : await findTonicdmTab(origins);
  if (!tab && requestedTabId === undefined) tab = await openSettingsTab();
  if (!tab?.id) return { ok: false, reason: 'no-tab' };
  if (!tab.url || !isAllowedFillOrigin(tab.url, origins)) return { ok: false, reason: 'wrong-origin' };
  const origin = new URL(tab.url).origin;

  // Re-read the tab right before sending: it may have navigated since it was chosen.
  const current = (await browser.tabs.get(tab.id)) as chrome.tabs.Tab;
  if (!current.url || !isAllowedFillOrigin(current.url, origins) || new URL(current.url).origin !== origin) {
    return { ok: false, reason: 'navigated' };
  }
  const expectedPath = new URL(current.url).pathname;

  const reply = await sendFill(tab.id, {
    type: 'tonicdm/fill',
    expectedOrigin: origin,
    expectedPath,
    values: { secret: secret.value, expiryIso: app.expiry.iso, clientId: app.clientId, tenantId: app.tenantId },
  });
  if (!reply || reply.type === 'not-ready') return { ok: false, reason: 'no-answer' };
  if (reply.type === 'refused') return { ok: false, reason: reply.reason === 'origin' ? 'wrong-origin' : 'navigated' };
  await secretItem.setValue({ ...secret, lastUsedAt: now() });
  if (reply.outcome.ok) {
    logger.info('tonicdm filled');
    await updateSetup((s) => ({ ...s, notices: s.notices.filter((n) => n.id !== 'fill-failed') }));
    return { ok: true, filled: reply.outcome.results.filter((r) => r.ok).map((r) => r.field) };
  }
  const { reason, fields } = reply.outcome;
  await updateSetup((s) =>
    upsertNotice(s, {
      id: 'fill-failed',
      severity: 'warning',
      message: `TonicDM's form could not be filled: ${reason === 'missing' ? 'no field found for' : reason === 'ambiguous' ? 'more than one field matches' : 'the page did not keep'} ${fields.join(', ')}. Nothing was filled.`,
      fix: 'Copy the values one by one from this panel.',
      at: now(),
    }),
  );
  return {
    ok: false,
    reason: reason === 'missing' ? 'fields-missing' : reason === 'ambiguous' ? 'fields-ambiguous' : 'readback',
    fields,
  };
}

/** Messages from the TonicDM page's own content script. */
export async function handleTonicdmMessage(message: TonicdmMessage, tabId: number): Promise<unknown> {
  switch (message.type) {
    case 'tonicdm/ready-state': {
      const [setup, secret] = await Promise.all([readSetup(), secretItem.getValue()]);
      const app = activeApp(setup);
      return { valuesReady: !!(secret && app?.expiry && app.tenantId) };
    }
    case 'tonicdm/request-fill':
      return fillTonicdmTab(() => Date.now(), tabId);
    case 'tonicdm/submitted':
      await updateSetup((s) => applyStepMark(s, 'tonicdm-setup', true, 'page', Date.now()));
      await forgetSecretAfterSubmit(Date.now());
      return { ok: true };
  }
}
