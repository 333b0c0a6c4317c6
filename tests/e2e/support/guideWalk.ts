/**
 * Page objects for walking the guided overlay on the portal replica. The overlay itself lives in
 * a closed shadow root, so tests follow the contract it keeps with the page instead: the one
 * element to act on next carries `data-tdm-guide="<sub-step id>"`, and nothing else in any frame
 * does. The callout's text and its "Type" button are reached through the DevTools protocol,
 * which sees closed shadow roots (page scripts and Playwright selectors do not).
 */
import { expect, type CDPSession, type Frame, type Locator, type Page } from '@playwright/test';

export const GUIDE_ATTRIBUTE = 'data-tdm-guide';

export interface GuidedElement {
  id: string;
  frameUrl: string;
  tag: string;
  /** Accessible-ish text: aria-label, else text content (trimmed, PUA glyphs dropped). */
  text: string;
}

async function guidedIn(frame: Frame): Promise<GuidedElement[]> {
  const found = await frame
    .evaluate((attr) => {
      return Array.from(document.querySelectorAll<HTMLElement>(`[${attr}]`)).map((el) => ({
        id: el.getAttribute(attr) ?? '',
        tag: el.tagName.toLowerCase(),
        text: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim(),
      }));
    }, GUIDE_ATTRIBUTE)
    .catch(() => [] as Omit<GuidedElement, 'frameUrl'>[]); // a frame detached mid-count holds nothing
  return found.map((g) => ({ ...g, frameUrl: frame.url() }));
}

/** Every element carrying the guide attribute, summed over all frames of the page. */
export async function guidedElements(page: Page): Promise<GuidedElement[]> {
  const all = await Promise.all(page.frames().map(guidedIn));
  return all.flat();
}

export interface ExpectGuideOptions {
  timeout?: number;
  /** The guided element's text must match (aria-label or text content). */
  text?: RegExp;
}

/**
 * Waits until exactly one element in the whole page carries the attribute, with value `id`,
 * and returns a locator for it in its own frame.
 */
export async function expectGuide(page: Page, id: string, options: ExpectGuideOptions = {}): Promise<Locator> {
  let seen: GuidedElement[] = [];
  await expect
    .poll(
      async () => {
        seen = await guidedElements(page);
        const ok = seen.length === 1 && seen[0]!.id === id && (!options.text || options.text.test(seen[0]!.text));
        return ok ? 'ok' : JSON.stringify(seen.map(({ id: i, tag, text }) => ({ id: i, tag, text: text.slice(0, 60) })));
      },
      { timeout: options.timeout ?? 10_000, message: `exactly one [${GUIDE_ATTRIBUTE}="${id}"] across all frames` },
    )
    .toBe('ok');
  const frame = page.frames().find((f) => f.url() === seen[0]!.frameUrl) ?? page.mainFrame();
  return frame.locator(`[${GUIDE_ATTRIBUTE}="${id}"]`);
}

/** Waits until no element in any frame carries the attribute. */
export async function expectNoGuide(page: Page, timeout = 7_000): Promise<void> {
  await expect
    .poll(async () => (await guidedElements(page)).map((g) => g.id), { timeout, message: `no [${GUIDE_ATTRIBUTE}] in any frame` })
    .toEqual([]);
}

/** Guides to `id`, then acts on the guided element (a click by default). */
export async function followGuide(
  page: Page,
  id: string,
  act: (el: Locator) => Promise<void> = (el) => el.click(),
  options: ExpectGuideOptions = {},
): Promise<Locator> {
  const el = await expectGuide(page, id, options);
  await act(el);
  return el;
}

// --- The callout, read through the DevTools protocol --------------------------------------

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

export interface CalloutView {
  text: string;
  warning: string;
  typeLabel: string;
  /** Centre of the callout's Type button in the frame's viewport, when shown. */
  typeButton?: { x: number; y: number };
  /** The callout box in the frame's viewport. */
  box: { x: number; y: number; width: number; height: number };
  /** The ring box in the frame's viewport. */
  ring: { x: number; y: number; width: number; height: number };
  /** The callout's text and its close button, in the frame's viewport. */
  textBox: { x: number; y: number; width: number; height: number };
  closeBox: { x: number; y: number; width: number; height: number };
  /** The frame the callout is in. */
  frame?: Frame;
}

export type Box = { x: number; y: number; width: number; height: number };

