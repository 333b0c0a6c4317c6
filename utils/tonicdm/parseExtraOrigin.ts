/**
 * An extra TonicDM origin the admin allows (e.g. a regional or staging host). Only a bare
 * https origin is accepted: no path, port, credentials or wildcard, so the fill target stays
 * exact; and never a host from the forbidden list (portal, Microsoft, shared hosting).
 */
import { TONICDM_ORIGIN } from '../portal/hosts';
import { isForbiddenTonicdmHost } from './forbiddenHosts';

/** More would only be a list nobody reads before confirming a fill. */
export const MAX_EXTRA_ORIGINS = 5;

export type ExtraOriginCheck =
  | { ok: true; origin: string }
  /** `main`: app.tonicdm.com itself, which is always allowed and needs no entry. */
  | { ok: false; problem: 'format' | 'forbidden' | 'main' };

export function checkExtraOrigin(input: string): ExtraOriginCheck {
  const text = input.trim();
  if (!/^https:\/\/[^/?#*\s\\]+\/?$/i.test(text)) return { ok: false, problem: 'format' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'format' };
  }
  if (url.protocol !== 'https:' || url.port || url.username || url.password) return { ok: false, problem: 'format' };
  if (url.origin === TONICDM_ORIGIN) return { ok: false, problem: 'main' };
  if (isForbiddenTonicdmHost(url.hostname)) return { ok: false, problem: 'forbidden' };
  if (!url.hostname.includes('.') || url.hostname.endsWith('.')) return { ok: false, problem: 'format' };
  return { ok: true, origin: url.origin };
}

export function parseExtraOrigin(input: string): string | undefined {
  const check = checkExtraOrigin(input);
  return check.ok ? check.origin : undefined;
}

/**
 * The extra origins as stored, reduced to what may be used: storage.local is writable by any
 * content script, so whatever is there is treated as untrusted input (shape, format, the
 * forbidden hosts, duplicates, a cap on the count). Whether access was granted is checked
 * separately, by the browser.
 */
export function validExtraOrigins(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const origins: string[] = [];
  for (const entry of stored) {
    const origin = typeof entry === 'string' && entry.length <= 300 ? parseExtraOrigin(entry) : undefined;
    if (origin && !origins.includes(origin)) origins.push(origin);
    if (origins.length === MAX_EXTRA_ORIGINS) break;
  }
  return origins;
}
