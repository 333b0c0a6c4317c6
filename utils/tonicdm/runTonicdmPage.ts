/**
 * The extension on TonicDM's pages. It fills Security Set Up only when the background sends a
 * fill command (after the admin's click in the panel or on the page's own "Fill from Entra"
 * button), re-checks origin, path and frame at that moment, keeps no value, highlights "Go"
 * (never clicks it), and reports the admin's own click on Go.
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

  // "Fill from Entra" next to the section heading, once values are ready; the section may render late.
  async function placeButton() {
    const state = (await host.send({ type: 'tonicdm/ready-state' }).catch(() => undefined)) as { valuesReady?: boolean } | undefined;
    const section = findSecuritySection(doc);
    if (!state?.valuesReady || !section) {
      button?.remove();
      button = undefined;
      return;
    }
    if (button?.isAttachedTo(section.heading)) return;
    button?.remove();
    button = mountFillButton(section.heading, () => void host.send({ type: 'tonicdm/request-fill' }).catch(() => undefined));
  }
  void placeButton();
  observeChanges(doc.documentElement, () => void placeButton(), { minIntervalMs: 1000, signal: host.signal });
  host.signal.addEventListener('abort', () => {
    outline?.remove();
    button?.remove();
  });
}
