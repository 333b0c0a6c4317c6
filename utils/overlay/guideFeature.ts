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

type ObservedWrongTurn = Extract<PortalMessage, { type: 'portal/observation' }>['wrongTurns'][number];

export function createGuideFeature(doc: Document, send: (message: PortalMessage) => void): FrameFeature {
  let overlay: GuideOverlay | undefined;
  let reported = '';

  function report(completed: StepId[], wrongTurns: ObservedWrongTurn[]) {
    const key = JSON.stringify([completed, wrongTurns.map((w) => w.id)]);
    // An empty first report would only clear what another frame of the same blade reported.
    if (key === reported || (reported === '' && completed.length === 0 && wrongTurns.length === 0)) return;
    reported = key;
    send({ type: 'portal/observation', completed, wrongTurns });
  }

  return {
    update(context: FrameContext, root: Document) {
      if (!context.blade) return;
      // One pass finds the next control and reads progress and mistakes, sharing its queries.
      const done = new Set<StepId>(context.doneSteps.filter(isStepId));
      const { target, page } = observeGuide(root, { blade: context.blade, doneSteps: done, appName: context.appName, appId: context.activeAppId });
      const wrongTurns = page.wrongTurns.map((w) => ({ id: w.id, severity: w.severity, message: w.message, fix: w.fix }));
      const otherApp = context.appId && context.activeAppId && context.appId !== context.activeAppId;
      report(page.completed, wrongTurns);

      if (context.guideHidden || !target) {
        overlay?.hide();
        return;
      }
      overlay ??= createGuideOverlay(doc, {
        onDismiss: () => send({ type: 'portal/guide-dismissed' }),
      });
      const warning = otherApp
        ? 'This is not the app you are setting up. Check the name before you continue.'
        : wrongTurns.find((w) => w.severity === 'error')?.message;
      overlay.show({ id: target.subStepId, element: target.element, callout: target.callout, typeText: target.typeText, warning });
    },
    stop() {
      overlay?.hide();
      reported = '';
    },
  };
}
