import { daysUntil } from '@/utils/values/parseExpiry';
import { useEffect, useState } from 'react';
import { activeApp, doneSteps, isEnteredByHand, type AppRecord } from '@/utils/setup/setupState';
import { secretHint } from '@/utils/values/classifySecret';
import { secretDeadline } from '@/utils/background/secretLifetime';
import { secretOfferId } from '@/utils/background/heldSecret';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import type { CapturedSecret } from '@/utils/storage';
import { usePanelStore } from './panelStore';
import { secretBelongsTo } from '@/utils/setup/secretOwner';
import { CopyButton } from './CopyButton';
import { ManualEntry } from './ManualEntry';

/** Every word of the "entered by hand" marks. */
const BY_HAND = 'entered by hand';

function ByHandTag({ testId }: { testId: string }) {
  return (
    <span className="tag" data-testid={`${testId}-by-hand`}>
      {BY_HAND}
    </span>
  );
}

function Row({ label, testId, value, placeholder = 'not captured yet', extra, attrs, byHand = false }: { label: string; testId: string; value?: string; placeholder?: string; extra?: React.ReactNode; attrs?: Record<string, string>; byHand?: boolean }) {
  return (
    <div className="value-row">
      <dt>
        {label}
        {byHand ? <ByHandTag testId={testId} /> : null}
      </dt>
      <dd data-testid={testId} data-source={byHand ? 'user' : undefined} {...attrs}>
        <code>{value ?? placeholder}</code>
      </dd>
      <div className="value-actions">
        {extra}
        <CopyButton value={value} label={label} testId={`copy-${testId}`} />
      </div>
    </div>
  );
}

/**
 * The held secret while it is alive. The background forgets it at its deadline; the panel
 * checks the same deadline itself, because an alarm can run late and this page may be showing
 * it right then.
 */
