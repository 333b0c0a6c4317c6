/**
 * Calls `onChange` for every batch of DOM mutations under `target` until `signal` aborts. The
 * callback should only look at the records and schedule work (see throttledTask): live grids
 * mutate hundreds of times a second.
 *
 * Nodes added or removed are watched everywhere under `target`; text changed in place
 * (characterData) everywhere, or only under the elements given to `watchTextIn`, when only
 * those can show what the caller looks for. Attributes are never watched here.
 */
export interface MutationWatch {
  watchTextIn(areas: 'everywhere' | readonly Element[]): void;
}

export function watchMutations(target: Node, onChange: (records: MutationRecord[]) => void, signal: AbortSignal): MutationWatch {
  const idle: MutationWatch = { watchTextIn: () => undefined };
  if (signal.aborted) return idle;
  const view = (target.ownerDocument ?? (target as Document)).defaultView ?? globalThis;
  const observer = new view.MutationObserver(onChange);
  let textAreas: 'everywhere' | readonly Element[] = 'everywhere';

  function observe() {
    const areas = textAreas;
    observer.observe(target, { childList: true, subtree: true, characterData: areas === 'everywhere' });
    if (areas !== 'everywhere') for (const area of areas) observer.observe(area, { childList: true, subtree: true, characterData: true });
  }

  observe();
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    watchTextIn(areas) {
      const same =
        areas === textAreas || (areas !== 'everywhere' && textAreas !== 'everywhere' && areas.length === textAreas.length && areas.every((a, i) => a === textAreas[i]));
      if (same || signal.aborted) return;
      // Re-observing drops registrations; hand over what is already queued first.
      const pending = observer.takeRecords();
      observer.disconnect();
      textAreas = areas === 'everywhere' ? areas : [...areas];
      observe();
      if (pending.length > 0) onChange(pending);
    },
  };
}
