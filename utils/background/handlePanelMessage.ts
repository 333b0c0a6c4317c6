/**
 * Acts on requests from the extension's own pages (side panel, options).
 */
import type { z } from 'zod';
import type { panelMessageSchema } from '../messaging/protocol';
import { applyExpiryPick, applyStepMark, applySwitchApp, dropNotice, upsertNotice } from '../setup/applyCapture';
import { acceptOffer, dropOffer } from '../setup/heldValues';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../setup/setupState';
import { guideHiddenItem, secretItem } from '../storage';
import { updateSetup } from './setupStore';
import { cancelTonicdmFill, confirmTonicdmFill } from './tonicdmFill';
import { forgetSecretNow } from './secretLifetime';
import { acceptSecretOffer, declineSecretOffer, SECRET_OFFER_PREFIX } from './heldSecret';
import { recordSecretCapture } from './handlePortalMessage';
import { classifySecret } from '../values/classifySecret';
import { watchClipboard } from './clipboardGuard';
import { pageOutline } from './pageOutline';
import { browser } from 'wxt/browser';

type PanelMessage = z.output<typeof panelMessageSchema>;
type GraphResult = Extract<PanelMessage, { type: 'panel/graph-result' }>;
type ArchiveSetup = Extract<PanelMessage, { type: 'panel/archive-setup' }>;

export interface PanelDeps {
  now: () => number;
  fillTonicdm: () => Promise<unknown>;
}

export async function handlePanelMessage(message: PanelMessage, deps: PanelDeps): Promise<unknown> {
  const now = deps.now();
  switch (message.type) {
    case 'panel/mark-step':
      await updateSetup((s) => applyStepMark(s, message.stepId, message.done, 'user', now, message.by));
      return { ok: true };
    case 'panel/forget-secret':
      await forgetSecretNow();
      return { ok: true };
    case 'panel/switch-app':
      await updateSetup((s) => applySwitchApp(s, message.appId));
      return { ok: true };
    case 'panel/dismiss-notice':
      await updateSetup((s) => dropNotice(s, message.id));
      return { ok: true };
    case 'panel/reset':
      await forgetSecretNow();
      await updateSetup(() => EMPTY_SETUP);
      return { ok: true };
    case 'panel/show-guide':
      await guideHiddenItem.setValue(false);
      return { ok: true };
    case 'panel/page-outline':
      return pageOutline(browser.runtime.getManifest().version);
    case 'panel/fill-tonicdm':
      return deps.fillTonicdm();
    case 'panel/confirm-fill':
      return confirmTonicdmFill(message.requestId, deps.now);
    case 'panel/cancel-fill':
      return cancelTonicdmFill(message.requestId, deps.now);
    case 'panel/graph-result':
      await updateSetup((s) => applyGraphResult(s, message, now));
      return { ok: true };
    case 'panel/accept-offer': {
      if (message.id.startsWith(SECRET_OFFER_PREFIX)) {
        const offer = await acceptSecretOffer(message.id.slice(SECRET_OFFER_PREFIX.length), now);
        if (!offer) return { ok: false };
        await recordSecretCapture(offer.appId || undefined, { value: offer.value }, offer.expiresText, offer.locale, classifySecret(offer.value), now);
        return { ok: true };
      }
      await updateSetup((s) => acceptOffer(s, message.id));
      return { ok: true };
    }
    case 'panel/decline-offer':
      if (message.id.startsWith(SECRET_OFFER_PREFIX)) await declineSecretOffer(message.id.slice(SECRET_OFFER_PREFIX.length));
      else await updateSetup((s) => dropOffer(s, message.id));
      return { ok: true };
    case 'panel/pick-expiry':
      await updateSetup((s) => applyExpiryPick(s, message.appId, message.iso, new Date(now), now));
      return { ok: true };
    case 'panel/secret-copied':
      await watchClipboard(message.fingerprint, now);
      return { ok: true };
    case 'panel/archive-setup': {
      await updateSetup((s) => applyArchive(s, message, now));
      // A secret of an archived setup has nothing left to do.
      const secret = await secretItem.getValue();
      if (message.archived && secret?.appId?.toLowerCase() === message.appId) await secretItem.removeValue();
      return { ok: true };
    }
  }
}

