/**
 * Acts on requests from the extension's own pages (side panel, options).
 */
import type { z } from 'zod';
import type { panelMessageSchema } from '../messaging/protocol';
import { applyStepMark, applySwitchApp, dropNotice } from '../setup/applyCapture';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../setup/setupState';
import { guideHiddenItem, secretItem } from '../storage';
import { updateSetup } from './setupStore';
import { cancelTonicdmFill, confirmTonicdmFill } from './tonicdmFill';

type PanelMessage = z.output<typeof panelMessageSchema>;
type GraphResult = Extract<PanelMessage, { type: 'panel/graph-result' }>;

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
      await secretItem.removeValue();
      return { ok: true };
    case 'panel/switch-app':
      await updateSetup((s) => applySwitchApp(s, message.appId));
      return { ok: true };
    case 'panel/dismiss-notice':
      await updateSetup((s) => dropNotice(s, message.id));
      return { ok: true };
    case 'panel/reset':
      await secretItem.removeValue();
      await updateSetup(() => EMPTY_SETUP);
      return { ok: true };
    case 'panel/show-guide':
      await guideHiddenItem.setValue(false);
      return { ok: true };
    case 'panel/fill-tonicdm':
      return deps.fillTonicdm();
    case 'panel/confirm-fill':
      return confirmTonicdmFill(message.requestId, deps.now);
    case 'panel/cancel-fill':
      return cancelTonicdmFill(message.requestId, deps.now);
    case 'panel/graph-result':
      await updateSetup((s) => applyGraphResult(s, message, now));
      return { ok: true };
  }
}

/**
 * Records what Microsoft Graph verified or created: the app's ids and, for a secret Graph just
 * returned, its expiry; verified steps count as done. Graph names the app authoritatively, so it
 * becomes the active one.
 */
export function applyGraphResult(state: SetupState, result: Omit<GraphResult, 'type'>, now: number): SetupState {
  const current: AppRecord = state.apps[result.appId] ?? { clientId: result.appId, done: {} };
  const done = { ...current.done };
  const by = result.graph?.checkedBy;
  for (const stepId of result.verifiedSteps) done[stepId] ??= { at: now, source: 'graph', ...(by ? { by } : {}) };
  const app: AppRecord = {
    ...current,
    tenantId: result.tenantId,
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
  return {
    ...state,
    activeAppId: result.appId,
    apps: { ...state.apps, [result.appId]: app },
    notices: state.notices.filter((n) => n.id !== 'different-app' && n.id !== 'secret-other-app' && !(result.expiryIso && n.id === 'secret-masked')),
  };
}
