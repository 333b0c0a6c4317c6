/**
 * One-click transfer into TonicDM, decided in the background. It picks the tab by URL
 * (app.tonicdm.com first, always), checks the exact origin when choosing and again right
 * before sending, and sends the secret only inside the fill command to that tab's top frame.
 * A fill anywhere but app.tonicdm.com, or one the page's own button asked for without proof
 * that the admin saw that button, waits for the admin's confirmation in the side panel. Every
 * outcome names the origin and path the values went to. The content script checks again and
 * keeps nothing.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { tonicdmMessageSchema } from '../messaging/protocol';
import { TONICDM_ORIGIN, TONICDM_SETTINGS_URL } from '../portal/hosts';
import { applyStepMark } from '../setup/applyCapture';
import { activeApp, type AppRecord } from '../setup/setupState';
import { secretBelongsTo } from '../setup/secretOwner';
import { renewalInProgress } from '../renewal/renewalRecord';
import { applyRenewalFilled, applyRenewalSubmitted } from '../renewal/applyRenewal';
import { secretHint } from '../values/classifySecret';
import { fillStatusItem, pendingFillItem, secretItem } from '../storage';
import { readSetup, updateSetup } from './setupStore';
import { forgetSecretAfterSubmit } from './secretLifetime';
import type { FillCommand, FillReply } from '../tonicdm/fillProtocol';
import type { SecurityValues } from '../tonicdm/fillSecurityForm';
import type { SecurityField } from '../tonicdm/securityFields';
import { isAllowedFillOrigin } from '../tonicdm/fillContext';
import { grantedExtraOrigins } from '../tonicdm/grantedExtraOrigins';
import { isForbiddenTonicdmHost } from '../tonicdm/forbiddenHosts';
import { PENDING_FILL_TTL_MS, type FillResult, type FillStatus, type FillTarget, type PendingFill } from '../tonicdm/fillRequest';
import { logger } from '../security/logger';

export type { FillResult } from '../tonicdm/fillRequest';

type TonicdmMessage = z.output<typeof tonicdmMessageSchema>;
type Tab = chrome.tabs.Tab;

/** app.tonicdm.com, then the extra origins that are listed, valid and granted. */
export async function tonicdmOrigins(): Promise<string[]> {
  return [TONICDM_ORIGIN, ...(await grantedExtraOrigins())];
}

/** Where a tab is, if it may receive a fill at all. */
function targetOf(url: string | undefined, origins: readonly string[]): FillTarget | undefined {
  if (!url || !isAllowedFillOrigin(url, origins)) return undefined;
  const parsed = new URL(url);
  // The list was validated when read; this holds even if a caller passes an unvalidated one.
  if (isForbiddenTonicdmHost(parsed.hostname)) return undefined;
  return { origin: parsed.origin, path: parsed.pathname };
}

/** app.tonicdm.com always wins; within one origin, Organization Settings, then the active tab. */
export function chooseTonicdmTab<T extends { url?: string; active?: boolean }>(tabs: readonly T[], origins: readonly string[]): T | undefined {
  const allowed = tabs.filter((t) => !!targetOf(t.url, origins));
  const main = allowed.filter((t) => new URL(t.url!).origin === TONICDM_ORIGIN);
  const pick = (list: T[]) => {
    const onSettings = list.filter((t) => new URL(t.url!).pathname.startsWith('/organization-settings'));
    const best = (l: T[]) => l.find((t) => t.active) ?? l[0];
    return best(onSettings) ?? best(list);
  };
  return pick(main) ?? pick(allowed);
}

async function findTonicdmTab(origins: readonly string[]): Promise<Tab | undefined> {
  const tabs = (await browser.tabs.query({ url: origins.map((o) => `${o}/*`) })) as Tab[];
  return chooseTonicdmTab(tabs, origins);
}

async function getTab(tabId: number): Promise<Tab | undefined> {
  return ((await browser.tabs.get(tabId).catch(() => undefined)) as Tab | undefined) ?? undefined;
}

