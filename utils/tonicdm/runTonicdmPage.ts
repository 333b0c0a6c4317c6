/**
 * The extension on TonicDM's pages. It fills Security Set Up only when the background sends a
 * fill command (after the admin's click in the panel, or on the page's own "Fill from Entra"
 * card when that click provably landed on it), re-checks origin, path and frame at that moment,
 * keeps no value, highlights "Go" (never clicks it), and reports the admin's own click on Go.
 */
import type { TonicdmMessage } from '../messaging/protocol';
import type { FillCommand, FillReply } from './fillProtocol';
import { fillSecurityForm } from './fillSecurityForm';
import { findSecurityFields } from './findSecurityFields';
import { findSecuritySection } from './findSecuritySection';
import { isTrustedFillFrame } from './fillContext';
import { outlineElement, type Outline } from '../overlay/outlineElement';
import { observeChanges } from '../dom/observeChanges';
import { mountFillButton, type FillButton } from './fillButton';
import type { FillResult } from './fillRequest';

/** What the page's card says after a click; the panel gives the details. */
function describeForPage(result: FillResult | undefined, host: string): string {
  if (result?.ok) return `Filled ${host}. Check the values, then press Go.`;
  if (result?.reason === 'confirm') return "Confirm in the assistant's side panel (its toolbar button opens it).";
  if (result?.reason === 'values-missing') return "Nothing to fill yet. The assistant's side panel shows what is missing.";
  return "Nothing was filled. The assistant's side panel says why.";
}

export interface TonicdmPageHost {
  send(message: TonicdmMessage): Promise<unknown>;
  onCommand(listener: (command: FillCommand) => FillReply): void;
  signal: AbortSignal;
}

export function runTonicdmPage(win: Window, host: TonicdmPageHost): void {
  const doc = win.document;
  let outline: Outline | undefined;
  let filledHere = false;
  let button: FillButton | undefined;

  /** The side panel says what to do; the page only shows where. */
  function highlight(element: HTMLElement | null, id: string) {
    outline?.remove();
    outline = element ? outlineElement(element, id) : undefined;
  }

  host.onCommand((command) => {
    if (win.location.origin !== command.expectedOrigin) return { type: 'refused', reason: 'origin' };
    if (win.location.pathname !== command.expectedPath) return { type: 'refused', reason: 'path' };
    if (!isTrustedFillFrame(win, [command.expectedOrigin])) return { type: 'refused', reason: 'frame' };
    const outcome = fillSecurityForm(doc, command.values, win.navigator.language || 'en-US');
    if (outcome.ok) {
      filledHere = true;
      const search = findSecurityFields(doc);
      if (search.status === 'found') highlight(search.goButton, 'tonicdm-setup.go');
    } else {
      const search = findSecurityFields(doc);
      if (search.status === 'incomplete' && search.updateNowButton) {
        highlight(search.updateNowButton, 'tonicdm-setup.update-now');
      }
    }
    return { type: 'filled', outcome };
  });

  // The admin's own click on Go (a trusted event) completes the TonicDM step.
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || !filledHere) return;
      const search = findSecurityFields(doc);
      const go = search.status === 'found' ? search.goButton : null;
      if (go && event.target instanceof Node && go.contains(event.target)) {
        highlight(null, '');
        void host.send({ type: 'tonicdm/submitted' }).catch(() => undefined);
      }
    },
    { capture: true, signal: host.signal },
  );

  // "Fill from Entra" whenever the section is on the page, whether or not values are held: the
  // page learns nothing from it. The section may render late.
  let dismissed = false;
  async function press(seen: boolean) {
    button?.say('Asking the assistant…');
    const result = (await host.send({ type: seen ? 'tonicdm/request-fill' : 'tonicdm/request-confirm' }).catch(() => undefined)) as
      | FillResult
      | undefined;
    button?.say(describeForPage(result, win.location.host));
  }
  function placeButton() {
    if (dismissed || !findSecuritySection(doc)) {
      button?.remove();
      button = undefined;
      return;
    }
    if (button?.isMounted()) return;
    button?.remove();
    button = mountFillButton(doc, {
      onPress: (seen) => void press(seen),
      onDismiss: () => {
        dismissed = true;
        button = undefined;
      },
    });
  }
  placeButton();
  observeChanges(doc.documentElement, placeButton, { minIntervalMs: 1000, signal: host.signal });
  host.signal.addEventListener('abort', () => {
    outline?.remove();
    button?.remove();
  });
}
