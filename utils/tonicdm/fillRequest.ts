/**
 * What the admin is told about a fill: where it went (as the browser reports the tab's
 * address, never as the page claims), what was filled, or why it waits for their confirmation.
 * Field names only: no value ever appears here.
 */
import type { SecurityField } from './securityFields';

export interface FillTarget {
  origin: string;
  path: string;
}

/**
 * A fill that waits for the admin's click in the side panel. `extra-origin`: the tab is not on
 * app.tonicdm.com but on an origin added in Options, so every fill there is confirmed.
 * `unseen-button`: the page's own button was clicked, but it could not be proven that the
 * button was visible and unobstructed, so the click may have been meant for something else.
 */
export interface PendingFill {
  id: string;
  tabId: number;
  target: FillTarget;
  why: 'extra-origin' | 'unseen-button';
  at: number;
}

export type FillResult =
  | { ok: true; filled: SecurityField[]; target: FillTarget }
  | { ok: false; reason: 'values-missing'; missing: SecurityField[] }
  | { ok: false; reason: 'confirm'; request: PendingFill }
  | { ok: false; reason: 'no-tab' | 'expired' | 'cancelled' }
  | { ok: false; reason: 'wrong-origin' | 'no-answer' | 'navigated'; target?: FillTarget }
  | { ok: false; reason: 'fields-missing' | 'fields-ambiguous' | 'readback' | 'other-app'; fields: SecurityField[]; target: FillTarget };

/** The latest fill, whoever started it (the panel's button or the page's), for the panel. */
export interface FillStatus {
  result: FillResult;
  via: 'panel' | 'page';
  at: number;
}

/** How long a fill waits for the admin's confirmation before they must start it again. */
export const PENDING_FILL_TTL_MS = 2 * 60_000;
