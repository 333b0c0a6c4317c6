/**
 * Runs a task at most once per interval after it is requested (leading when idle, trailing
 * under load). The interval is asked for at each request, so it can adapt to the task's cost.
 */
export interface ThrottledTask {
  request(): void;
  cancel(): void;
}

export function throttledTask(run: () => void, interval: () => number, now: () => number = () => performance.now()): ThrottledTask {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;
  return {
    request() {
      if (timer !== undefined) return;
      const wait = Math.max(0, interval() - (now() - lastRun));
      timer = setTimeout(() => {
        timer = undefined;
        lastRun = now();
        run();
      }, wait);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
