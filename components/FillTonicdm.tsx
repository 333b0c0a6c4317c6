import { useEffect, useRef, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { fillStatusItem, pendingFillItem } from '@/utils/storage';
import { PENDING_FILL_TTL_MS, type FillResult, type FillTarget, type PendingFill } from '@/utils/tonicdm/fillRequest';
import { SECURITY_FIELD_LABELS, type SecurityField } from '@/utils/tonicdm/securityFields';
import { TONICDM_ORIGIN } from '@/utils/portal/hosts';
import { activeApp, doneSteps } from '@/utils/setup/setupState';
import { usePanelStore } from './panelStore';
import { primaryAction, valuesComplete } from './setupProgress';
import { MessageBar } from './MessageBar';
import { Icon } from './Icons';

/** A confirm button that appears under the pointer is not clicked at once: a swapped request gets read first. */
const CONFIRM_ARM_MS = 800;
/** An outcome older than this describes a page the admin has long left. */
const STATUS_SHOWN_MS = 15 * 60_000;

const labels = (fields: readonly SecurityField[]) => fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ');
const where = (target: FillTarget) => `${target.origin}${target.path === '/' ? '' : target.path}`;
const time = (at: number) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at);

/** Every word this component shows. */
const STRINGS = {
  fill: 'Fill TonicDM Security Set Up',
  filling: 'Filling…',
  hintIncomplete: 'Fills App Secret, Expiry Date, Application (client) ID and Tenant ID once all four are here.',
  filled: (at: string, fields: string) => `Filled ${at}: ${fields}. Check the values there, then press Go (highlighted).`,
  done: (clock: string) => `Done: you pressed Go on TonicDM's Security Set Up at ${clock}.`,
  missing: (fields: string) => `Not yet: ${fields} missing.`,
  waiting: (at: string) => `Waiting for your confirmation to fill ${at}.`,
  noTab: 'Could not open TonicDM Organization Settings. Nothing was filled.',
  expired: 'That fill request is no longer current. Nothing was filled; click Fill again.',
  cancelled: 'Cancelled. Nothing was filled.',
  theTab: 'The tab',
  wrongOrigin: (at: string) => `${at} is not a TonicDM address you allowed. Nothing was filled.`,
  thePage: 'the page you chose',
  navigated: (at: string) => `The TonicDM tab left ${at}. Nothing was filled.`,
  tonicdm: 'TonicDM',
  noAnswer: (at: string) => `${at} did not answer. Nothing was filled; reload the page and try again.`,
  fieldsMissing: (at: string, fields: string) => `No field found at ${at} for ${fields}. Nothing was filled; copy the values one by one instead.`,
  fieldsAmbiguous: (at: string, fields: string) => `More than one field at ${at} matches ${fields}. Nothing was filled; copy the values one by one instead.`,
  readback: (at: string, fields: string) => `${at} did not keep ${fields}. Copy the values one by one instead.`,
  otherApp: (at: string, fields: string) =>
    `${at} already shows another ${fields} than the setup being renewed. Nothing was filled: check that this TonicDM organisation belongs to that tenant.`,
  confirmExtra: (host: string) => `Fill an address other than ${host}?`,
  confirmUnseen: 'Fill the page that asked?',
  confirmTitle: 'Confirm',
  confirmWhere: 'The client secret, its expiry, the client ID and the tenant ID will be typed into',
  confirmExtraWhy: 'This address was added in Options. Fill it only if TonicDM itself gave it to you.',
  confirmUnseenWhy:
    'The page\'s "Fill from Entra" button was clicked, but the assistant could not make sure the button was visible and uncovered at that moment.',
  confirmYes: (origin: string) => `Fill ${origin}`,
  confirmNo: 'Cancel',
} as const;

function describe(result: FillResult): string {
  if (result.ok) return STRINGS.filled(where(result.target), labels(result.filled));
  switch (result.reason) {
    case 'values-missing':
      return STRINGS.missing(labels(result.missing));
    case 'confirm':
      return STRINGS.waiting(where(result.request.target));
    case 'no-tab':
      return STRINGS.noTab;
    case 'expired':
      return STRINGS.expired;
    case 'cancelled':
      return STRINGS.cancelled;
    case 'wrong-origin':
      return STRINGS.wrongOrigin(result.target ? where(result.target) : STRINGS.theTab);
    case 'navigated':
      return STRINGS.navigated(result.target ? where(result.target) : STRINGS.thePage);
    case 'no-answer':
      return STRINGS.noAnswer(result.target ? where(result.target) : STRINGS.tonicdm);
    case 'fields-missing':
      return STRINGS.fieldsMissing(where(result.target), labels(result.fields));
    case 'fields-ambiguous':
      return STRINGS.fieldsAmbiguous(where(result.target), labels(result.fields));
    case 'readback':
      return STRINGS.readback(where(result.target), labels(result.fields));
    case 'other-app':
      return STRINGS.otherApp(where(result.target), labels(result.fields));
  }
}

