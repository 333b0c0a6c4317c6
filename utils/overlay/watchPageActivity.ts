/**
 * What the guide needs to see besides new nodes and text. Text put into a field changes its
 * value property and no node: `watchPageActivity` calls back after input. A control flipping
 * state after the admin's click (a checkbox ticked, a toggle, Save disabled once saved) often
 * changes only an aria attribute, and pages that re-render by morphing strip attributes they did
 * not set, the guide's own marker included: the frame's one observer watches those attributes
 * for the guide (GUIDE_ATTRIBUTES, see runPortalFrame), ignoring state flips inside live grids.
 */
import { GUIDE_ATTRIBUTE } from './guideAttribute';

export const GUIDE_ATTRIBUTES = {
  state: ['aria-checked', 'aria-expanded', 'aria-selected', 'aria-pressed', 'aria-disabled', 'disabled', 'checked'],
  own: [GUIDE_ATTRIBUTE],
} as const;

// Trusted clicks and keys are followed by the frame itself; input also covers pasted, autofilled
// and script-set text.
const ACTIONS = ['input'] as const;

/** Returns a function that stops watching. */
export function watchPageActivity(doc: Document, onActivity: () => void, minIntervalMs = 120): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Trailing: the event is seen (capture phase) before the page handles it.
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      onActivity();
    }, minIntervalMs);
  };
  for (const type of ACTIONS) doc.addEventListener(type, schedule, { capture: true, passive: true });
  return () => {
    for (const type of ACTIONS) doc.removeEventListener(type, schedule, { capture: true });
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
