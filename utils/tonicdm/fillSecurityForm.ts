import { setFieldValue } from '../dom/setFieldValue';
import { isGuid } from '../values/guid';
import { dateFieldPattern } from './dateFieldPattern';
import { findSecurityFields } from './findSecurityFields';
import { formatIsoDate, parseIsoDate } from './formatExpiryForField';
import { isSameExpiryDate } from './isSameExpiryDate';
import type { FillMode } from './fillProtocol';
import type { TextField } from './isFillableCandidate';
import { SECURITY_FIELDS, type SecurityField } from './securityFields';

export interface SecurityValues {
  secret: string;
  /** YYYY-MM-DD */
  expiryIso: string;
  clientId: string;
  tenantId: string;
}

/**
 * What happened, naming fields only: values never leave this function, so a caller that logs
 * or messages the outcome cannot leak the secret. `readback` lists the fields that did not
 * keep their value; the others were filled. `other-app`: a renewal form already shows another
 * client or tenant ID than the setup being renewed.
 */
export type FillOutcome =
  | { ok: true; results: { field: SecurityField; ok: boolean }[] }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'readback' | 'other-app'; fields: SecurityField[] };

/** What TonicDM's renewal ("Update Now") cannot do without; whether it shows the IDs too is unknown. */
export const RENEWAL_FIELDS: readonly SecurityField[] = ['secret', 'expiry'];
const ID_FIELDS = ['clientId', 'tenantId'] as const;

/** The fields to fill, or why nothing may be filled. */
function fieldsToFill(root: Document | ShadowRoot, mode: FillMode): Partial<Record<SecurityField, TextField>> | FillOutcome {
  const search = findSecurityFields(root);
  if (search.status === 'found') return search.fields;
  // A renewal form needs the secret and its expiry; the IDs are filled where it shows them, but no field may be in doubt.
  const missing = mode === 'renewal' ? search.missing.filter((field) => RENEWAL_FIELDS.includes(field)) : search.missing;
  if (missing.length > 0) return { ok: false, reason: 'missing', fields: missing };
  if (search.ambiguous.length > 0) return { ok: false, reason: 'ambiguous', fields: search.ambiguous };
  return search.found;
}

function isOutcome(value: Partial<Record<SecurityField, TextField>> | FillOutcome): value is FillOutcome {
  return 'ok' in value && typeof value.ok === 'boolean';
}

/**
 * Fills Security Set Up all or nothing: unless every field resolves to exactly one input,
 * nothing is touched. "Go" stays the admin's click.
 *
 * A renewal fills TonicDM's "Update Now" form: the new secret and its expiry must resolve, the IDs
 * are filled only where the form shows them. IDs the form already holds must be the setup's own:
 * another client or tenant ID means this TonicDM organisation works with another app (an MSP's
 * other tenant), and nothing is filled.
 */
export function fillSecurityForm(root: Document | ShadowRoot, values: SecurityValues, locale: string, mode: FillMode = 'setup'): FillOutcome {
  parseIsoDate(values.expiryIso);
  const found = fieldsToFill(root, mode);
  if (isOutcome(found)) return found;
  const fields = found;

  if (mode === 'renewal') {
    const foreign = ID_FIELDS.filter((field) => {
      const shown = fields[field]?.value.trim() ?? '';
      return isGuid(shown) && shown.toLowerCase() !== values[field].toLowerCase();
    });
    if (foreign.length > 0) return { ok: false, reason: 'other-app', fields: foreign };
  }

  const expiryPattern = fields.expiry ? dateFieldPattern(fields.expiry, locale) : undefined;
  const typed: Record<SecurityField, string> = {
    secret: values.secret,
    expiry: expiryPattern ? formatIsoDate(values.expiryIso, expiryPattern) : values.expiryIso,
    clientId: values.clientId,
    tenantId: values.tenantId,
  };
  const present = SECURITY_FIELDS.filter((field) => fields[field]);
  for (const field of present) setFieldValue(fields[field]!, typed[field]);

  const results = present.map((field) => {
    const shown = fields[field]!.value;
    const ok = field === 'expiry' && expiryPattern ? isSameExpiryDate(shown, values.expiryIso, expiryPattern) : shown === typed[field];
    return { field, ok };
  });
  const failed = results.filter((result) => !result.ok).map((result) => result.field);
  return failed.length > 0 ? { ok: false, reason: 'readback', fields: failed } : { ok: true, results };
}
