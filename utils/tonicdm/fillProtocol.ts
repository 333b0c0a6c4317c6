/**
 * The fill command the background sends to the TonicDM page's top frame, and its reply. The
 * reply never echoes a value: only which fields were filled.
 */
import type { FillOutcome, SecurityValues } from './fillSecurityForm';

export interface FillCommand {
  type: 'tonicdm/fill';
  /** Exact origin and path the background saw; the page re-checks both before filling. */
  expectedOrigin: string;
  expectedPath: string;
  values: SecurityValues;
  /**
   * `setup`: Security Set Up's four fields, all or nothing. `renewal`: TonicDM's "Update Now"
   * form (see fillSecurityForm), which the page may first have to reveal.
   */
  mode: FillMode;
}

export type FillMode = 'setup' | 'renewal';

export type FillReply =
  | { type: 'filled'; outcome: FillOutcome }
  | { type: 'refused'; reason: 'origin' | 'path' | 'frame' }
  | { type: 'not-ready' };
