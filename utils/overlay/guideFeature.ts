/**
 * The guide in one portal frame: on every (throttled) page change it reads what the page shows
 * as done or wrong, reports that to the background, and highlights the next control if this
 * frame holds it. Frames that hold no content of the blade find nothing and stay silent.
 */
import type { FrameContext, PortalMessage } from '../messaging/protocol';
import type { FrameFeature } from '../portal/runPortalFrame';
import { observeGuide } from '../guide/observeGuide';
import { isStepId, type StepId } from '../steps';
import { createGuideOverlay, type GuideOverlay } from './guideOverlay';
import { watchPageActivity } from './watchPageActivity';

type ObservedWrongTurn = Extract<PortalMessage, { type: 'portal/observation' }>['wrongTurns'][number];

/** The background drops a report whose texts exceed this, and the progress in it with them. */
const MAX_REPORTED_TEXT = 200;
const clip = (text: string) => (text.length <= MAX_REPORTED_TEXT ? text : `${text.slice(0, MAX_REPORTED_TEXT - 1)}…`);

export function createGuideFeature(doc: Document, send: (message: PortalMessage) => void): FrameFeature {
  let overlay: GuideOverlay | undefined;
  let reported = '';
  let last: { context: FrameContext; root: Document } | undefined;
  let stopWatching: (() => void) | undefined;
  // The context in effect when the admin dismissed the guide here. Passes under that same
  // context (page changes, the admin's own keys) are stale: the background's answer comes as a
  // new context, which may already say "show" again if the admin asked for the guide back.
  let dismissedUnder: FrameContext | undefined;

  function report(completed: StepId[], wrongTurns: ObservedWrongTurn[]) {
    const key = JSON.stringify([completed, wrongTurns.map((w) => w.id)]);
    // An empty first report would only clear what another frame of the same blade reported.
    if (key === reported || (reported === '' && completed.length === 0 && wrongTurns.length === 0)) return;
    reported = key;
    send({ type: 'portal/observation', completed, wrongTurns });
  }

  function run(context: FrameContext, root: Document) {
    if (!context.blade) return;
    // One pass finds the next control and reads progress and mistakes, sharing its queries.
    const done = new Set<StepId>(context.doneSteps.filter(isStepId));
    const { target, page } = observeGuide(root, { blade: context.blade, doneSteps: done, appName: context.appName, appId: context.activeAppId });
    const wrongTurns = page.wrongTurns.map((w) => ({ id: w.id, severity: w.severity, message: clip(w.message), fix: clip(w.fix) }));
    const otherApp = context.appId && context.activeAppId && context.appId !== context.activeAppId;
    report(page.completed, wrongTurns);

    if (dismissedUnder && context !== dismissedUnder) dismissedUnder = undefined;
    if (context.guideHidden || dismissedUnder || !target) {
      overlay?.hide();
      return;
    }
    overlay ??= createGuideOverlay(doc, {
      onDismiss: () => {
        dismissedUnder = last?.context;
        send({ type: 'portal/guide-dismissed' });
      },
    });
    // Info notes (a harmless extra permission) stay in the side panel; mistakes show here too.
    const warning = otherApp
      ? 'This is not the app you are setting up. Check the name before you continue.'
      : (wrongTurns.find((w) => w.severity === 'error') ?? wrongTurns.find((w) => w.severity === 'warning'))?.message;
    overlay.show({ id: target.subStepId, element: target.element, callout: target.callout, typeText: target.typeText, warning });
  }

  return {
    update(context: FrameContext, root: Document) {
      last = { context, root };
      // Typing and state flips change no nodes; look again after them too (see watchPageActivity).
      stopWatching ??= watchPageActivity(doc, () => last && run(last.context, last.root));
      run(context, root);
    },
    stop() {
      stopWatching?.();
      stopWatching = undefined;
      last = undefined;
      dismissedUnder = undefined;
      overlay?.hide();
      reported = '';
    },
  };
}
