import { i18n } from '#i18n';
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
import { formatTime } from '@/utils/i18n/dates';

/** A confirm button that appears under the pointer is not clicked at once: a swapped request gets read first. */
const CONFIRM_ARM_MS = 800;
/** An outcome older than this describes a page the admin has long left. */
const STATUS_SHOWN_MS = 15 * 60_000;

const labels = (fields: readonly SecurityField[]) => fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ');
const where = (target: FillTarget) => `${target.origin}${target.path === '/' ? '' : target.path}`;

/** A sentence with a slot for markup: the text before and after it, in the language's own order. */
function around(sentence: (slot: string) => string): readonly [string, string] {
  const slot = '\uE000';
  const [before = '', after = ''] = sentence(slot).split(slot);
  return [before, after];
}

/** Every word this component shows. */
const STRINGS = {
  fill: i18n.t('fillTonicdm.fill'),
  filling: i18n.t('fillTonicdm.filling'),
  hintIncomplete: i18n.t('fillTonicdm.hintIncomplete'),
  filled: (at: string, fields: string) => i18n.t('fillTonicdm.filled', [at, fields]),
  done: (clock: string) => i18n.t('fillTonicdm.done', [clock]),
  missing: (fields: string) => i18n.t('fillTonicdm.missing', [fields]),
  waiting: (at: string) => i18n.t('fillTonicdm.waiting', [at]),
  noTab: i18n.t('fillTonicdm.noTab'),
  expired: i18n.t('fillTonicdm.expired'),
  cancelled: i18n.t('fillTonicdm.cancelled'),
  wrongOrigin: (at: string | undefined) => (at ? i18n.t('fillTonicdm.wrongOrigin', [at]) : i18n.t('fillTonicdm.wrongOriginTab')),
  navigated: (at: string | undefined) => (at ? i18n.t('fillTonicdm.navigated', [at]) : i18n.t('fillTonicdm.navigatedUnknown')),
  noAnswer: (at: string | undefined) => (at ? i18n.t('fillTonicdm.noAnswer', [at]) : i18n.t('fillTonicdm.noAnswerTonicdm')),
  fieldsMissing: (at: string, fields: string) => i18n.t('fillTonicdm.fieldsMissing', [at, fields]),
  fieldsAmbiguous: (at: string, fields: string) => i18n.t('fillTonicdm.fieldsAmbiguous', [at, fields]),
  readback: (at: string, fields: string) => i18n.t('fillTonicdm.readback', [at, fields]),
  otherApp: (at: string, fields: string) => i18n.t('fillTonicdm.otherApp', [at, fields]),
  confirmExtra: (host: string) => i18n.t('fillTonicdm.confirmExtra', [host]),
  confirmUnseen: i18n.t('fillTonicdm.confirmUnseen'),
  confirmTitle: i18n.t('fillTonicdm.confirmTitle'),
  /** The sentence around the address, which is shown as code: [before, after]. */
  confirmWhere: around((place) => i18n.t('fillTonicdm.confirmWhere', [place])),
  confirmExtraWhy: i18n.t('fillTonicdm.confirmExtraWhy'),
  confirmUnseenWhy: i18n.t('fillTonicdm.confirmUnseenWhy'),
  confirmYes: (origin: string) => i18n.t('fillTonicdm.confirmYes', [origin]),
  confirmNo: i18n.t('fillTonicdm.confirmNo'),
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
      return STRINGS.wrongOrigin(result.target && where(result.target));
    case 'navigated':
      return STRINGS.navigated(result.target && where(result.target));
    case 'no-answer':
      return STRINGS.noAnswer(result.target && where(result.target));
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
        {STRINGS.confirmWhere[0]}
        <code data-testid="fill-confirm-origin">{request.target.origin}</code>
        {request.target.path === '/' ? '' : request.target.path}
        {STRINGS.confirmWhere[1]}
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
            <span>{submitted ? STRINGS.done(formatTime(submittedAt!)) : describe(result)}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
