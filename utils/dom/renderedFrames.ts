/**
 * What the portal's top document shows of its blade frames. Only the top document can see
 * whether an iframe is on screen: the portal pre-warms hidden frames and keeps extension frames
 * it never shows, and a frame cannot tell that about itself in a way worth trusting. The
 * background asks for this list before it accepts a value from a frame (bladeFrames.ts).
 */

export interface FrameReport {
  /** The iframe's address as the top document set it. */
  url: string;
  /** The iframe's name attribute (`CredentialsBlade.ReactView`, `RegisteredApps.CallAnAPI.FrameBlade`). */
  name: string;
  /** Drawn on screen with a size a blade can have. */
  rendered: boolean;
  /** Carries the portal's active-frame marker (a class ending in `frame-active`); a hint, not a requirement. */
  marked: boolean;
}

/** A blade is never smaller than this (CSS px); tracking pixels and collapsed frames are. */
const MIN_BLADE_SIDE = 40;

type WithCheckVisibility = Element & { checkVisibility?: (options?: object) => boolean };

function hiddenByStyle(frame: Element, view: Window): boolean {
  for (let node: Element | null = frame; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || (style.opacity !== '' && Number(style.opacity) === 0)) return true;
  }
  return false;
}

export function isFrameOnScreen(frame: Element): boolean {
  const view = frame.ownerDocument.defaultView;
  if (!view) return false;
  const visible = (frame as WithCheckVisibility).checkVisibility?.({ visibilityProperty: true, opacityProperty: true });
  if (visible === false || (visible === undefined && hiddenByStyle(frame, view))) return false;
  const box = frame.getBoundingClientRect();
  if (box.width < MIN_BLADE_SIDE || box.height < MIN_BLADE_SIDE) return false;
  // Parked off-screen (a common way to pre-render) is not shown either.
  return box.right > 0 && box.bottom > 0 && box.left < view.innerWidth && box.top < view.innerHeight;
}

const ACTIVE_MARKER = /(^|\s)[\w-]*frame-active(\s|$)/;

/** Every iframe of the document whose address passes `accept`, with what the admin sees of it. */
export function reportFrames(doc: Document, accept: (url: string) => boolean): FrameReport[] {
  const reports: FrameReport[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    const url = frame.src;
    if (!url || !accept(url)) continue;
    reports.push({
      url,
      name: frame.name.slice(0, 200),
      rendered: isFrameOnScreen(frame),
      marked: ACTIVE_MARKER.test(frame.className),
    });
  }
  return reports;
}
