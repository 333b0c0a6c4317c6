import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledTask } from '../../../utils/dom/throttledTask';

describe('throttledTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once when idle, then at most once per interval however often requested', () => {
    let t = 0;
    const run = vi.fn();
    const task = throttledTask(run, () => 100, () => t);
    task.request();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) {
      t += 2;
      task.request();
      vi.advanceTimersByTime(2);
    }
    // 100 ms of constant requests after the first run: one more run, not fifty.
    expect(run).toHaveBeenCalledTimes(2);
  });

  it.each([
    [50, 1000, 20],
    [500, 1000, 2],
  ])('with an interval of %i ms, %i ms of requests run it about %i times', (interval, span, expected) => {
    let t = 0;
    const run = vi.fn();
    const task = throttledTask(run, () => interval, () => t);
    for (let elapsed = 0; elapsed < span; elapsed += 5) {
      task.request();
      t += 5;
      vi.advanceTimersByTime(5);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(expected);
    expect(run.mock.calls.length).toBeLessThanOrEqual(expected + 1);
  });

  it('cancel drops a pending run', () => {
    const run = vi.fn();
    const task = throttledTask(run, () => 100, () => 0);
    task.request();
    task.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });

  it('requestNow runs in the caller\'s turn when idle, and is throttled like request otherwise', () => {
    let t = 1000;
    const run = vi.fn();
    const task = throttledTask(run, () => 100, () => t);
    task.requestNow();
    expect(run).toHaveBeenCalledTimes(1);
    t += 10;
    task.requestNow();
    task.requestNow();
    expect(run).toHaveBeenCalledTimes(1);
    t += 90;
    vi.advanceTimersByTime(90);
    expect(run).toHaveBeenCalledTimes(2);
    t += 500;
    task.requestNow();
    expect(run).toHaveBeenCalledTimes(3);
  });
});
