/**
 * A task tried again after each of a few growing delays, then no more: for the answers a portal
 * frame may lose (the worker busy starting, the frame not yet on screen). One try waits at a
 * time; a script orphaned by an extension reload runs out of tries instead of trying forever.
 */
export interface RetryLater {
  /** Schedules the next try; false when one is already waiting or every delay was used. */
  schedule(): boolean;
  /** The next failure starts again from the first delay. */
  reset(): void;
  cancel(): void;
  waiting(): boolean;
}

export function retryLater(delaysMs: readonly number[], task: () => void): RetryLater {
  let used = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined || used >= delaysMs.length) return false;
      timer = setTimeout(() => {
        timer = undefined;
        task();
      }, delaysMs[used++]);
      return true;
    },
    reset: () => void (used = 0),
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    waiting: () => timer !== undefined,
  };
}
