import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryLater } from '../../../utils/dom/retryLater';

describe('retryLater', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('tries after each delay in turn, one try waiting at a time, then no more', async () => {
    const task = vi.fn();
    const retry = retryLater([100, 400], task);
    expect(retry.schedule()).toBe(true);
    expect(retry.schedule()).toBe(false); // already waiting
    expect(retry.waiting()).toBe(true);
    await vi.advanceTimersByTimeAsync(99);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
    expect(retry.waiting()).toBe(false);
    expect(retry.schedule()).toBe(true);
    await vi.advanceTimersByTimeAsync(399);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    expect(retry.schedule()).toBe(false); // every delay used
  });

  it('reset starts again from the first delay; cancel drops the waiting try', async () => {
    const task = vi.fn();
    const retry = retryLater([100, 400], task);
    retry.schedule();
    await vi.advanceTimersByTimeAsync(100);
    retry.reset();
    retry.schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
    retry.schedule();
    retry.cancel();
    expect(retry.waiting()).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
