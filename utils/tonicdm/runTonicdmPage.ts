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
import type { FillOutcome } from './fillSecurityForm';
import { SECURITY_FIELD_LABELS, type SecurityField } from './securityFields';

/** Every word the page's card says after a fill. */
const STRINGS = {
  filled: (host: string) => `Filled ${host}. Check the values, then press Go.`,
  confirm: "Confirm in the assistant's side panel (its toolbar button opens it).",
  valuesMissing: "Nothing to fill yet. The assistant's side panel shows what is missing.",
  elsewhere: "Nothing was filled. The assistant's side panel says why.",
  missing: (fields: string) => `Nothing was filled: no field found for ${fields}. Copy the values one by one from the side panel.`,
  ambiguous: (fields: string) => `Nothing was filled: more than one field matches ${fields}. Copy the values one by one from the side panel.`,
  readback: (fields: string) => `This page did not keep ${fields}. Copy the values one by one from the side panel.`,
} as const;

const labels = (fields: readonly SecurityField[]) => fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ');

/** A fill this page could not take, said on the page itself, naming the fields by TonicDM's labels. */
function describeFailure(outcome: Exclude<FillOutcome, { ok: true }>): string {
  return STRINGS[outcome.reason](labels(outcome.fields));
}

/** What the page's card says after a click on it; the panel gives the details of anything else. */
function describeForPage(result: FillResult | undefined, host: string): string {
  if (result?.ok) return STRINGS.filled(host);
  if (result?.reason === 'confirm') return STRINGS.confirm;
  if (result?.reason === 'values-missing') return STRINGS.valuesMissing;
  if (result?.reason === 'fields-missing') return describeFailure({ ok: false, reason: 'missing', fields: result.fields });
  if (result?.reason === 'fields-ambiguous') return describeFailure({ ok: false, reason: 'ambiguous', fields: result.fields });
  if (result?.reason === 'readback') return describeFailure({ ok: false, reason: 'readback', fields: result.fields });
  return STRINGS.elsewhere;
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
      button?.say(STRINGS.filled(win.location.host));
      const search = findSecurityFields(doc);
      if (search.status === 'found') highlight(search.goButton, 'tonicdm-setup.go');
    } else {
      // Whichever button started it, the page that could not be filled says so where the admin looks.
      button?.say(describeFailure(outcome));
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
