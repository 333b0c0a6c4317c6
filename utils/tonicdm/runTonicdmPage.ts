/**
 * The extension on TonicDM's pages. It fills Security Set Up only when the background sends a
 * fill command (after the admin's click in the panel, or on the page's own "Fill from Entra"
 * card when that click provably landed on it), re-checks origin, path and frame at that moment,
 * keeps no value, highlights "Go" (never clicks it), and reports the admin's own click on Go.
 */
import { i18n } from '#i18n';
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

/** Every word the page's card says after a click, in the browser's language. */
const STRINGS = {
  asking: i18n.t('tonicdmPage.asking'),
  filled: (host: string) => i18n.t('tonicdmPage.filled', [host]),
  confirm: i18n.t('tonicdmPage.confirm'),
  valuesMissing: i18n.t('tonicdmPage.valuesMissing'),
  elsewhere: i18n.t('tonicdmPage.elsewhere'),
  missing: (fields: string) => i18n.t('tonicdmPage.missing', [fields]),
  ambiguous: (fields: string) => i18n.t('tonicdmPage.ambiguous', [fields]),
  readback: (fields: string) => i18n.t('tonicdmPage.readback', [fields]),
  'other-app': (fields: string) => i18n.t('tonicdmPage.otherApp', [fields]),
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
  if (result?.reason === 'other-app') return describeFailure({ ok: false, reason: 'other-app', fields: result.fields });
  return STRINGS.elsewhere;
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
      button?.say(STRINGS.filled(win.location.host));
      highlight(goButtonOf(doc), 'tonicdm-setup.go');
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
    button?.say(STRINGS.asking);
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
