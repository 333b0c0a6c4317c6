/** How long to wait before repeating a Graph request. */

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** Total waiting allowed per request (ms); a wait that would exceed it fails instead. */
  budgetMs: number;
  /** First backoff step (ms) when Graph gives no Retry-After. */
  baseDelayMs: number;
  /** Cap for one backoff step (ms). */
  maxDelayMs: number;
}

// Terraform's azuread provider backs off 1–61 s within minutes-long budgets; replication usually settles within a minute.
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  budgetMs: 5 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 32_000,
};

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date always names its weekday and month; this keeps Date.parse from reading "-3" as a year.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Capped exponential backoff without jitter: a single admin's run cannot cause a thundering herd. */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}
