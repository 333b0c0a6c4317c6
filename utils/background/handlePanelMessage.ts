/**
 * Acts on requests from the extension's own pages (side panel, options).
 */
import type { z } from 'zod';
import type { panelMessageSchema } from '../messaging/protocol';
import { applyStepMark, applySwitchApp, dropNotice } from '../setup/applyCapture';
import { EMPTY_SETUP } from '../setup/setupState';
import { guideHiddenItem, secretItem } from '../storage';
import { updateSetup } from './setupStore';

type PanelMessage = z.output<typeof panelMessageSchema>;

export interface PanelDeps {
  now: () => number;
  fillTonicdm: () => Promise<unknown>;
}

export async function handlePanelMessage(message: PanelMessage, deps: PanelDeps): Promise<unknown> {
  const now = deps.now();
  switch (message.type) {
    case 'panel/mark-step':
      await updateSetup((s) => applyStepMark(s, message.stepId, message.done, 'user', now));
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
  }
}
