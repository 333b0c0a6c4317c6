// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { guardSeen, MIN_VISIBLE_MS } from '../../../utils/tonicdm/seenGuard';
import { mountFillButton } from '../../../utils/tonicdm/fillButton';
import { loadHtml } from './loadFixture';

/** IntersectionObserver v2 as the browser would drive it: the test says what it judged. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed = new Set<Element>();
  constructor(private readonly callback: (entries: unknown[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  report(isVisible: boolean, intersectionRatio = 1) {
    this.callback([{ isVisible, intersectionRatio }]);
  }
}

function page({ v2 = true } = {}) {
  const win = loadHtml('<!doctype html><main><h2>Security Set Up</h2></main>');
  const doc = win.document;
  let clock = 1000;
  vi.spyOn(win.performance, 'now').mockImplementation(() => clock);
  if (v2) {
    class Entry {}
    (Entry.prototype as unknown as { isVisible: boolean }).isVisible = false;
    Object.assign(win, { IntersectionObserver: FakeObserver, IntersectionObserverEntry: Entry });
  } else {
    Object.assign(win, { IntersectionObserver: FakeObserver, IntersectionObserverEntry: class {} });
  }
  const host = doc.createElement('tdm-fill-from-entra');
  const button = doc.createElement('button');
  host.append(button);
  doc.body.append(host);
  let rect = { left: 900, top: 700, width: 272, height: 150 };
  host.getBoundingClientRect = () => ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height, x: rect.left, y: rect.top }) as DOMRect;
  let underPointer: Element | null = host;
  (doc as unknown as { elementFromPoint: () => Element | null }).elementFromPoint = () => underPointer;
  const guard = guardSeen(host, button);
  return {
    guard,
    io: FakeObserver.last!,
    wait: (ms: number) => (clock += ms),
    move: () => (rect = { ...rect, top: rect.top - 200 }),
    cover: (el: Element | null) => (underPointer = el),
    doc,
  };
}

const click = (over: Partial<MouseEvent> = {}) => ({ isTrusted: true, detail: 1, clientX: 950, clientY: 750, ...over }) as MouseEvent;

describe('a click counts as seen only when the browser says the button was plainly visible', () => {
  it.each([
    ['visible, unobstructed and still for long enough', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS)), click(), true],
    ['activated from the keyboard after being seen', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS)), click({ detail: 0, clientX: 0, clientY: 0 }), true],
    ['never reported visible', () => undefined, click(), false],
    ['visible for less than the minimum', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS - 1)), click(), false],
    ['covered after it was seen (even by something clicks pass through)', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS), p.io.report(false)), click(), false],
    ['only partly on screen', (p: ReturnType<typeof page>) => (p.io.report(true, 0.5), p.wait(MIN_VISIBLE_MS)), click(), false],
    ['moved after it was seen (e.g. under the pointer)', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS), p.move()), click(), false],
    ['clicked where something else of the page is on top', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS), p.cover(p.doc.body)), click(), false],
    ['a synthetic click', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS)), click({ isTrusted: false }), false],
    ['seen, then touched by the page (the wait starts again)', (p: ReturnType<typeof page>) => (p.io.report(true), p.wait(MIN_VISIBLE_MS), p.guard.reset()), click(), false],
  ])('%s', (_name, before, event, seen) => {
    const p = page();
    before(p);
    expect(p.guard.wasSeen(event)).toBe(seen);
  });

  it('counts nothing as seen where the browser cannot judge visibility (no IntersectionObserver v2)', () => {
    const p = page({ v2: false });
    p.io.report(true);
    p.wait(10 * MIN_VISIBLE_MS);
    expect(p.guard.wasSeen(click())).toBe(false);
  });

  it('after a reset, a fresh report of the full time makes it count again', () => {
    const p = page();
    p.io.report(true);
    p.wait(MIN_VISIBLE_MS);
    p.guard.reset();
    expect(p.io.observed.size).toBe(1);
    p.io.report(true);
    p.wait(MIN_VISIBLE_MS);
    expect(p.guard.wasSeen(click())).toBe(true);
  });
});

describe('the card on the page', () => {
  it('puts back its own style when a page script changes it, and looks the same with or without values', async () => {
    const win = loadHtml('<!doctype html><main><h2>Security Set Up</h2></main>');
    const onPress = vi.fn();
    const card = mountFillButton(win.document, { onPress, onDismiss: vi.fn() });
    const host = win.document.querySelector('tdm-fill-from-entra') as HTMLElement;
    const original = host.getAttribute('style');
    expect(original).toContain('opacity:1!important');
    host.style.setProperty('opacity', '0', 'important');
    await new Promise((r) => setTimeout(r, 0));
    expect(host.getAttribute('style')).toBe(original);
    // The page sees the same element whatever the assistant holds: no text, no state outside the closed root.
    expect(host.childNodes).toHaveLength(0);
    expect(host.getAttributeNames().filter((name) => name !== 'popover')).toEqual(['style']);
    card.remove();
    expect(win.document.querySelector('tdm-fill-from-entra')).toBeNull();
  });
});
