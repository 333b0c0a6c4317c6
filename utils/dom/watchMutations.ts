/**
 * Calls `onChange` for every batch of DOM mutations under `target` until `signal` aborts: one
 * observer per frame, for capture and guide alike. The callback should only look at the
 * records and schedule work (see throttledTask): live grids mutate hundreds of times a second.
 *
 * Nodes added or removed are watched everywhere under `target`; text changed in place
 * (characterData) everywhere, or only under the elements given to `watchTextIn`, when only
 * those can show what the caller looks for; attributes only those named to `watchAttributes`.
 */
export interface MutationWatch {
  watchTextIn(areas: 'everywhere' | readonly Element[]): void;
  watchAttributes(names: readonly string[]): void;
}

export function watchMutations(target: Node, onChange: (records: MutationRecord[]) => void, signal: AbortSignal): MutationWatch {
  const idle: MutationWatch = { watchTextIn: () => undefined, watchAttributes: () => undefined };
  if (signal.aborted) return idle;
  const view = (target.ownerDocument ?? (target as Document)).defaultView ?? globalThis;
  const observer = new view.MutationObserver(onChange);
  let textAreas: 'everywhere' | readonly Element[] = 'everywhere';
  let attributes: readonly string[] = [];

  function observe() {
    const areas = textAreas;
    const attributeOptions = attributes.length > 0 ? { attributeFilter: [...attributes] } : {};
    observer.observe(target, { childList: true, subtree: true, characterData: areas === 'everywhere', ...attributeOptions });
    if (areas !== 'everywhere') for (const area of areas) observer.observe(area, { childList: true, subtree: true, characterData: true, ...attributeOptions });
  }

  /** Re-observing drops registrations; hand over what is already queued first. */
  function reobserve() {
    const pending = observer.takeRecords();
    observer.disconnect();
    observe();
    if (pending.length > 0) onChange(pending);
  }

  observe();
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    watchTextIn(areas) {
      const same =
        areas === textAreas || (areas !== 'everywhere' && textAreas !== 'everywhere' && areas.length === textAreas.length && areas.every((a, i) => a === textAreas[i]));
      if (same || signal.aborted) return;
      textAreas = areas === 'everywhere' ? areas : [...areas];
      reobserve();
    },
    watchAttributes(names) {
      if (signal.aborted || (names.length === attributes.length && names.every((n) => attributes.includes(n)))) return;
      attributes = [...names];
      reobserve();
    },
  };
}
