/**
 * The non-secret progress of the setup, per app: IDs, expiry, which steps are done and what
 * went wrong. Kept in local storage so a browser restart keeps the checklist. The secret is
 * deliberately absent: it lives in session storage only (see utils/storage.ts).
 */
import type { StepId } from '../steps';
import type { SecretIdentity } from '../renewal/secretInUse';
import type { GraphSnapshot } from '../record/graphSnapshot';
import type { RenewalRecord } from '../renewal/renewalRecord';

export type DoneSource = 'page' | 'user' | 'graph';

/** When a step was done, how the assistant knows, and (when known) who did it. */
export interface DoneMark {
  at: number;
  source: DoneSource;
  by?: string;
}

export interface ExpiryRecord {
  iso: string;
  /** As the portal showed it, e.g. "1/8/2029". */
  text?: string;
  ambiguous?: boolean;
}

export interface AppRecord {
  clientId: string;
  tenantId?: string;
  objectId?: string;
  displayName?: string;
  singleTenant?: boolean;
  expiry?: ExpiryRecord;
  /**
   * The page showed a date that reads two ways (5/7/2027) and its locale did not say which:
   * nothing is guessed; the admin picks one of the candidates in the panel.
   */
  expiryChoice?: { text: string; candidates: string[] };
  /** Microsoft Graph confirmed the tenant ID: a page never replaces it. */
  tenantConfirmed?: 'graph';
  /** The Value was masked on the page when we looked: a new secret is needed. */
  secretMaskedOnPage?: boolean;
  /**
   * Object ID of the app's enterprise application (service principal), for links straight to
   * its Properties and Users and groups: from a portal address the admin visited, or Graph,
   * which a page address never overrides.
   */
  servicePrincipalId?: string;
  servicePrincipalFrom?: 'page' | 'graph';
  /**
   * Values the admin typed or pasted into the panel, as typed: a field still "entered by hand"
   * is one whose value equals this. A page or Graph that replaces the value ends the mark
   * without any bookkeeping.
   */
  enteredByHand?: EnteredByHand;
  /** Tenant display name, from Microsoft Graph. */
  tenantName?: string;
  /** The secret TonicDM uses, by identity only (never its Value). */
  credential?: SecretIdentity;
  /** What the latest Graph check showed (ids, consent, assignment), for the change-ticket record. */
  graph?: GraphSnapshot;
  /** `by`: the signed-in admin, when known. */
  done: Partial<Record<StepId, { at: number; source: DoneSource; by?: string }>>;
  /**
   * The setup is over (kept for the record, not deleted): its app was removed from the tenant, or the admin
   * archived it. Archived setups get no reminders and are not the active setup.
   */
  archived?: { at: number; reason: ArchiveReason };
  /** The renewal of this setup's client secret: in progress, or the last one finished (utils/renewal). */
  renewal?: RenewalRecord;
}

export type ArchiveReason = 'app-deleted' | 'admin';

export interface EnteredByHand {
  clientId?: string;
  tenantId?: string;
  /** ISO date. */
  expiry?: string;
}

/** Whether a field of the app holds the value the admin typed (the panel labels it). */
export function isEnteredByHand(app: AppRecord | undefined, field: keyof EnteredByHand): boolean {
  const typed = app?.enteredByHand?.[field];
  if (!app || !typed) return false;
  const current = field === 'expiry' ? app.expiry?.iso : app[field];
  return current === typed;
}

export type NoticeSeverity = 'error' | 'warning' | 'info';

export interface Notice {
  /** Stable id: one notice per id (a newer one replaces it). */
  id: string;
  severity: NoticeSeverity;
  message: string;
  fix?: string;
  appId?: string;
  /** For "different app" notices: the app the admin can switch to. */
  switchTo?: string;
  at: number;
}

/**
 * A different value for one already held, seen on a page: it replaces the held one only when
 * the admin says so in the panel. (Offered secrets live in session storage, see SecretOffer.)
 */
export interface ValueOffer {
  /** `tenantId:<appId>`: one open question per app and field. */
  id: string;
  appId: string;
  field: 'tenantId';
  value: string;
  /** Where it appeared ("Overview"). */
  blade: string;
  at: number;
}

export interface SetupState {
  version: 1;
  activeAppId?: string;
  apps: Record<string, AppRecord>;
  /** Steps the admin ticked before any app was known. */
  pendingDone: Partial<Record<StepId, { at: number; source: DoneSource; by?: string }>>;
  notices: Notice[];
  /** Values seen on pages that differ from held ones, waiting for the admin. */
  offers?: ValueOffer[];
}

export const EMPTY_SETUP: SetupState = { version: 1, apps: {}, pendingDone: {}, notices: [] };

export function activeApp(state: SetupState): AppRecord | undefined {
  return state.activeAppId ? state.apps[state.activeAppId] : undefined;
}

/**
 * The active setup's done steps. Steps ticked before any app was known belong to the setup that
 * starts next (applyCapture moves them into its record), never to every setup at once.
 */
export function doneSteps(state: SetupState): Set<StepId> {
  const app = activeApp(state);
  return new Set(Object.keys(app ? app.done : state.pendingDone) as StepId[]);
}

/** Setups still in use, and those kept for the record only (their app was removed, or the admin set them aside). */
export function liveSetups(state: SetupState): AppRecord[] {
  return Object.values(state.apps).filter((app) => !app.archived);
}

export function archivedSetups(state: SetupState): AppRecord[] {
  return Object.values(state.apps).filter((app) => !!app.archived);
}

/** The last time anything happened to a setup, for choosing among several in one tenant. */
export function lastActivity(app: AppRecord): number {
  const marks = [...Object.values(app.done), ...Object.values(app.renewal?.done ?? {})].map((mark) => mark?.at ?? 0);
  return Math.max(0, app.graph?.checkedAt ?? 0, app.renewal?.startedAt ?? 0, ...marks);
}
