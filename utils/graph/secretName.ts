/**
 * The description a renewed client secret gets, "TonicDM Office365 Secret Mar 2026": TonicDM's renewal guide asks
 * for the month and year, so the rows on Certificates & secrets tell old from new at a glance. English month
 * abbreviations, UTC, whatever the browser's language: it is a name, not a date for display.
 */
import { SECRET_DESCRIPTION } from '../steps';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function renewedSecretName(now: Date): string {
  return `${SECRET_DESCRIPTION} ${SHORT_MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()}`;
}
