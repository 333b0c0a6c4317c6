/**
 * Life of the extension in one portal frame. The frame asks the background where it is, and is
 * told again on every navigation. Outside the setup flow it does nothing but listen for that
 * message; inside, it watches the DOM (throttled) for values to capture and, through
 * `features`, for controls to guide.
 */
import type { FrameContext, PortalMessage } from '../messaging/protocol';
import { createCaptureAgent } from './captureAgent';
import { observeChanges } from '../dom/observeChanges';

export interface FrameFeature {
  /** Called on every (throttled) page change while in the flow. */
  update(context: FrameContext, root: Document): void;
  /** Called when the frame leaves the flow or the extension goes away. */
  stop(): void;
}

export interface FrameHost {
  send(message: PortalMessage): Promise<unknown>;
  onContext(listener: (context: FrameContext) => void): void;
  onTopNavigation(listener: () => void): void;
  isValid(): boolean;
  onInvalidated(listener: () => void): void;
  /** Loads the guide into this frame (once); resolves to its feature, or undefined. */
  loadGuide?(): Promise<FrameFeature | undefined>;
}

/** Heavy live blades mutate constantly; a few scans a second are plenty for a human pace. */
const SCAN_INTERVAL_MS = 250;

export function runPortalFrame(doc: Document, host: FrameHost, initialFeatures: FrameFeature[] = []): void {
  const features = [...initialFeatures];
  let guideRequested = !host.loadGuide;
  let context: FrameContext | undefined;
  let contextKey = '';
  let watching: AbortController | undefined;
  const capture = createCaptureAgent((message) => void safeSend(message));

  async function safeSend(message: PortalMessage): Promise<unknown> {
    if (!host.isValid()) return undefined;
    try {
      return await host.send(message);
    } catch {
      // The extension was reloaded or updated: this script is orphaned; stay quiet.
      return undefined;
    }
  }

  function stopWatching() {
    watching?.abort();
    watching = undefined;
    for (const feature of features) feature.stop();
  }

  /** Zero-size frames are the portal's hidden and pre-warmed ones: nothing to guide there. */
  function requestGuide() {
    const view = doc.defaultView;
    if (guideRequested || !view || view.innerWidth === 0 || view.innerHeight === 0) return;
    guideRequested = true;
    void host.loadGuide!().then((feature) => {
      if (!feature) return;
      features.push(feature);
      scan();
    }, () => undefined);
  }

  function scan() {
    if (!context?.inFlow) return;
    requestGuide();
    const stillCapturing = capture.scan(doc);
    for (const feature of features) feature.update(context, doc);
    if (!stillCapturing && features.length === 0 && guideRequested) stopWatching();
  }

  function apply(next: FrameContext) {
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
    if (bladeChanged) capture.reset(next.blade);
    if (!watching) {
      watching = new AbortController();
      observeChanges(doc.documentElement, scan, { minIntervalMs: SCAN_INTERVAL_MS, signal: watching.signal });
    }
    scan();
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
