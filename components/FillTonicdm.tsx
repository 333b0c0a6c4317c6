import { useState } from 'react';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import type { FillResult } from '@/utils/background/tonicdmFill';
import { SECURITY_FIELD_LABELS } from '@/utils/tonicdm/securityFields';

function describe(result: FillResult): string {
  if (result.ok) return 'Filled. Check the values, then press Go on TonicDM (highlighted).';
  switch (result.reason) {
    case 'values-missing':
      return `Not yet: ${result.missing.map((f) => SECURITY_FIELD_LABELS[f]).join(', ')} missing.`;
    case 'no-tab':
      return 'Could not open TonicDM Organization Settings.';
    case 'wrong-origin':
    case 'navigated':
      return 'The TonicDM tab is not on app.tonicdm.com any more; nothing was filled.';
    case 'no-answer':
      return 'TonicDM did not answer. Reload its Organization Settings page and try again.';
    case 'fields-missing':
      return `No field found for ${result.fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ')}; nothing was filled. Copy the values one by one instead.`;
    case 'fields-ambiguous':
      return `More than one field matches ${result.fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ')}; nothing was filled. Copy the values one by one instead.`;
    case 'readback':
      return `TonicDM did not keep ${result.fields.map((f) => SECURITY_FIELD_LABELS[f]).join(', ')}. Copy the values one by one instead.`;
  }
}

/** One click: the background finds the TonicDM tab (or opens it) and fills Security Set Up. */
export function FillTonicdm() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FillResult>();
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
            setResult(await sendToBackground<FillResult>({ type: 'panel/fill-tonicdm' }));
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Filling…' : 'Fill TonicDM Security Set Up'}
      </button>
      {result ? (
        <p className={result.ok ? 'ok-text' : 'warning-text'} data-testid="fill-result" data-ok={String(result.ok)} role="status">
          {describe(result)}
        </p>
      ) : null}
    </section>
  );
}
