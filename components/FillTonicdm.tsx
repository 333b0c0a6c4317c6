import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { fillStatusItem, pendingFillItem } from '@/utils/storage';
import { PENDING_FILL_TTL_MS, type FillResult, type FillTarget, type PendingFill } from '@/utils/tonicdm/fillRequest';
import { SECURITY_FIELD_LABELS, type SecurityField } from '@/utils/tonicdm/securityFields';
import { TONICDM_ORIGIN } from '@/utils/portal/hosts';

/** A confirm button that appears under the pointer is not clicked at once: a swapped request gets read first. */
const CONFIRM_ARM_MS = 800;
/** An outcome older than this describes a page the admin has long left. */
const STATUS_SHOWN_MS = 15 * 60_000;

const labels = (fields: SecurityField[]) => fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ');
const where = (target: FillTarget) => `${target.origin}${target.path === '/' ? '' : target.path}`;

function describe(result: FillResult): string {
  if (result.ok) return `Filled ${where(result.target)}: ${labels(result.filled)}. Check the values there, then press Go (highlighted).`;
  switch (result.reason) {
    case 'values-missing':
      return `Not yet: ${labels(result.missing)} missing.`;
    case 'confirm':
      return `Waiting for your confirmation to fill ${where(result.request.target)}.`;
    case 'no-tab':
      return 'Could not open TonicDM Organization Settings. Nothing was filled.';
    case 'expired':
      return 'That fill request is no longer current. Nothing was filled; click Fill again.';
    case 'cancelled':
      return 'Cancelled. Nothing was filled.';
    case 'wrong-origin':
      return `${result.target ? where(result.target) : 'The tab'} is not a TonicDM address you allowed. Nothing was filled.`;
    case 'navigated':
      return `The TonicDM tab left ${result.target ? where(result.target) : 'the page you chose'}. Nothing was filled.`;
    case 'no-answer':
      return `${result.target ? where(result.target) : 'TonicDM'} did not answer. Nothing was filled; reload the page and try again.`;
    case 'fields-missing':
      return `No field found at ${where(result.target)} for ${labels(result.fields)}. Nothing was filled; copy the values one by one instead.`;
    case 'fields-ambiguous':
      return `More than one field at ${where(result.target)} matches ${labels(result.fields)}. Nothing was filled; copy the values one by one instead.`;
    case 'readback':
      return `${where(result.target)} did not keep ${labels(result.fields)}. Copy the values one by one instead.`;
    case 'other-app':
      return `${where(result.target)} already shows another ${labels(result.fields)} than the setup being renewed. Nothing was filled: check that this TonicDM organisation belongs to that tenant.`;
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
  useEffect(() => {
    setArmed(false);
    const timer = setTimeout(() => setArmed(true), CONFIRM_ARM_MS);
    return () => clearTimeout(timer);
  }, [request.id]);
  const extra = request.why === 'extra-origin';
  return (
    <div className="notice notice-error" role="alertdialog" aria-labelledby="fill-confirm-title" data-testid="fill-confirm" data-why={request.why}>
      <p id="fill-confirm-title">
        <strong>{extra ? `Fill an address other than ${new URL(TONICDM_ORIGIN).host}?` : 'Fill the page that asked?'}</strong>
      </p>
      <p>
        The client secret, its expiry, the client ID and the tenant ID will be typed into{' '}
        <code data-testid="fill-confirm-origin">{request.target.origin}</code>
        {request.target.path === '/' ? '' : request.target.path}.
      </p>
      <p className="fix">
        {extra
          ? 'This address was added in Options. Fill it only if TonicDM itself gave it to you.'
          : 'The page\'s "Fill from Entra" button was clicked, but the assistant could not make sure the button was visible and uncovered at that moment.'}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          className="link"
          data-testid="fill-confirm-yes"
          disabled={!armed}
          onClick={() => void sendToBackground({ type: 'panel/confirm-fill', requestId: request.id })}
        >
          Fill {request.target.origin}
        </button>
        <button type="button" className="link" data-testid="fill-confirm-no" onClick={() => void sendToBackground({ type: 'panel/cancel-fill', requestId: request.id })}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** One click: the background finds the TonicDM tab (or opens it) and fills Security Set Up. */
export function FillTonicdm() {
  const [busy, setBusy] = useState(false);
  const status = useStoredValue(fillStatusItem);
  const pending = useStoredValue(pendingFillItem);
  const current = pending && Date.now() - pending.at < PENDING_FILL_TTL_MS ? pending : undefined;
  const latest = status && Date.now() - status.at < STATUS_SHOWN_MS ? status.result : undefined;
  // A request nobody answered in time: its card is gone, so say so rather than "waiting".
  const waiting = latest && !latest.ok && latest.reason === 'confirm';
  const result: FillResult | undefined = waiting ? (current ? undefined : { ok: false, reason: 'expired' }) : latest;
  return (
    <section className="card fill">
      <button
        type="button"
        className="primary"
        data-testid="fill-tonicdm"
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
        {busy ? 'Filling…' : 'Fill TonicDM Security Set Up'}
      </button>
      {current ? <ConfirmFill request={current} /> : null}
      {result ? (
        <p
          className={result.ok ? 'ok-text' : 'warning-text'}
          data-testid="fill-result"
          data-ok={String(result.ok)}
          data-reason={result.ok ? 'filled' : result.reason}
          role="status"
        >
          {describe(result)}
        </p>
      ) : null}
    </section>
  );
}
