/**
 * A GUID as admins paste it: from the portal's copy button (bare), from PowerShell or the
 * registry (`{…}`), from a script (`"…"`), with stray spaces or a line break. Anything else is
 * not read as a GUID, however close it looks: a wrong ID fails only weeks later at TonicDM.
 */
import { isGuid } from './guid';

export type TypedGuid = { kind: 'empty' } | { kind: 'guid'; value: string } | { kind: 'other'; text: string };

export function readTypedGuid(raw: string): TypedGuid {
  const text = raw.replace(/[\u200b-\u200f\ufeff]/g, '').trim();
  if (!text) return { kind: 'empty' };
  const unwrapped = text.replace(/^(["'{(])\s*(.*?)\s*(["'})])$/s, (whole, open: string, inner: string, close: string) =>
    ({ '"': '"', "'": "'", '{': '}', '(': ')' })[open] === close ? inner : whole,
  );
  return isGuid(unwrapped) ? { kind: 'guid', value: unwrapped.toLowerCase() } : { kind: 'other', text };
}
