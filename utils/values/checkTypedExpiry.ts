/**
 * Checks the expiry date the admin picked (`<input type=date>` gives `yyyy-mm-dd`). A date
 * that has passed cannot be used: that secret no longer works. A date further out than the
 * 24 months Entra allows for a new secret is unusual (an old secret created before the limit,
 * or a slip of the year), so it needs the admin's explicit go-ahead.
 */
import { SECRET_LIFETIME_DAYS } from '../steps';
import type { EntryVerdict } from './entryVerdict';

export type ExpiryIssue = 'not-a-date' | 'past' | 'today' | 'beyond-24-months';

/** Days between two calendar dates given as yyyy-mm-dd. */
function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** A real calendar date in yyyy-mm-dd, or undefined. */
export function readIsoDate(raw: string): string | undefined {
  const match = raw.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && y <= 9999 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? raw.trim() : undefined;
}

/** The admin's calendar day (their time zone), as yyyy-mm-dd. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function checkTypedExpiry(raw: string, todayIso: string): EntryVerdict<string, ExpiryIssue> {
  if (!raw.trim()) return { status: 'empty' };
  const iso = readIsoDate(raw);
  if (!iso) return { status: 'error', issue: 'not-a-date' };
  const days = daysBetween(todayIso, iso);
  if (days < 0) return { status: 'error', issue: 'past' };
  if (days === 0) return { status: 'warn', value: iso, issue: 'today' };
  // Entra counts 730 days from the day the secret is created; a day's slack covers time zones.
  if (days > SECRET_LIFETIME_DAYS + 1) return { status: 'warn', value: iso, issue: 'beyond-24-months' };
  return { status: 'ok', value: iso };
}
