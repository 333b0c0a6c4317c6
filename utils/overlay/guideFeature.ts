/**
 * The guide in one portal frame: on every (throttled) page change it reads what the page shows
 * as done or wrong, reports that to the background, and, if this frame holds the next control,
 * claims the tab's one pointer. The background grants the pointer to one frame per tab (see
 * utils/background/guideArbiter.ts): open work in a blade beats the blade's own controls, which
 * beat a left-menu item. Frames that hold nothing claim nothing and stay silent.
 *
 * On another app's blades no step is pointed at: the top frame shows a warning instead.
 */
import type { FrameContext, PortalMessage } from '../messaging/protocol';
import type { FrameFeature } from '../portal/runPortalFrame';
import { observeGuide } from '../guide/observeGuide';
import { hasGuideWords, otherAppNotice, overlayWords, useGuideWords, type GuideWords } from '../guide/guideWords';
import { RANK_VALUE } from '../guide/types';
import type { BladeGuides } from '../guide/bladeGuide';
import { isStepId, type AnyStepId, type StepId } from '../steps';
import { createGuideOverlay, type GuideOverlay } from './guideOverlay';
import { watchPageActivity } from './watchPageActivity';
import { watchEscape } from './escapeIntent';

type ObservedWrongTurn = Extract<PortalMessage, { type: 'portal/observation' }>['wrongTurns'][number];

export interface GuideIo {
  /** Fire and forget. */
  send(message: PortalMessage): void;
  /** A message whose answer matters; undefined when the background cannot be reached. */
  request(message: PortalMessage): Promise<unknown>;
  /** The background's later word on this frame's claim, with the version of its decision. */
  onTurn(listener: (show: boolean, version: number) => void): void;
  /** Whether this is the tab's top document (the one place a page-wide warning goes). */
  isTop: boolean;
}