async function openSettingsTab(): Promise<Tab | undefined> {
  const tab = (await browser.tabs.create({ url: TONICDM_SETTINGS_URL, active: true })) as Tab;
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
  return getTab(tab.id);
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

/**
 * How TonicDM's form is filled: the first setup's four fields, or during a renewal (once its new
 * secret is captured) the "Update Now" form, which needs the new secret and its expiry (and takes
 * the IDs only where it shows them). A renewal fills only the renewal's new secret.
 */
function fillModeOf(app: AppRecord | undefined): FillCommand['mode'] {
  return renewalInProgress(app)?.next ? 'renewal' : 'setup';
}

/** The four values, or which of them are missing. */
async function readValues(): Promise<{ values: SecurityValues; mode: FillCommand['mode']; appId: string } | { missing: SecurityField[] }> {
  const [setup, secret] = await Promise.all([readSetup(), secretItem.getValue()]);
  const app = activeApp(setup);
  const mode = fillModeOf(app);
  const renewal = renewalInProgress(app);
  const missing: SecurityField[] = [];
  const secretOk = secretBelongsTo(secret, app, setup) && (mode !== 'renewal' || secretHint(secret.value) === renewal?.next?.hint);
  if (!secretOk) missing.push('secret');
  if (!app?.expiry) missing.push('expiry');
  if (!app?.clientId) missing.push('clientId');
  if (!app?.tenantId) missing.push('tenantId');
  if (missing.length > 0 || !secret || !app?.expiry || !app.tenantId) return { missing };
  return { values: { secret: secret.value, expiryIso: app.expiry.iso, clientId: app.clientId, tenantId: app.tenantId }, mode, appId: app.clientId };
}

async function record(result: FillResult, via: FillStatus['via'], now: number): Promise<FillResult> {
  await fillStatusItem.setValue({ result, via, at: now });
  return result;
}

/** Sends the values to the tab's top frame, provided it is still where the admin agreed. */
async function fillTarget(tabId: number, expected: FillTarget, via: FillStatus['via'], now: () => number): Promise<FillResult> {
  const read = await readValues();
  if ('missing' in read) return record({ ok: false, reason: 'values-missing', missing: read.missing }, via, now());
  // Re-read the tab right before sending: it may have navigated, or lost its access, since it was chosen.
  const url = (await getTab(tabId))?.url;
  const current = targetOf(url, await tonicdmOrigins());
  if (!current || current.origin !== expected.origin || current.path !== expected.path) {
    const stayed = !current && !!url && URL.canParse(url) && new URL(url).origin === expected.origin;
    return record({ ok: false, reason: stayed ? 'wrong-origin' : 'navigated', target: expected }, via, now());
  }
  const reply = await sendFill(tabId, { type: 'tonicdm/fill', expectedOrigin: current.origin, expectedPath: current.path, values: read.values, mode: read.mode });
  if (!reply || reply.type === 'not-ready') return record({ ok: false, reason: 'no-answer', target: current }, via, now());
  if (reply.type === 'refused') {
    return record({ ok: false, reason: reply.reason === 'origin' ? 'wrong-origin' : 'navigated', target: current }, via, now());
  }
  const secret = await secretItem.getValue();
  if (secret) await secretItem.setValue({ ...secret, lastUsedAt: now() });
  if (reply.outcome.ok) {
    logger.info('tonicdm filled');
    await updateSetup((s) => {
      const next = { ...s, notices: s.notices.filter((n) => n.id !== 'fill-failed') };
      return read.mode === 'renewal' ? applyRenewalFilled(next, read.appId, now()) : next;
    });
    return record({ ok: true, filled: reply.outcome.results.filter((r) => r.ok).map((r) => r.field), target: current }, via, now());
  }
  // The outcome is the one report of a failed fill: the panel words it, naming each field by its TonicDM label.
  const { reason, fields } = reply.outcome;
  return record(
    {
      ok: false,
      reason: reason === 'missing' ? 'fields-missing' : reason === 'ambiguous' ? 'fields-ambiguous' : reason === 'other-app' ? 'other-app' : 'readback',
      fields,
      target: current,
    },
    via,
    now(),
  );
}

/** Fills at once on app.tonicdm.com when the admin's intent is clear; otherwise asks in the panel. */
async function fillOrAsk(tab: Tab | undefined, seen: boolean, via: FillStatus['via'], now: () => number): Promise<FillResult> {
  if (tab?.id === undefined) return record({ ok: false, reason: 'no-tab' }, via, now());
  const target = targetOf(tab.url, await tonicdmOrigins());
  if (!target) return record({ ok: false, reason: 'wrong-origin' }, via, now());
  const read = await readValues();
  if ('missing' in read) return record({ ok: false, reason: 'values-missing', missing: read.missing }, via, now());
  if (target.origin === TONICDM_ORIGIN && seen) return fillTarget(tab.id, target, via, now);
  const request: PendingFill = {
    id: crypto.randomUUID(),
    tabId: tab.id,
    target,
    why: target.origin === TONICDM_ORIGIN ? 'unseen-button' : 'extra-origin',
    at: now(),
  };
  await pendingFillItem.setValue(request);
  return record({ ok: false, reason: 'confirm', request }, via, now());
}

/** The panel's Fill button: the TonicDM tab found by URL, or a new one on app.tonicdm.com. */
export async function fillTonicdmTab(now: () => number): Promise<FillResult> {
  const read = await readValues();
  if ('missing' in read) return record({ ok: false, reason: 'values-missing', missing: read.missing }, 'panel', now());
  const tab = (await findTonicdmTab(await tonicdmOrigins())) ?? (await openSettingsTab());
  return fillOrAsk(tab, true, 'panel', now);
}

/** The admin confirmed a waiting fill in the panel: fill exactly there, once. */
export async function confirmTonicdmFill(requestId: string, now: () => number): Promise<FillResult> {
  const pending = await pendingFillItem.getValue();
  if (!pending || pending.id !== requestId) return record({ ok: false, reason: 'expired' }, 'panel', now());
  await pendingFillItem.removeValue();
  if (now() - pending.at > PENDING_FILL_TTL_MS) return record({ ok: false, reason: 'expired' }, 'panel', now());
  return fillTarget(pending.tabId, pending.target, 'panel', now);
}

export async function cancelTonicdmFill(requestId: string, now: () => number): Promise<FillResult> {
  const pending = await pendingFillItem.getValue();
  if (pending?.id === requestId) await pendingFillItem.removeValue();
  return record({ ok: false, reason: 'cancelled' }, 'panel', now());
}

/** The page hears that a confirmation is waiting, never the request itself. */
function forPage(result: FillResult): FillResult | { ok: false; reason: 'confirm' } {
  return result.ok || result.reason !== 'confirm' ? result : { ok: false, reason: 'confirm' };
}

/** Messages from the TonicDM page's own content script. */
export async function handleTonicdmMessage(message: TonicdmMessage, tabId: number): Promise<unknown> {
  switch (message.type) {
    // The page's button, seen by the admin (visible, unobstructed, still) when clicked.
    case 'tonicdm/request-fill':
      return forPage(await fillOrAsk(await getTab(tabId), true, 'page', () => Date.now()));
    // The page's button, clicked without that proof: the panel asks first.
    case 'tonicdm/request-confirm':
      return forPage(await fillOrAsk(await getTab(tabId), false, 'page', () => Date.now()));
    case 'tonicdm/submitted':
      await updateSetup((s) => {
        const marked = applyStepMark(s, 'tonicdm-setup', true, 'page', Date.now());
        // Go on a form the renewal filled: TonicDM uses the new secret now.
        return marked.activeAppId ? applyRenewalSubmitted(marked, marked.activeAppId, Date.now()) : marked;
      });
      await forgetSecretAfterSubmit(Date.now());
      return { ok: true };
  }
}
