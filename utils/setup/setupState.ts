/**
 * The non-secret progress of the setup, per app: IDs, expiry, which steps are done and what
 * went wrong. Kept in local storage so a browser restart keeps the checklist. The secret is
 * deliberately absent: it lives in session storage only (see utils/storage.ts).
 */
import type { StepId } from '../steps';
import type { SecretIdentity } from '../renewal/secretInUse';
import type { GraphSnapshot } from '../record/graphSnapshot';

export type DoneSource = 'page' | 'user' | 'graph';

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
}

export type ArchiveReason = 'app-deleted' | 'admin';

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

export function doneSteps(state: SetupState): Set<StepId> {
  const app = activeApp(state);
  return new Set([...Object.keys(state.pendingDone), ...Object.keys(app?.done ?? {})] as StepId[]);
}
