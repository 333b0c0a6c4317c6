/**
 * Tells an Esc meant for the guide from one the page used. The portal closes its own dropdowns,
 * panes and dialogs with Esc, and the admin pressing Esc for those must not lose the guide too.
 * An Esc is the guide's when focus is in the callout, or when the page let it pass: not
 * cancelled, not stopped before it bubbled up to the window, and no list, menu, pane or dialog
 * closed (nor anything collapsed) because of it.
 */
const POPUP = '[role="listbox"], [role="menu"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** Long enough for a framework to re-render after the key, short enough to feel immediate. */
const SETTLE_MS = 80;

/** Changes when a popup opens or closes, or a trigger expands or collapses. */
function popupState(doc: Document): string {
  return `${doc.querySelectorAll(POPUP).length}:${doc.querySelectorAll('[aria-expanded="true"]').length}`;
}

export interface EscapeHandlers {
  /** Focus is inside the guide's own UI. */
  ownsFocus(): boolean;
  /** An Esc the page did not use (or one pressed inside the callout). */
  onEscape(): void;
}

/** Returns a function that stops watching. */
export function watchEscape(doc: Document, handlers: EscapeHandlers): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  let pending: KeyboardEvent | undefined;
  let reachedWindow = false;

  const onCapture = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !event.isTrusted || event.repeat) return;
    if (handlers.ownsFocus()) {
      // The page never sees an Esc pressed in the callout.
      event.stopPropagation();
      handlers.onEscape();
      return;
    }
    const before = popupState(doc);
    pending = event;
    reachedWindow = false;
    view.setTimeout(() => {
      const used = event.defaultPrevented || !reachedWindow || popupState(doc) !== before;
      if (pending === event) pending = undefined;
      if (!used) handlers.onEscape();
    }, SETTLE_MS);
  };
  const onBubble = (event: KeyboardEvent) => {
    if (event === pending) reachedWindow = true;
  };
  view.addEventListener('keydown', onCapture, true);
  view.addEventListener('keydown', onBubble);
  return () => {
    view.removeEventListener('keydown', onCapture, true);
    view.removeEventListener('keydown', onBubble);
  };
}
