// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from '../../../utils/graph/retryDelay';

const NOW = Date.parse('2026-03-15T10:00:00.000Z');

describe('parseRetryAfter', () => {
  it.each([
    ['7', 7_000],
    ['0', 0],
    ['1.5', 1_500],
    [' 12 ', 12_000],
    [new Date(NOW + 30_000).toUTCString(), 30_000],
    [new Date(NOW - 5_000).toUTCString(), 0],
  ])('%j → %i ms', (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['soon'], ['-3']])('%j → undefined', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1_000, maxDelayMs: 8_000 };
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [9, 8_000],
  ])('attempt %i waits %i ms (capped)', (attempt, expected) => {
    expect(backoffDelay(attempt, policy)).toBe(expected);
  });
});
