/**
 * Calls back after changes the frame's DOM observer (child nodes and text only) does not see:
 * text put into a field changes its value property and no node, and a control flipping state
 * after the admin's click (a checkbox ticked, a toggle, Save disabled once saved) often changes
 * only an aria attribute. Pages that re-render by morphing also strip attributes they did not
 * set, the guide's own marker included; watching it lets the guide put it back.
 */
import { GUIDE_ATTRIBUTE } from './guideAttribute';
import { createBigGridFilter } from '../dom/bigDataGrids';

const STATE_ATTRIBUTES = [
  'aria-checked',
  'aria-expanded',
  'aria-selected',
  'aria-pressed',
  'aria-disabled',
  'disabled',
  'checked',
  GUIDE_ATTRIBUTE,
];

// Trusted clicks and keys are followed by the frame itself; input also covers pasted, autofilled
// and script-set text.
const ACTIONS = ['input'] as const;

/** Returns a function that stops watching. */
export function watchPageActivity(doc: Document, onActivity: () => void, minIntervalMs = 120): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Trailing: the event is seen (capture phase) before the page handles it.
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      onActivity();
    }, minIntervalMs);
  };
  for (const type of ACTIONS) doc.addEventListener(type, schedule, { capture: true, passive: true });
  // Rows of a big live grid flip their state all the time and never hold the next control; the
  // guide's own marker, wherever it sits, must be put back.
  const onlyBigGridChanges = createBigGridFilter();
  const observer = new view.MutationObserver((records) => {
    if (records.some((r) => r.attributeName === GUIDE_ATTRIBUTE) || !onlyBigGridChanges(records)) schedule();
  });
  observer.observe(doc.documentElement, { subtree: true, attributes: true, attributeFilter: STATE_ATTRIBUTES });
  return () => {
    for (const type of ACTIONS) doc.removeEventListener(type, schedule, { capture: true });
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
