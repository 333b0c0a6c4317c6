import { setFieldValue } from '../dom/setFieldValue';
import { dateFieldPattern } from './dateFieldPattern';
import { findSecurityFields } from './findSecurityFields';
import { formatIsoDate, parseIsoDate } from './formatExpiryForField';
import { isSameExpiryDate } from './isSameExpiryDate';
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
 * keep their value; the others were filled.
 */
export type FillOutcome =
  | { ok: true; results: { field: SecurityField; ok: boolean }[] }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'readback'; fields: SecurityField[] };

/**
 * Fills Security Set Up all or nothing: unless every field resolves to exactly one input,
 * nothing is touched. "Go" stays the admin's click.
 */
export function fillSecurityForm(root: Document | ShadowRoot, values: SecurityValues, locale: string): FillOutcome {
  parseIsoDate(values.expiryIso);
  const search = findSecurityFields(root);
  if (search.status === 'incomplete') {
    return search.missing.length > 0
      ? { ok: false, reason: 'missing', fields: search.missing }
      : { ok: false, reason: 'ambiguous', fields: search.ambiguous };
  }

  const expiryPattern = dateFieldPattern(search.fields.expiry, locale);
  const typed: Record<SecurityField, string> = {
    secret: values.secret,
    expiry: formatIsoDate(values.expiryIso, expiryPattern),
    clientId: values.clientId,
    tenantId: values.tenantId,
  };
  for (const field of SECURITY_FIELDS) setFieldValue(search.fields[field], typed[field]);

  const results = SECURITY_FIELDS.map((field) => {
    const shown = search.fields[field].value;
    const ok = field === 'expiry' ? isSameExpiryDate(shown, values.expiryIso, expiryPattern) : shown === typed[field];
    return { field, ok };
  });
  const failed = results.filter((result) => !result.ok).map((result) => result.field);
  return failed.length > 0 ? { ok: false, reason: 'readback', fields: failed } : { ok: true, results };
}
