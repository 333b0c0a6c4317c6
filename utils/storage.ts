/**
 * Every stored item, declared once. Secrets and tokens go only under `session:` (memory,
 * cleared on browser restart and extension update; at its default access level content
 * scripts cannot read it). Everything under `local:` is non-secret by construction, and never
 * trusted as read: on Chrome the background closes local storage to content scripts
 * (utils/security/storageAccess.ts), and everywhere each read is validated
 * (utils/security/storedState.ts), because Firefox cannot close it.
 */
import { storage } from 'wxt/utils/storage';
import { EMPTY_SETUP, type SetupState } from './setup/setupState';
import { DEFAULT_OPTIONS, parseStoredFlag, parseStoredOptions } from './security/storedState';
import type { Checkpoint } from './graph/checkpointStore';
import type { Assignee } from './graph/planSetup';

export interface CapturedSecret {
  value: string;
  /** The app whose Certificates & secrets page showed it. */
  appId?: string;
  capturedAt: number;
  /** Last time the admin used it (fill); drives the idle timeout. */
  lastUsedAt: number;
  source: 'portal' | 'graph';
  /** A hard deadline on top of the idle timeout (set once TonicDM has it). */
  forgetAt?: number;
}

/**
 * A secret that appeared while another one was held, or one whose format is not the documented
 * Value format: kept aside (memory only) until the admin says whether to use it.
 */
export interface SecretOffer {
  /** The app whose Certificates & secrets showed it ('' when the address named none). */
  appId: string;
  value: string;
  /** Where it appeared, for the question ("… appeared on Certificates & secrets"). */
  blade: string;
  /** The Value is not in the documented client-secret format. */
  unusualFormat: boolean;
  expiresText?: string;
  locale?: string;
  at: number;
}

export interface Options {
  /** Minutes without use after which the captured secret is forgotten. */
  secretIdleMinutes: number;
  /** Extra exact https origins allowed as TonicDM fill targets. */
  extraTonicdmOrigins: string[];
  graphClientId: string;
  graphAuthority: string;
}

export { DEFAULT_OPTIONS } from './security/storedState';

export const setupItem = storage.defineItem<SetupState>('local:setup', { fallback: EMPTY_SETUP, version: 1 });
export const optionsItem = storage.defineItem<Options>('local:options', { fallback: DEFAULT_OPTIONS, version: 1 });
/** Whether the page overlay is dismissed (Esc / close); the panel brings it back. */
export const guideHiddenItem = storage.defineItem<boolean>('local:guideHidden', { fallback: false });
export const secretItem = storage.defineItem<CapturedSecret | null>('session:secret', { fallback: null });
/** At most one open question per app, so two apps in two tabs never overwrite each other. */
export const secretOffersItem = storage.defineItem<SecretOffer[]>('session:secretOffers', { fallback: [] });

/** The secret was copied from the panel: clear the clipboard at `clearAt` if it still holds it. */
export interface ClipboardWatch {
  /** SHA-256 (hex) of what was copied: the comparison needs no copy of the secret. */
  fingerprint: string;
  clearAt: number;
}
export const clipboardWatchItem = storage.defineItem<ClipboardWatch | null>('session:clipboardWatch', { fallback: null });

/** Expiry reminders already shown, per "<client ID>|<expiry date>": the days-before each stood for. */
export type ReminderLedger = Record<string, number[]>;
/** Local, so a reminder shown before a browser restart is not shown again after it. */
export const reminderLedgerItem = storage.defineItem<ReminderLedger>('local:expiryReminders', { fallback: {} });

/** An automation run through Microsoft Graph that started and has not finished. Ids only, never a secret. */
export interface GraphRunRecord {
  tenantId: string;
  /** What the admin chose, so a resumed run plans the same changes. */
  options: { newSecret: boolean; secretLifetimeMonths: number; assignees: Assignee[] };
  /** What finished; null until the first action did. */
  checkpoint: Checkpoint | null;
  startedAt: number;
}

/** Session only: a panel closed mid-run resumes from here instead of creating a second app or secret. */
export const graphRunItem = storage.defineItem<GraphRunRecord | null>('session:graphCheckpoint', { fallback: null });

/**
 * Keys that may ever hold a secret: only session storage is allowed for them. Graph tokens are
 * not in extension storage at all: MSAL keeps them in the side panel page's memory.
 */
export const SECRET_STORAGE_KEYS = ['session:secret', 'session:secretOffers'] as const;

/** The options, each field validated (a content script may have written them on Firefox). */
export async function readOptions(): Promise<Options> {
  return parseStoredOptions(await optionsItem.getValue());
}

/** Whether the guide is dismissed; anything but a stored `true` means shown. */
export async function readGuideHidden(): Promise<boolean> {
  return parseStoredFlag(await guideHiddenItem.getValue());
}

/**
 * A TonicDM fill waiting for the admin's confirmation in the panel, and the latest fill's
 * outcome. Session storage at its default access level: content scripts can neither read nor
 * forge them, so a page cannot confirm its own request.
 */
export const pendingFillItem = storage.defineItem<import('./tonicdm/fillRequest').PendingFill | null>('session:pendingFill', { fallback: null });
export const fillStatusItem = storage.defineItem<import('./tonicdm/fillRequest').FillStatus | null>('session:fillStatus', { fallback: null });
