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
  onCommand(listener: (command: FillCommand) => FillReply | Promise<FillReply>): void;
  signal: AbortSignal;
}

/** How long a renewal waits for "Update Now" to reveal its form. */
const REVEAL_TIMEOUT_MS = 3_000;
const REVEAL_POLL_MS = 100;

/**
 * TonicDM's renewal form sits behind "Update Now", which only reveals it (Go still submits). The
 * admin asked for the renewal's fill, so the assistant presses "Update Now" for them, but only the
 * one inside Security Set Up, and only when the form is not there yet.
 */
async function revealRenewalForm(doc: Document, signal: AbortSignal): Promise<boolean> {
  const search = findSecurityFields(doc);
  if (search.status !== 'incomplete' || !search.updateNowButton || !search.section?.contains(search.updateNowButton)) return false;
  search.updateNowButton.click();
  for (let waited = 0; waited < REVEAL_TIMEOUT_MS && !signal.aborted; waited += REVEAL_POLL_MS) {
    const now = findSecurityFields(doc);
    if (now.status === 'found' || (now.found.secret && now.found.expiry)) return true;
    await new Promise((resolve) => setTimeout(resolve, REVEAL_POLL_MS));
  }
  return false;
}

function goButtonOf(doc: Document): HTMLElement | null {
  return findSecurityFields(doc).goButton;
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

  /** Where the page is now may no longer be where the background sent the values. */
  function refusal(command: FillCommand): FillReply | undefined {
    if (win.location.origin !== command.expectedOrigin) return { type: 'refused', reason: 'origin' };
    if (win.location.pathname !== command.expectedPath) return { type: 'refused', reason: 'path' };
    if (!isTrustedFillFrame(win, [command.expectedOrigin])) return { type: 'refused', reason: 'frame' };
    return undefined;
  }

  host.onCommand(async (command) => {
    const refused = refusal(command);
    if (refused) return refused;
    const mode = command.mode === 'renewal' ? 'renewal' : 'setup';
    const locale = win.navigator.language || 'en-US';
    let outcome = fillSecurityForm(doc, command.values, locale, mode);
    if (!outcome.ok && outcome.reason === 'missing' && mode === 'renewal' && (await revealRenewalForm(doc, host.signal))) {
      // Revealing the form may have changed the page's address: check again before any value goes in.
      const moved = refusal(command);
      if (moved) return moved;
      outcome = fillSecurityForm(doc, command.values, locale, mode);
    }
    if (outcome.ok) {
      filledHere = true;
      highlight(goButtonOf(doc), 'tonicdm-setup.go');
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
      const go = goButtonOf(doc);
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