/**
 * Archives one setup (or brings it back). The record stays for the multi-setup list and the change ticket;
 * an archived setup stops being the active one, so the checklist and reminders no longer follow a deleted app.
 */
export function applyArchive(state: SetupState, change: Omit<ArchiveSetup, 'type'>, now: number): SetupState {
  const current = state.apps[change.appId];
  if (!current) return state;
  const { archived: _previous, ...rest } = current;
  const app: AppRecord = change.archived ? { ...rest, archived: { at: now, reason: change.reason ?? 'admin' } } : rest;
  const stillActive = change.archived && state.activeAppId === change.appId;
  const { activeAppId: _active, ...others } = state;
  return {
    ...(stillActive ? others : state),
    apps: { ...state.apps, [change.appId]: app },
    notices: state.notices.filter((n) => !(change.archived && n.appId === change.appId)),
  };
}

/**
 * Records what Microsoft Graph verified or created: the app's ids and, for a secret Graph just
 * returned, its expiry; verified steps count as done. Graph names the app authoritatively, so it
 * becomes the active one, and its tenant ID is the one a page can no longer replace. A tenant
 * ID captured from a page that differs is called out: that page was not the admin's tenant.
 */
export function applyGraphResult(state: SetupState, result: Omit<GraphResult, 'type'>, now: number): SetupState {
  const current: AppRecord = state.apps[result.appId] ?? { clientId: result.appId, done: {} };
  const pageTenant = current.tenantId && current.tenantId !== result.tenantId && current.tenantConfirmed !== 'graph' ? current.tenantId : undefined;
  const offered = state.offers?.find((o) => o.appId === result.appId && o.field === 'tenantId');
  const done = { ...current.done };
  const by = result.graph?.checkedBy;
  for (const stepId of result.verifiedSteps) done[stepId] ??= { at: now, source: 'graph', ...(by ? { by } : {}) };
  const app: AppRecord = {
    ...current,
    tenantId: result.tenantId,
    tenantConfirmed: 'graph',
    displayName: result.displayName ?? current.displayName,
    ...(result.verifiedSteps.includes('register') ? { singleTenant: true } : {}),
    ...(result.tenantName ? { tenantName: result.tenantName } : {}),
    ...(result.graph ? { graph: result.graph } : {}),
    // The secret TonicDM uses, as Graph lists it: its expiry is the one to renew by.
    ...(result.credential
      ? {
          credential: { keyId: result.credential.keyId, hint: result.credential.hint, description: result.credential.description },
          expiry: current.expiry?.iso === result.credential.endIso && !current.expiry.ambiguous ? current.expiry : { iso: result.credential.endIso },
        }
      : {}),
    // A secret Graph just created: a new identity, learnt by key ID on the next check.
    ...(result.expiryIso ? { expiry: { iso: result.expiryIso }, secretMaskedOnPage: false, credential: undefined } : {}),
    done,
  };
  if (result.expiryIso) delete app.expiryChoice;
  let next: SetupState = {
    ...state,
    activeAppId: result.appId,
    apps: { ...state.apps, [result.appId]: app },
    notices: state.notices.filter((n) => n.id !== 'different-app' && n.id !== 'secret-other-app' && !(result.expiryIso && n.id === 'secret-masked')),
  };
  if (offered) next = dropOffer(next, offered.id);
  if (pageTenant) {
    next = upsertNotice(next, {
      id: 'tenant-differs',
      severity: 'warning',
      message: `The tenant ID read from the page (${pageTenant}) is not the tenant you signed in to (${result.tenantId}). The signed-in tenant is used.`,
      fix: 'If you did not expect this, check which tenant the Entra admin center tab shows before you fill TonicDM.',
      appId: result.appId,
      at: now,
    });
  } else next = dropNotice(next, 'tenant-differs');
  return next;
}
