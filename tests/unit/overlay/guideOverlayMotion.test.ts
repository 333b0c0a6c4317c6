// The callout follows its control when a pane slides in by CSS alone (no node change, no resize).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuideOverlay } from '@/utils/overlay/guideOverlay';

const WORDS = { label: 'TonicDM guide', brand: 'TonicDM', close: 'Close', type: 'Type "{text}"' };

function rect(left: number, top: number, width = 120, height = 32): DOMRect {
  return { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) } as DOMRect;
}

/** The overlay's closed shadow root, kept as it is attached (a test-only window into it). */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** The overlay pointing at `#target` of `html`, whose box the test moves with `moveTo`. */
function pointAt(html: string, at: DOMRect) {
  const roots = captureShadowRoots();
  document.body.innerHTML = html;
  const target = document.getElementById('target') as HTMLElement;
  let box = at;
  target.getBoundingClientRect = () => box;
  const overlay = createGuideOverlay(document, { onDismiss() {} }, WORDS);
  overlay.show({ id: 'client-secret.description', element: target, callout: 'Type a description' });
  const ring = roots[0]!.querySelector('.ring') as HTMLElement;
  return { overlay, ring, moveTo: (next: DOMRect) => void (box = next) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('guide overlay: motion', () => {
  it.each(['animationend', 'transitionend', 'scroll'])('re-places the ring after a %s on the page', async (type) => {
    const { overlay, ring, moveTo } = pointAt('<div class="pane"><label>Description <input id="target"></label></div>', rect(900, 300));
    expect(ring.style.transform).toBe('translate(896px, 296px)');

    // The pane finishes sliding in: the field is now further left; nothing in the DOM changed.
    moveTo(rect(600, 300));
    document.querySelector('.pane')!.dispatchEvent(new Event(type, { bubbles: true }));
    await nextFrame();
    expect(ring.style.transform).toBe('translate(596px, 296px)');

    // Once hidden, the overlay no longer listens.
    overlay.hide();
    moveTo(rect(100, 100));
    document.querySelector('.pane')!.dispatchEvent(new Event(type, { bubbles: true }));
    await nextFrame();
    expect(ring.style.transform).toBe('translate(596px, 296px)');
  });

  it('a motion the page makes without an end event waits for the next change (no polling)', async () => {
    const { overlay, ring, moveTo } = pointAt('<button id="target">Add</button>', rect(200, 200));
    moveTo(rect(250, 200));
    await nextFrame();
    expect(ring.style.transform).toBe('translate(196px, 196px)');
    overlay.hide();
  });
});
