/**
 * A light highlight ring for pages where no callout is needed (TonicDM's Go button): a click-
 * through ring in a closed shadow root, kept on the element through scroll, resize and layout
 * changes. The element carries data-tdm-guide while outlined.
 */
import { GUIDE_ATTRIBUTE } from './guideAttribute';

export interface Outline {
  remove(): void;
}

export function outlineElement(element: HTMLElement, id: string): Outline {
  const doc = element.ownerDocument;
  const view = doc.defaultView!;
  const host = doc.createElement('tdm-outline');
  host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = '<div style="position:fixed;border:3px solid #f7630c;border-radius:6px;box-shadow:0 0 0 4px rgba(247,99,12,.25);pointer-events:none"></div>';
  const ring = shadow.firstElementChild as HTMLElement;
  let frame = 0;
  const place = () => {
    frame = 0;
    const r = element.getBoundingClientRect();
    ring.style.display = r.width || r.height ? '' : 'none';
    Object.assign(ring.style, { left: `${r.left - 4}px`, top: `${r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
  };
  const schedule = () => (frame ||= view.requestAnimationFrame(place));
  const resize = new view.ResizeObserver(schedule);
  resize.observe(element);
  view.addEventListener('scroll', schedule, { capture: true, passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  element.setAttribute(GUIDE_ATTRIBUTE, id);
  doc.documentElement.appendChild(host);
  place();
  return {
    remove() {
      resize.disconnect();
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
      if (frame) view.cancelAnimationFrame(frame);
      element.removeAttribute(GUIDE_ATTRIBUTE);
      host.remove();
    },
  };
}