function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

/** Asks before a fill the admin did not plainly start on app.tonicdm.com, naming where the values go. */
function ConfirmFill({ request }: { request: PendingFill }) {
  const [armed, setArmed] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setArmed(false);
    // The question is read first (focus goes to it, not to its buttons).
    card.current?.focus();
    const timer = setTimeout(() => setArmed(true), CONFIRM_ARM_MS);
    return () => clearTimeout(timer);
  }, [request.id]);
  const extra = request.why === 'extra-origin';
  return (
    <MessageBar
      ref={card}
      tabIndex={-1}
      severity="warning"
      title={STRINGS.confirmTitle}
      role="alertdialog"
      aria-labelledby="fill-confirm-title"
      aria-describedby="fill-confirm-where fill-confirm-why"
      testId="fill-confirm"
      data-why={request.why}
      message={<strong id="fill-confirm-title">{extra ? STRINGS.confirmExtra(new URL(TONICDM_ORIGIN).host) : STRINGS.confirmUnseen}</strong>}
    >
      <p id="fill-confirm-where">
        {STRINGS.confirmWhere} <code data-testid="fill-confirm-origin">{request.target.origin}</code>
        {request.target.path === '/' ? '' : request.target.path}.
      </p>
      <p className="fix" id="fill-confirm-why">
        {extra ? STRINGS.confirmExtraWhy : STRINGS.confirmUnseenWhy}
      </p>
      <div className="message-actions">
        <button
          type="button"
          className="button"
          data-testid="fill-confirm-yes"
          disabled={!armed}
          onClick={() => void sendToBackground({ type: 'panel/confirm-fill', requestId: request.id })}
        >
          {STRINGS.confirmYes(request.target.origin)}
        </button>
        <button type="button" className="link" data-testid="fill-confirm-no" onClick={() => void sendToBackground({ type: 'panel/cancel-fill', requestId: request.id })}>
          {STRINGS.confirmNo}
        </button>
      </div>
    </MessageBar>
  );
}

/**
 * One click: the background finds the TonicDM tab (or opens it) and fills Security Set Up. The
 * button is primary only once the four values are held; each fill ends in one line, which turns
 * into "Done" once the admin pressed Go.
 */
export function FillTonicdm() {
  const [busy, setBusy] = useState(false);
  const status = useStoredValue(fillStatusItem);
  const pending = useStoredValue(pendingFillItem);
  const setup = usePanelStore((s) => s.setup);
  const secret = usePanelStore((s) => s.secret);
  const app = activeApp(setup);
  const done = doneSteps(setup);
  const complete = valuesComplete(app, secret, setup);
  const primary = primaryAction(done, complete) === 'fill';
  const submittedAt = app?.done['tonicdm-setup']?.at;

  const current = pending && Date.now() - pending.at < PENDING_FILL_TTL_MS ? pending : undefined;
  const latest = status && Date.now() - status.at < STATUS_SHOWN_MS ? status : undefined;
  // A request nobody answered in time: its card is gone, so say so rather than "waiting".
  const waiting = latest && !latest.result.ok && latest.result.reason === 'confirm';
  const result: FillResult | undefined = waiting ? (current ? undefined : { ok: false, reason: 'expired' }) : latest?.result;
  // Go was pressed after this fill: the fill's "press Go" no longer holds.
  const showHint = !complete && !result;
  const submitted = !!result?.ok && submittedAt !== undefined && latest !== undefined && submittedAt >= latest.at;

  return (
    <div className="fill">
      <button
        type="button"
        className={`${primary ? 'primary' : 'button'} block`}
        data-testid="fill-tonicdm"
        data-primary={String(primary)}
        aria-describedby={showHint ? 'fill-hint' : undefined}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await sendToBackground<FillResult>({ type: 'panel/fill-tonicdm' });
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? STRINGS.filling : STRINGS.fill}
      </button>
      {showHint ? (
        <p className="note" id="fill-hint">
          {STRINGS.hintIncomplete}
        </p>
      ) : null}
      {current ? <ConfirmFill request={current} /> : null}
      <div className="fill-status" role="status" aria-live="polite">
        {result ? (
          <p
            className="fill-result"
            data-testid="fill-result"
            data-ok={String(result.ok)}
            data-reason={submitted ? 'submitted' : result.ok ? 'filled' : result.reason}
          >
            <Icon name={result.ok ? 'success' : 'warning'} />
            <span>{submitted ? STRINGS.done(time(submittedAt!)) : describe(result)}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
