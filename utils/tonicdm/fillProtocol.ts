/**
 * The fill command the background sends to the TonicDM page's top frame, and its reply. The
 * reply never echoes a value: only which fields were filled.
 */
export type FillField = 'secret' | 'expiry' | 'clientId' | 'tenantId';

export interface FillCommand {
  type: 'tonicdm/fill';
  /** Exact origin and path the background saw; the page re-checks both before filling. */
  expectedOrigin: string;
  expectedPath: string;
  values: { secret: string; expiryIso: string; clientId: string; tenantId: string };
}

export type FillOutcomeReply =
  | { ok: true; results: { field: FillField; ok: boolean }[] }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'readback'; fields: FillField[] };

export type FillReply =
  | { type: 'filled'; outcome: FillOutcomeReply }
  | { type: 'refused'; reason: 'origin' | 'path' | 'frame' }
  | { type: 'not-ready' };
