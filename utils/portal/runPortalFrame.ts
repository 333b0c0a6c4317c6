/**
 * Life of the extension in one portal frame. The frame asks the background where it is, and is
 * told again on every navigation. Outside the setup flow it does nothing but listen for that
 * message; inside, it watches the DOM for values to capture and, through `features`, for
 * controls to guide. Capture reads the page when the blade opens, then only when the mutation
 * records show a change that can bear on a value (see captureAgent); once nothing is left to
 * capture and no guide runs, the frame stops observing.
 */
import type { FrameContext, PortalMessage } from '../messaging/protocol';
import { createCaptureAgent } from './captureAgent';
import { frameFitsBlade } from './bladeKind';
import { throttledTask } from '../dom/throttledTask';
import { watchMutations, type MutationWatch } from '../dom/watchMutations';
import { createBigGridFilter } from '../dom/bigDataGrids';
import { retryLater } from '../dom/retryLater';

export interface FrameFeature {
  /** Called on every (throttled) page change while in the flow. */
  update(context: FrameContext, root: Document): void;
  /** Called when the frame leaves the flow or the extension goes away. */
  stop(): void;
  /**
   * Attributes whose changes concern the feature (a control's state flips change no nodes):
   * `state` outside live grids, `own` (the feature's own marks, which pages strip) anywhere.
   */
  attributes?: { state: readonly string[]; own: readonly string[] };
}

/** A frame's own address and name (the top document has none: its address is the tab's). */
export interface FrameIdentity {
  url: string;
  name: string;
}

export interface FrameHost {
  /** Set in frames only. */
  frame?: FrameIdentity;
  send(message: PortalMessage): Promise<unknown>;
  onContext(listener: (context: FrameContext) => void): void;
  onTopNavigation(listener: () => void): void;
  isValid(): boolean;
  onInvalidated(listener: () => void): void;
  /** Loads the guide into this frame (once); resolves to its feature, or undefined. */
  loadGuide?(): Promise<FrameFeature | undefined>;
}

/** Capture is cheap and the admin waits for the value: look soon after the page changes. */
const CAPTURE_INTERVAL_MS = 100;
/**
 * The guide's pass costs more on big blades. Its interval grows with the measured cost of its
 * last pass, so on a live grid it stays a small share of the page's time; right after the
 * admin's own input it runs at the fastest rate, because that is when the page changes for them.
 */
const GUIDE_MIN_INTERVAL_MS = 250;
const GUIDE_MAX_INTERVAL_MS = 4000;
const GUIDE_COST_FACTOR = 200;
const INTERACTION_WINDOW_MS = 2500;
/** How long after the admin's input changes inside big grids count: a page answers a click or a filter within this. */
const ANSWER_WINDOW_MS = 1000;
/** The background could not see this frame on screen yet: look again, less often each time. */
const RETRY_DELAYS_MS = [150, 300, 600, 1200, 2500, 5000, 10_000];
/**
 * The guide did not come (the worker was busy starting, the frame was still settling when the
 * background injected it): ask again, a few times. Without this one lost answer would leave the
 * blade without a guide until the admin navigated.
 */
const GUIDE_RETRY_DELAYS_MS = [500, 2000, 6000];

/**
 * The context as it applies to this frame. The tab's blade comes from the tab's address; a
 * frame whose own address or name says it is another part of the blade (the previous blade's
 * frame, still on screen during a switch, or a pre-warmed one) is outside the flow.
 */
function contextForThisFrame(context: FrameContext, frame: FrameIdentity | undefined): FrameContext {
  if (!context.inFlow || !frame) return context;
  return frameFitsBlade(context.blade, frame.url, frame.name) ? context : { ...context, inFlow: false };
}

function isZeroSized(view: Window | null): boolean {
  return !!view && (view.innerWidth === 0 || view.innerHeight === 0);
}