export function createGuideFeature(doc: Document, io: GuideIo, guides: BladeGuides): FrameFeature {
  let overlay: GuideOverlay | undefined;
  let reported = '';
  let last: { context: FrameContext; root: Document } | undefined;
  let stopWatching: (() => void) | undefined;
  // The context in effect when the admin dismissed the guide here. Passes under that same
  // context (page changes, the admin's own keys) are stale: the background's answer comes as a
  // new context, which may already say "show" again if the admin asked for the guide back.
  let dismissedUnder: FrameContext | undefined;
  // This frame's claim on the tab's pointer, and whether the background granted it.
  let claimed = 0;
  let claimedUnder: FrameContext | undefined;
  let claimSeq = 0;
  let granted = false;
  // The version of the newest decision acted on: answers and messages may arrive out of order.
  let decided = 0;

  /** Acts on a decision if it is the newest seen. */
  function decide(show: boolean, version: number) {
    if (version <= decided) return;
    decided = version;
    if (show !== granted) {
      granted = show;
      rerun();
    }
  }

  const rerun = () => last && run(last.context, last.root);

  // A quiet page brings no next pass: after a lost answer, look again by itself after 0.5, 2
  // and 8 s, no more (an orphaned script, whose extension was reloaded, must not keep trying).
  // What utils/dom/retryLater.ts does, written out: that helper would take the guide scripts
  // past their 10 kB gzip budget.
  let retries = 0;
  let retryTimer = 0;
  function retrySoon() {
    if (retryTimer || retries > 2) return;
    retryTimer = window.setTimeout(() => {
      retryTimer = 0;
      rerun();
    }, 500 * 4 ** retries++);
  }
  const ui = () =>
    (overlay ??= createGuideOverlay(doc, {
      onDismiss: () => {
        dismissedUnder = last?.context;
        io.send({ type: 'portal/guide-dismissed' });
      },
    }, overlayWords()));

  function report(completed: AnyStepId[], wrongTurns: ObservedWrongTurn[]) {
    const key = JSON.stringify([completed, wrongTurns.map((w) => w.id)]);
    // An empty first report would only clear what another frame of the same blade reported.
    if (key === reported || (reported === '' && completed.length === 0 && wrongTurns.length === 0)) return;
    reported = key;
    io.send({ type: 'portal/observation', completed, wrongTurns });
  }

  /** Tells the background this frame's rank, when it changed (or the blade did). */
  function claim(rank: number, context: FrameContext | undefined) {
    if (rank === claimed && (rank === 0 || context === claimedUnder)) return;
    claimed = rank;
    claimedUnder = context;
    const seq = ++claimSeq;
    if (rank === 0) granted = false;
    void io.request({ type: 'portal/guide-claim', rank }).then((reply) => {
      const answer = reply as { show?: unknown; version?: unknown } | undefined;
      if (seq !== claimSeq) return;
      if (typeof answer?.version === 'number') {
        retries = 0;
        decide(answer.show === true, answer.version);
      } else {
        // No answer (the worker could not be reached): claim again, on the next pass or soon.
        claimed = -1;
        retrySoon();
      }
    });
  }

  function run(context: FrameContext, root: Document) {
    // Without its words the guide can neither read the page nor speak.
    if (!context.blade) return;
    if (!hasGuideWords()) return askForWords();
    // One pass finds the next control and reads progress and mistakes, sharing its queries.
    const done = new Set<StepId>(context.doneSteps.filter(isStepId));
    const { target, page } = observeGuide(root, {
      blade: context.blade,
      doneSteps: done,
      appName: context.appName,
      ...(context.activeAppId && { appId: context.activeAppId }),
      ...(context.appId && { shownAppId: context.appId }),
      ...(context.renewal && { renewal: context.renewal }),
    }, guides);
    // The background drops a report with texts over 200 characters; wrongTurns.ts keeps within it (tested).
    const wrongTurns = page.wrongTurns.map((w) => ({ id: w.id, severity: w.severity, message: w.message, fix: w.fix }));
    report(page.completed, wrongTurns);

    if (dismissedUnder && context !== dismissedUnder) dismissedUnder = undefined;
    const otherApp = !!context.appId && !!context.activeAppId && context.appId !== context.activeAppId;
    if (context.guideHidden || dismissedUnder || otherApp || !target) {
      claim(0, context);
      if (otherApp && io.isTop && !context.guideHidden && !dismissedUnder) {
        ui().notice(otherAppNotice(context.appName));
      } else overlay?.hide();
      return;
    }
    claim(RANK_VALUE[target.rank], context);
    if (!granted) {
      overlay?.hide();
      return;
    }
    // Info notes (a harmless extra permission) stay in the side panel; mistakes show here too.
    const warning = (wrongTurns.find((w) => w.severity === 'error') ?? wrongTurns.find((w) => w.severity === 'warning'))?.message;
    ui().show({ id: target.subStepId, element: target.element, callout: target.callout, typeText: target.typeText, warning });
  }

  function onEscape() {
    if (overlay?.ownsFocus() || (granted && claimed > 0)) {
      overlay?.hide();
      dismissedUnder = last?.context;
      io.send({ type: 'portal/guide-dismissed' });
    } else {
      // The pointer may be in another frame: the background knows whether one is shown.
      io.send({ type: 'portal/guide-escape' });
    }
  }

  io.onTurn((show, version) => {
    if (claimed > 0 || !show) decide(show, version);
  });

  /** Asks the background for the page language's words; a lost answer is asked again on a later pass. */
  let askingForWords = false;
  function askForWords() {
    if (askingForWords || hasGuideWords()) return;
    askingForWords = true;
    void io.request({ type: 'portal/guide-words', lang: doc.documentElement.lang.slice(0, 40) }).then((reply) => {
      askingForWords = false;
      // Only the background answers a content script's message; no answer is the one failure.
      const words = reply as GuideWords | undefined;
      if (!words?.phrases) return retrySoon();
      retries = 0;
      useGuideWords(words);
      rerun();
    });
  }
  askForWords();

  return {
    update(context: FrameContext, root: Document) {
      last = { context, root };
      if (!stopWatching) {
        // Typing and state flips change no nodes; look again after them too (see watchPageActivity).
        const stopActivity = watchPageActivity(doc, rerun);
        const stopEscape = watchEscape(doc, { ownsFocus: () => !!overlay?.ownsFocus(), onEscape });
        stopWatching = () => {
          stopActivity();
          stopEscape();
        };
      }
      run(context, root);
    },
    stop() {
      clearTimeout(retryTimer);
      retryTimer = 0;
      stopWatching?.();
      stopWatching = undefined;
      last = undefined;
      dismissedUnder = undefined;
      claim(0, undefined);
      overlay?.hide();
      reported = '';
    },
  };
}
