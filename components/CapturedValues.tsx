import { useState } from 'react';
import { activeApp, doneSteps } from '@/utils/setup/setupState';
import { secretHint } from '@/utils/values/classifySecret';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';
import { CopyButton } from './CopyButton';

function Row({ label, testId, value, extra, attrs }: { label: string; testId: string; value?: string; extra?: React.ReactNode; attrs?: Record<string, string> }) {
  return (
    <div className="value-row">
      <dt>{label}</dt>
      <dd data-testid={testId} {...attrs}>
        <code>{value ?? 'not captured yet'}</code>
      </dd>
      <div className="value-actions">
        {extra}
        <CopyButton value={value} label={label} testId={`copy-${testId}`} />
      </div>
    </div>
  );
}

/** The four values TonicDM needs, as captured. The secret is masked unless the admin reveals it. */
export function CapturedValues() {
  const app = usePanelStore((s) => activeApp(s.setup));
  const secret = usePanelStore((s) => s.secret);
  const submitted = usePanelStore((s) => doneSteps(s.setup).has('tonicdm-setup'));
  const [revealed, setRevealed] = useState(false);
  const secretForApp = secret && (!secret.appId || !app || secret.appId === app.clientId) ? secret : null;
  const secretState = secretForApp ? 'captured' : app?.secretMaskedOnPage ? 'masked-on-page' : 'missing';
  const secretText = secretForApp
    ? revealed
      ? secretForApp.value
      : `${secretHint(secretForApp.value)}${'•'.repeat(12)}`
    : secretState === 'masked-on-page'
      ? 'no longer visible — create a new secret'
      : 'not captured yet';

  return (
    <section className="card">
      <h2>Values for TonicDM</h2>
      {app?.displayName ? <p className="muted">App: {app.displayName}</p> : null}
      <dl className="values">
        <Row label="Application (client) ID" testId="value-client-id" value={app?.clientId} />
        <Row label="Directory (tenant) ID" testId="value-tenant-id" value={app?.tenantId} />
        <div className="value-row">
          <dt>App secret (Value)</dt>
          <dd data-testid="value-secret" data-state={secretState}>
            <code>{secretText}</code>
          </dd>
          <div className="value-actions">
            {secretForApp ? (
              <>
                <button type="button" className="icon-button" data-testid="reveal-secret" onClick={() => setRevealed((r) => !r)}>
                  {revealed ? 'Hide' : 'Reveal'}
                </button>
                <CopyButton value={secretForApp.value} label="secret" testId="copy-value-secret" />
                <button type="button" className="icon-button" data-testid="forget-secret" onClick={() => void sendToBackground({ type: 'panel/forget-secret' })}>
                  Forget
                </button>
              </>
            ) : null}
          </div>
        </div>
        <Row
          label="Expiry date"
          testId="value-expiry"
          value={app?.expiry?.iso}
          attrs={app?.expiry ? { 'data-iso': app.expiry.iso } : {}}
        />
      </dl>
      {secretForApp && submitted ? (
        <div className="notice notice-info" data-testid="forget-prompt">
          <p>TonicDM has the secret now. The assistant no longer needs it.</p>
          <button type="button" data-testid="forget-secret-now" onClick={() => void sendToBackground({ type: 'panel/forget-secret' })}>
            Forget the secret now
          </button>
        </div>
      ) : null}
      {secretForApp ? <p className="muted small">The secret is kept in memory only and forgotten when the browser closes.</p> : null}
    </section>
  );
}