function classOf(node: CdpNode): string {
  const attrs = node.attributes ?? [];
  const i = attrs.indexOf('class');
  return i >= 0 ? (attrs[i + 1] ?? '') : '';
}

function findOverlayRoot(node: CdpNode): CdpNode | undefined {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed' && (root.children ?? []).some((c) => classOf(c).split(' ').includes('callout'))) return root;
  }
  for (const child of node.children ?? []) {
    const found = findOverlayRoot(child);
    if (found) return found;
  }
  return undefined;
}

async function sessionFor(page: Page, frame: Frame): Promise<CDPSession> {
  // Same-process frames share the page's session; out-of-process ones (other sites) have their own.
  if (frame === page.mainFrame()) return page.context().newCDPSession(page);
  try {
    return await page.context().newCDPSession(frame);
  } catch {
    return page.context().newCDPSession(page);
  }
}

/** What the callout in `frame` (default: the frame of the guided element) shows, or undefined. */
export async function readCallout(page: Page, frame?: Frame): Promise<CalloutView | undefined> {
  const target = frame ?? (await frameOfGuide(page)) ?? page.mainFrame();
  const session = await sessionFor(page, target);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const overlay = findOverlayRoot(root);
    if (!overlay) return undefined;
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: overlay.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const q = (s) => this.querySelector(s);
        const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
        const type = q('.type');
        const typeBox = type && !type.hidden ? box(type) : undefined;
        const warn = q('.warn');
        return {
          text: q('.text').textContent,
          warning: warn.hidden ? '' : warn.textContent,
          typeLabel: type && !type.hidden ? type.textContent : '',
          typeButton: typeBox && { x: typeBox.x + typeBox.width / 2, y: typeBox.y + typeBox.height / 2 },
          box: box(q('.callout')),
          ring: box(q('.ring')),
          textBox: box(q('.text').hidden ? q('.warn') : q('.text')),
          closeBox: box(q('.close')),
        };
      }`,
    })) as { result: { value: CalloutView } };
    return { ...result.value, frame: target };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function frameOfGuide(page: Page): Promise<Frame | undefined> {
  const [guided] = await guidedElements(page);
  return guided ? page.frames().find((f) => f.url() === guided.frameUrl) : undefined;
}

/** Offset of a frame's viewport in the page's viewport (frames are nested at most a level or two). */
export async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  let x = 0;
  let y = 0;
  for (let f: Frame | null = frame; f && f.parentFrame(); f = f.parentFrame()) {
    const box = await (await f.frameElement()).boundingBox();
    x += box?.x ?? 0;
    y += box?.y ?? 0;
  }
  return { x, y };
}

/** How many frames of the page show a callout now. */
export async function calloutsShown(page: Page): Promise<number> {
  const views = await Promise.all(page.frames().map((frame) => readCallout(page, frame).catch(() => undefined)));
  return views.filter(Boolean).length;
}

/**
 * The callout once it has settled: two reads in a row at the same place. It is placed on the
 * next animation frame after it appears and again when the control or the page moves, so a
 * click at the first position read can land where the callout no longer is.
 */
async function settledCallout(page: Page, frame: Frame, ready: (view: CalloutView) => boolean = () => true): Promise<CalloutView> {
  let previous = '';
  let callout: CalloutView | undefined;
  await expect
    .poll(async () => {
      callout = await readCallout(page, frame);
      if (!callout || !ready(callout)) return (previous = 'missing');
      const at = JSON.stringify([callout.box, callout.typeButton, callout.closeBox]);
      const settled = at === previous;
      previous = at;
      return settled ? 'settled' : 'moving';
    }, { intervals: [50, 100, 100, 250] })
    .toBe('settled');
  return callout!;
}

/** Clicks the callout's "Type …" button with a real (trusted) mouse click. */
export async function clickTypeButton(page: Page): Promise<string> {
  const frame = (await frameOfGuide(page)) ?? page.mainFrame();
  const callout = await settledCallout(page, frame, (view) => !!view.typeButton);
  const offset = await frameOffset(frame);
  await page.mouse.click(offset.x + callout.typeButton!.x, offset.y + callout.typeButton!.y);
  return callout.typeLabel;
}

/** Waits until the callout shows a text (and optionally a warning) matching the patterns. */
export async function expectCallout(page: Page, text: RegExp, warning?: RegExp): Promise<CalloutView> {
  let view: CalloutView | undefined;
  await expect
    .poll(async () => {
      view = await readCallout(page);
      if (!view) return 'no callout';
      if (!text.test(view.text)) return `text: ${view.text}`;
      if (warning && !warning.test(view.warning)) return `warning: ${view.warning}`;
      return 'ok';
    })
    .toBe('ok');
  return view!;
}

/** The callouts shown in each frame (an empty list when none): frame URL and box in page coordinates. */
export async function calloutsInPage(page: Page): Promise<{ frameUrl: string; box: Box; warning: string; text: string }[]> {
  const found = [];
  for (const frame of page.frames()) {
    const view = await readCallout(page, frame).catch(() => undefined);
    if (!view) continue;
    const offset = await frameOffset(frame);
    found.push({ frameUrl: frame.url(), box: { ...view.box, x: view.box.x + offset.x, y: view.box.y + offset.y }, warning: view.warning, text: view.text });
  }
  return found;
}

/**
 * Records when each frame's callout appears and goes, with times taken inside the frames, until
 * `stop()`; returns the most callouts shown at one instant. Reading every frame in turn (as
 * calloutsShown does) is no snapshot: a handover the background orders (the old frame hides, then
 * the new one shows) can be read as two when the old frame is read before it hid and the new one
 * after it showed. The overlay's host is a `tdm-…` popover element on the document element, there
 * exactly while a callout is shown.
 */
export async function recordCallouts(page: Page): Promise<{ stop(): Promise<number> }> {
  const events: { frame: Frame; t: number; shown: boolean }[] = [];
  let recording = true;
  await page.exposeBinding('__tdmCalloutSeen', ({ frame }, t: number, shown: boolean) => {
    if (recording) events.push({ frame, t, shown });
  });
  const watch = () => {
    const w = window as unknown as { __tdmCalloutWatch?: boolean; __tdmCalloutSeen(t: number, shown: boolean): void };
    if (w.__tdmCalloutWatch) return;
    w.__tdmCalloutWatch = true;
    const now = () => performance.timeOrigin + performance.now();
    const isHost = (node: Node) => node instanceof Element && node.tagName.startsWith('TDM-') && node.hasAttribute('popover');
    const tell = (shown: boolean) => void w.__tdmCalloutSeen(now(), shown);
    const watchRoot = (root: Element) => {
      if ([...root.children].some(isHost)) tell(true);
      new MutationObserver((records) => {
        for (const record of records) {
          if ([...record.removedNodes].some(isHost)) tell(false);
          if ([...record.addedNodes].some(isHost)) tell(true);
        }
      }).observe(root, { childList: true });
    };
    if (document.documentElement) watchRoot(document.documentElement);
    else {
      const wait = new MutationObserver(() => {
        if (!document.documentElement) return;
        wait.disconnect();
        watchRoot(document.documentElement);
      });
      wait.observe(document, { childList: true });
    }
    // A frame removed with its blade takes its callout with it.
    addEventListener('pagehide', () => {
      if ([...(document.documentElement?.children ?? [])].some(isHost)) tell(false);
    });
  };
  await page.addInitScript(watch);
  await Promise.all(page.frames().map((frame) => frame.evaluate(watch).catch(() => undefined)));
  return {
    async stop() {
      // Bindings called just before are still on their way.
      await page.waitForTimeout(200);
      recording = false;
      const shown = new Set<Frame>();
      let most = 0;
      // On equal times a hide is taken first: the background tells the old frame before the new one.
      const ordered = [...events].sort((a, b) => a.t - b.t || Number(a.shown) - Number(b.shown));
      for (const event of ordered) {
        if (event.shown) shown.add(event.frame);
        else shown.delete(event.frame);
        most = Math.max(most, shown.size);
      }
      return most;
    },
  };
}

/** A real (trusted) mouse click on a part of the callout in the guided element's frame. */
export async function clickCallout(page: Page, part: 'text' | 'close'): Promise<void> {
  const frame = (await frameOfGuide(page)) ?? page.mainFrame();
  const view = await settledCallout(page, frame);
  const box = part === 'text' ? view.textBox : view.closeBox;
  const offset = await frameOffset(frame);
  await page.mouse.click(offset.x + box.x + box.width / 2, offset.y + box.y + box.height / 2);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