type GuideState = 'not-requested' | 'pending' | 'ready' | 'unavailable';

export function runPortalFrame(doc: Document, host: FrameHost, initialFeatures: FrameFeature[] = []): void {
  const features = [...initialFeatures];
  let guideState: GuideState = host.loadGuide ? 'not-requested' : 'unavailable';
  let context: FrameContext | undefined;
  let contextKey = '';
  let watching: AbortController | undefined;
  let mutations: MutationWatch | undefined;
  let capturing = false;
  let lastGuideCost = 0;
  let interactionUntil = 0;
  let answerUntil = 0;
  let stateFlipped = false;
  let waitingForSize = false;
  const captureRetry = retryLater(RETRY_DELAYS_MS, () => {
    if (!context?.inFlow) return;
    capturing = true;
    startWatching();
    captureTask.request();
  });
  const guideRetry = retryLater(GUIDE_RETRY_DELAYS_MS, () => {
    if (!context?.inFlow || guideState !== 'unavailable') return;
    guideState = 'not-requested';
    requestGuide();
  });
  const capture = createCaptureAgent(safeSend, () => void captureRetry.schedule());
  const clock = () => performance.now();
  const onlyBigGridChanges = createBigGridFilter(clock);

  async function safeSend(message: PortalMessage): Promise<unknown> {
    if (!host.isValid()) return undefined;
    try {
      return await host.send(message);
    } catch {
      // The extension was reloaded or updated: this script is orphaned; stay quiet.
      return undefined;
    }
  }

  const captureTask = throttledTask(() => {
    if (!context?.inFlow || !capturing) return;
    // A frame drawn at zero size is pre-warmed or hidden: nothing on it is the admin's yet.
    if (isZeroSized(doc.defaultView)) return waitForSize();
    capturing = capture.scan(doc);
    narrowTextWatch();
    stopWhenIdle();
  }, () => CAPTURE_INTERVAL_MS);

  /** Text changed in place matters everywhere to the guide; to capture alone, only where a value can show. */
  function narrowTextWatch() {
    mutations?.watchTextIn(features.length === 0 && capturing ? (capture.valueAreas() ?? 'everywhere') : 'everywhere');
  }

  const guideTask = throttledTask(
    () => {
      if (!context?.inFlow || features.length === 0) return;
      const started = clock();
      stateFlipped = false;
      for (const feature of features) feature.update(context, doc);
      lastGuideCost = clock() - started;
    },
    () =>
      clock() < interactionUntil || stateFlipped
        ? GUIDE_MIN_INTERVAL_MS
        : Math.min(GUIDE_MAX_INTERVAL_MS, Math.max(GUIDE_MIN_INTERVAL_MS, lastGuideCost * GUIDE_COST_FACTOR)),
  );

  function stopWatching() {
    watching?.abort();
    watching = undefined;
    mutations = undefined;
    captureRetry.cancel();
    guideRetry.cancel();
    captureTask.cancel();
    guideTask.cancel();
    for (const feature of features) feature.stop();
  }

  /** Nothing left to capture and no guide coming: stop observing until the next navigation. */
  function stopWhenIdle() {
    if (!capturing && !captureRetry.waiting() && !guideRetry.waiting() && features.length === 0 && guideState !== 'pending') stopWatching();
  }

  /** The attributes the features watch, and which of them count wherever they change. */
  function watchedAttributes(): { names: string[]; own: Set<string> } {
    const names = new Set<string>();
    const own = new Set<string>();
    for (const feature of features) {
      for (const name of feature.attributes?.state ?? []) names.add(name);
      for (const name of feature.attributes?.own ?? []) {
        names.add(name);
        own.add(name);
      }
    }
    return { names: [...names], own };
  }

  /** Whether a batch can change what the guide finds: not when it all happened inside a live grid. */
  function concernsGuide(records: MutationRecord[]): boolean {
    if (clock() < answerUntil) return true;
    const own = watchedAttributes().own;
    for (const record of records) if (record.type === 'attributes' && own.has(record.attributeName ?? '')) return true;
    return !onlyBigGridChanges(records);
  }

  function onPageChange(records: MutationRecord[]) {
    // At once: the admin waits for the value, and on a busy page a timer waits behind the page's tasks.
    if (capturing && capture.relevant(records)) captureTask.requestNow();
    // A live grid updating its cells never changes which setup control comes next, unless the
    // admin just acted (a list they filter or tick is a big grid too).
    if (features.length > 0 && concernsGuide(records)) {
      // A control's state flip (or a stripped mark) is the page answering: look again soon.
      if (records.some((r) => r.type === 'attributes')) stateFlipped = true;
      guideTask.request();
    }
  }

  function onInteraction(event: Event) {
    if (!event.isTrusted) return;
    interactionUntil = clock() + INTERACTION_WINDOW_MS;
    answerUntil = clock() + ANSWER_WINDOW_MS;
    guideTask.request();
  }

  function startWatching() {
    if (watching) return;
    watching = new AbortController();
    mutations = watchMutations(doc.documentElement, onPageChange, watching.signal);
    mutations.watchAttributes(watchedAttributes().names);
    for (const type of ['click', 'keyup', 'change']) doc.addEventListener(type, onInteraction, { capture: true, passive: true, signal: watching.signal });
  }

  /** An out-of-process frame learns its size late, and pre-warmed frames are shown later. */
  function waitForSize() {
    const view = doc.defaultView;
    if (waitingForSize || !view) return;
    waitingForSize = true;
    view.addEventListener(
      'resize',
      () => {
        waitingForSize = false;
        if (!context?.inFlow) return;
        startWatching();
        scanNow();
      },
      { once: true },
    );
  }

  /** Zero-size frames are the portal's hidden and pre-warmed ones: nothing to guide there. */
  function requestGuide() {
    const view = doc.defaultView;
    if (guideState !== 'not-requested' || !view) return;
    if (isZeroSized(view)) return waitForSize();
    guideState = 'pending';
    void host.loadGuide!().then(
      (feature) => {
        guideState = feature ? 'ready' : 'unavailable';
        if (!feature) return retryGuide();
        features.push(feature);
        narrowTextWatch();
        mutations?.watchAttributes(watchedAttributes().names);
        if (context?.inFlow) {
          startWatching();
          guideTask.request();
        }
      },
      () => {
        guideState = 'unavailable';
        retryGuide();
      },
    );
  }

  /** Asks for the guide again later, while this frame is still in the flow; gives up after a few tries. */
  function retryGuide() {
    if (!context?.inFlow || !guideRetry.schedule()) stopWhenIdle();
  }

  function scanNow() {
    if (!context?.inFlow) return;
    requestGuide();
    captureTask.request();
    guideTask.request();
  }

  function apply(told: FrameContext) {
    const next = contextForThisFrame(told, host.frame);
    const key = JSON.stringify(next);
    if (key === contextKey) return;
    const bladeChanged = next.blade !== context?.blade || next.appId !== context?.appId;
    context = next;
    contextKey = key;
    if (!next.inFlow) {
      stopWatching();
      capture.reset(undefined);
      return;
    }
    if (bladeChanged) {
      capture.reset(next.blade);
      capturing = true;
      captureRetry.reset();
      // Another blade may well get a guide where the last one did not.
      guideRetry.reset();
      if (host.loadGuide && guideState === 'unavailable') guideState = 'not-requested';
    }
    startWatching();
    scanNow();
  }

  async function ask() {
    const reply = (await safeSend({ type: 'portal/where' })) as FrameContext | undefined;
    if (reply?.type === 'context') apply(reply);
  }

  host.onContext(apply);
  host.onTopNavigation(() => void ask());
  host.onInvalidated(stopWatching);
  void ask();
}
