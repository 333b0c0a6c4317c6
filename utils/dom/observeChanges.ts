/**
 * Runs `onChange` after the DOM under `target` changes, at most once per `minIntervalMs`
 * (trailing). Live portal grids mutate hundreds of times a second; the observer callback only
 * sets a timer, and the real work runs a few times a second at most.
 */
export function observeChanges(
  target: Node,
  onChange: () => void,
  options: { minIntervalMs: number; signal: AbortSignal; attributes?: boolean },
): void {
  if (options.signal.aborted) return;
  const view = (target.ownerDocument ?? (target as Document)).defaultView ?? globalThis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const run = () => {
    timer = undefined;
    lastRun = Date.now();
    if (!options.signal.aborted) onChange();
  };
  const observer = new view.MutationObserver(() => {
    if (timer !== undefined) return;
    const wait = Math.max(0, options.minIntervalMs - (Date.now() - lastRun));
    timer = setTimeout(run, wait);
  });
  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: options.attributes ?? false,
  });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
