/**
 * When TonicDM's client secret is due for renewal, in the admin's own calendar. TonicDM asks
 * for the renewal within the last 30 days; the assistant reminds at 30, 14, 7 and 1 days before
 * and on the day. Pure functions of the expiry date and the clock, shared by the background
 * (alarms, badge, notifications) and the panel (the renewal-due notice), so both always agree.
 */

export const RENEW_DAYS_BEFORE = 30;
/** Days before expiry at which a notification is shown; 0 is the day itself. Descending. */
export const REMINDER_DAYS = [30, 14, 7, 1, 0] as const;
/** Local hour of the day reminders are shown: office hours, not midnight. */
export const REMINDER_HOUR = 9;

const DAY_MS = 86_400_000;

interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The calendar date of an expiry ("YYYY-MM-DD", or an ISO date-time whose date part is used). */
export function expiryDate(expiryIso: string | undefined): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(expiryIso ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  // Reject dates such as 2026-02-31, which Date would silently roll over.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Epoch ms of a local wall-clock time, `offsetDays` after the given date (DST handled by Date). */
function localTime(date: CalendarDate, offsetDays: number, hour: number): number {
  return new Date(date.year, date.month - 1, date.day + offsetDays, hour, 0, 0, 0).getTime();
}

/**
 * Whole calendar days from today (local) to the expiry date: 0 on the day itself, negative once
 * it has passed. Undefined when the date cannot be read.
 */
export function daysLeft(expiryIso: string | undefined, now: number): number | undefined {
  const date = expiryDate(expiryIso);
  if (!date) return undefined;
  const today = new Date(now);
  const from = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - from) / DAY_MS);
}

/** The renewal-due rule: the secret expires within 30 days, or has expired. */
export function isRenewalDue(expiryIso: string | undefined, now: number): boolean {
  const days = daysLeft(expiryIso, now);
  return days !== undefined && days <= RENEW_DAYS_BEFORE;
}

/** When the reminder `daysBefore` days ahead of the expiry is shown (local REMINDER_HOUR). */
export function reminderTime(expiryIso: string, daysBefore: number): number | undefined {
  const date = expiryDate(expiryIso);
  return date ? localTime(date, -daysBefore, REMINDER_HOUR) : undefined;
}

/**
 * The next moment the days-left count changes while it matters: the local midnight that starts
 * the 30-day window, then each midnight up to the first day after the expiry (from then on it
 * simply reads "expired"). Undefined once nothing will change any more.
 */
export function nextDayChange(expiryIso: string, now: number): number | undefined {
  const date = expiryDate(expiryIso);
  if (!date) return undefined;
  const windowStart = localTime(date, -RENEW_DAYS_BEFORE, 0);
  const expiredFrom = localTime(date, 1, 0);
  if (now < windowStart) return windowStart;
  if (now >= expiredFrom) return undefined;
  const today = new Date(now);
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 0, 0, 0, 0).getTime();
}

/** Days-left wording shared by the notice, the notification and the badge's tooltip. */
export type DueState = { kind: 'expired'; days: number } | { kind: 'today' } | { kind: 'tomorrow' } | { kind: 'soon'; days: number };

export function dueState(days: number): DueState {
  if (days < 0) return { kind: 'expired', days: -days };
  if (days === 0) return { kind: 'today' };
  if (days === 1) return { kind: 'tomorrow' };
  return { kind: 'soon', days };
}
