/**
 * Whether a click on our in-page button is one the admin meant. A page can restyle, cover or
 * move anything in its own document, so a click proves intent only if, at that moment, the
 * browser itself says the button was fully visible and unobstructed (IntersectionObserver v2:
 * no overlay, even one with pointer-events: none, no opacity, filter or transform), had been so
 * for a while, had not moved since, and was the element under the pointer. Where the browser
 * cannot tell (no IntersectionObserver v2, e.g. Firefox), nothing counts as seen.
 */

/** Long enough to see what is under the pointer (the figure the IntersectionObserver v2 explainer uses). */
export const MIN_VISIBLE_MS = 800;

export interface SeenGuard {
  wasSeen(event: MouseEvent): boolean;
  /** Forget any earlier sighting (the page touched our element): the wait starts again. */
  reset(): void;
  stop(): void;
}

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

function rectKey(el: Element): string {
  const r = el.getBoundingClientRect();
  return [r.left, r.top, r.width, r.height].map(Math.round).join(',');
}

/** `host` is our top-layer element in the page; `target` the button inside its closed shadow root. */
export function guardSeen(host: HTMLElement, target: Element): SeenGuard {
  const doc = host.ownerDocument;
  const win = doc.defaultView!;
  const supported = typeof win.IntersectionObserver === 'function' && 'isVisible' in win.IntersectionObserverEntry.prototype;
  let visibleSince: number | null = null;
  let placedAt = '';
  const observer = supported
    ? new win.IntersectionObserver(
        (entries) => {
          const entry = entries[entries.length - 1] as VisibilityEntry;
          const fully = entry.isVisible === true && entry.intersectionRatio >= 0.99;
          visibleSince = fully ? win.performance.now() : null;
          placedAt = fully ? rectKey(host) : '';
        },
        { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      )
    : undefined;
  observer?.observe(target);

  return {
    wasSeen(event) {
      if (!event.isTrusted || visibleSince === null || doc.visibilityState !== 'visible') return false;
      if (win.performance.now() - visibleSince < MIN_VISIBLE_MS) return false;
      // The page moved it (e.g. under the pointer) after the browser last judged it visible.
      if (rectKey(host) !== placedAt) return false;
      // In the top layer, above anything the page can stack by z-index.
      if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) return false;
      // A pointer click lands on our button, not on something of the page's that passes it on.
      if (event.detail > 0 && doc.elementFromPoint(event.clientX, event.clientY) !== host) return false;
      return true;
    },
    reset() {
      visibleSince = null;
      placedAt = '';
      // Observing again makes the browser report the current state afresh.
      observer?.unobserve(target);
      observer?.observe(target);
    },
    stop: () => observer?.disconnect(),
  };
}