function useLiveSecret(secret: CapturedSecret | null, idleMinutes: number): CapturedSecret | null {
  const [now, setNow] = useState(() => Date.now());
  const deadline = secret ? secretDeadline(secret, idleMinutes) : undefined;
  useEffect(() => {
    if (deadline === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, Math.min(deadline - Date.now(), 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [deadline]);
  return secret && deadline !== undefined && Math.max(now, Date.now()) < deadline ? secret : null;
}

const longDate = (iso: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The portal showed a date that reads two ways and did not say its locale: the admin picks. */
function ExpiryChoice({ app }: { app: AppRecord }) {
  const choice = app.expiryChoice;
  if (!choice) return null;
  return (
    <div className="notice" data-testid="expiry-choice" role="group" aria-label="Which expiry date?">
      <p>
        The portal showed the expiry as <strong>{choice.text}</strong>, which reads two ways. Which date is it?
      </p>
      <p className="fix">Nothing is filled into TonicDM until you choose. The Expires column on Certificates &amp; secrets shows the date.</p>
      <div className="notice-actions">
        {choice.candidates.map((iso) => (
          <button key={iso} type="button" data-testid={`pick-expiry-${iso}`} onClick={() => void sendToBackground({ type: 'panel/pick-expiry', appId: app.clientId, iso })}>
            {longDate(iso)} (in about {Math.max(0, Math.round(daysUntil(iso, new Date()) / 30.4))} months)
          </button>
        ))}
      </div>
    </div>
  );
}

function OfferActions({ id }: { id: string }) {
  return (
    <div className="notice-actions">
      <button type="button" data-testid="accept-offer" onClick={() => void sendToBackground({ type: 'panel/accept-offer', id })}>
        Use it
      </button>
      <button type="button" className="link" data-testid="decline-offer" onClick={() => void sendToBackground({ type: 'panel/decline-offer', id })}>
        Keep the current one
      </button>
    </div>
  );
}

/** "A different … appeared on <blade>: use it?": held values change only by the admin's answer. */
function HeldValueOffers() {
  const setup = usePanelStore((s) => s.setup);
  const secret = usePanelStore((s) => s.secret);
  const secretOffers = usePanelStore((s) => s.secretOffers);
  const appName = (appId: string) => (appId ? (setup.apps[appId]?.displayName ?? appId) : 'an app');
  if (secretOffers.length === 0 && !setup.offers?.length) return null;
  return (
    <div className="offers" data-testid="offers">
      {secretOffers.map((offer) => {
        const id = secretOfferId(offer.appId || undefined);
        const other = offer.appId && setup.activeAppId && offer.appId !== setup.activeAppId;
        return (
          <div key={id} className="notice" data-testid={`offer-${id}`} role="alert">
            <p>
              {secret ? 'A different secret' : 'A value'} appeared on {offer.blade}
              {offer.appId ? ` of ${appName(offer.appId)}` : ''}: <code>{secretHint(offer.value)}•••</code> ({offer.value.length} characters). Use it
              {secret ? ' instead of the one held' : ' as the secret'}?
            </p>
            {offer.unusualFormat ? <p className="fix">It is not in the format of a client secret Value the portal creates today. Use it only if you copied it from the Value column yourself.</p> : null}
            {other ? <p className="fix">It belongs to another app than the one being set up.</p> : null}
            <OfferActions id={id} />
          </div>
        );
      })}
      {(setup.offers ?? []).map((offer) => (
        <div key={offer.id} className="notice" data-testid={`offer-${offer.id}`} role="alert">
          <p>
            A different tenant ID appeared on {offer.blade} of {appName(offer.appId)}: <code>{offer.value}</code>. Use it instead of{' '}
            <code>{setup.apps[offer.appId]?.tenantId}</code>?
          </p>
          <OfferActions id={offer.id} />
        </div>
      ))}
    </div>
  );
}

/** The four values TonicDM needs, as captured. The secret is masked unless the admin reveals it. */
export function CapturedValues() {
  const app = usePanelStore((s) => activeApp(s.setup));
  const idleMinutes = usePanelStore((s) => s.options.secretIdleMinutes);
  const secret = useLiveSecret(
    usePanelStore((s) => s.secret),
    idleMinutes,
  );
  const submitted = usePanelStore((s) => doneSteps(s.setup).has('tonicdm-setup'));
  const [revealed, setRevealed] = useState(false);
  const [copiedSecret, setCopiedSecret] = useState(false);
  const setup = usePanelStore((s) => s.setup);
  // Never another setup's secret (the background fills by the same rule).
  const secretForApp = app ? (secretBelongsTo(secret, app, setup) ? secret : null) : secret;
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
      <HeldValueOffers />
      <dl className="values">
        <Row label="Application (client) ID" testId="value-client-id" value={app?.clientId} byHand={isEnteredByHand(app, 'clientId')} />
        <Row label="Directory (tenant) ID" testId="value-tenant-id" value={app?.tenantId} byHand={isEnteredByHand(app, 'tenantId')} />
        <div className="value-row">
          <dt>
            App secret (Value)
            {secretForApp?.source === 'user' ? <ByHandTag testId="value-secret" /> : null}
          </dt>
          <dd data-testid="value-secret" data-state={secretState} data-source={secretForApp?.source === 'user' ? 'user' : undefined}>
            <code>{secretText}</code>
          </dd>
          <div className="value-actions">
            {secretForApp ? (
              <>
                <button type="button" className="icon-button" data-testid="reveal-secret" onClick={() => setRevealed((r) => !r)}>
                  {revealed ? 'Hide' : 'Reveal'}
                </button>
                <CopyButton value={secretForApp.value} label="secret" testId="copy-value-secret" secret onCopied={() => setCopiedSecret(true)} />
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
          placeholder={app?.expiryChoice ? 'choose below which date the portal meant' : undefined}
          attrs={app?.expiry ? { 'data-iso': app.expiry.iso } : {}}
          byHand={isEnteredByHand(app, 'expiry')}
        />
      </dl>
      {app ? <ExpiryChoice app={app} /> : null}
      <ManualEntry />
      {copiedSecret && secretForApp ? (
        <p className="muted small" data-testid="clipboard-note">
          Copied. The clipboard is cleared in 60 seconds if it still holds the secret.
        </p>
      ) : null}
      {secretForApp && submitted ? (
        <div className="notice notice-info" data-testid="forget-prompt">
          <p>TonicDM has the secret now. The assistant no longer needs it and forgets it by itself 5 minutes after you pressed Go.</p>
          <button type="button" data-testid="forget-secret-now" onClick={() => void sendToBackground({ type: 'panel/forget-secret' })}>
            Forget the secret now
          </button>
        </div>
      ) : null}
      {secretForApp ? <p className="muted small">The secret is kept in memory only, forgotten after {idleMinutes} idle minutes or when the browser closes.</p> : null}
    </section>
  );
}
