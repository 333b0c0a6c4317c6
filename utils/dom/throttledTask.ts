/**
 * Runs a task at most once per interval after it is requested (leading when idle, trailing
 * under load). The interval is asked for at each request, so it can adapt to the task's cost.
 */
export interface ThrottledTask {
  request(): void;
  /**
   * Like request, but when idle runs the task at once, in the caller's turn. From a
   * MutationObserver callback that is right after the page's change: on a busy page a timer,
   * even of 0 ms, waits behind the page's own tasks.
   */
  requestNow(): void;
  cancel(): void;
}

export function throttledTask(run: () => void, interval: () => number, now: () => number = () => performance.now()): ThrottledTask {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;
  const runNow = () => {
    lastRun = now();
    run();
  };
  const request = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, interval() - (now() - lastRun));
    timer = setTimeout(() => {
      timer = undefined;
      runNow();
    }, wait);
  };
  return {
    request,
    requestNow() {
      if (timer === undefined && now() - lastRun >= interval()) runNow();
      else request();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
