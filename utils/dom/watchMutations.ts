/**
 * Calls `onChange` for every batch of DOM mutations under `target` until `signal` aborts. The
 * callback should only schedule work (see throttledTask): live grids mutate hundreds of times
 * a second.
 */
export function watchMutations(target: Node, onChange: (records: MutationRecord[]) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const view = (target.ownerDocument ?? (target as Document)).defaultView ?? globalThis;
  const observer = new view.MutationObserver(onChange);
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
