import type { DatePattern } from './dateFieldPattern';
import { formatIsoDate, parseIsoDate } from './formatExpiryForField';

/**
 * Whether the text a date field shows after filling still means the intended day. Pickers
 * often reformat what was typed ("1/8/2027" becomes "01/08/2027") or switch to ISO, so the
 * digits are read in the field's order (ISO when the year leads) instead of compared as text.
 */
export function isSameExpiryDate(shown: string, iso: string, pattern: DatePattern): boolean {
  if (shown === formatIsoDate(iso, pattern)) return true;
  const want = parseIsoDate(iso);
  const groups = shown.match(/\d+/g) ?? [];
  if (groups.length < 3) return false;
  const first = groups[0] ?? '';
  const order = first.length === 4 || pattern.kind === 'iso' || pattern.kind === 'datetime-local'
    ? (['y', 'm', 'd'] as const)
    : pattern.kind === 'parts' || pattern.kind === 'locale'
      ? pattern.order
      : null;
  // A date field shows exactly a date (a datetime-local field may add its time).
  const expectedGroups = pattern.kind === 'datetime-local' ? [3, 5, 6] : [3];
  if (!order || !expectedGroups.includes(groups.length)) return false;
  const read = Object.fromEntries(order.map((part, i) => [part, Number(groups[i])])) as Record<'y' | 'm' | 'd', number>;
  const year = groups[order.indexOf('y')]?.length === 2 ? 2000 + read.y : read.y;
  return year === want.y && read.m === want.m && read.d === want.d;
}
