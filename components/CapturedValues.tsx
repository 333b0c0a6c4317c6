import { i18n } from '#i18n';
import { useEffect, useState, type ReactNode } from 'react';
import { activeApp, doneSteps, isEnteredByHand, type AppRecord } from '@/utils/setup/setupState';
import { secretHint } from '@/utils/values/classifySecret';
import { daysUntil } from '@/utils/values/parseExpiry';
import { secretDeadline } from '@/utils/background/secretLifetime';
import { secretOfferId } from '@/utils/background/heldSecret';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import type { CapturedSecret } from '@/utils/storage';
import { usePanelStore } from './panelStore';
import { CopyButton } from './CopyButton';
import { ManualEntry } from './ManualEntry';
import { bladeTitleWords } from './bladeTitleWords';
import { MessageBar } from './MessageBar';
import { secretForApp } from './setupProgress';
import { formatDay } from '@/utils/i18n/dates';

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('capturedValues.heading'),
  app: (name: string) => i18n.t('capturedValues.app', [name]),
  labels: {
    clientId: i18n.t('capturedValues.labels.clientId'),
    tenantId: i18n.t('capturedValues.labels.tenantId'),
    secret: i18n.t('capturedValues.labels.secret'),
    expiry: i18n.t('capturedValues.labels.expiry'),
  },
  copySecretLabel: i18n.t('capturedValues.copySecretLabel'),
  notCaptured: i18n.t('capturedValues.notCaptured'),
  maskedOnPage: i18n.t('capturedValues.maskedOnPage'),
  chooseExpiry: i18n.t('capturedValues.chooseExpiry'),
  reveal: i18n.t('capturedValues.reveal'),
  hide: i18n.t('capturedValues.hide'),
  revealLabel: i18n.t('capturedValues.revealLabel'),
  hideLabel: i18n.t('capturedValues.hideLabel'),
  forget: i18n.t('capturedValues.forget'),
  forgetLabel: i18n.t('capturedValues.forgetLabel'),
  expiryChoiceTitle: i18n.t('capturedValues.expiryChoiceTitle'),
  expiryChoiceGroup: i18n.t('capturedValues.expiryChoiceGroup'),
  expiryChoice: (text: string) => i18n.t('capturedValues.expiryChoice', [text]),
  expiryChoiceFix: i18n.t('capturedValues.expiryChoiceFix'),
  expiryCandidate: (date: string, months: number) => i18n.t('capturedValues.expiryCandidate', months, [date, String(months)]),
  useIt: i18n.t('capturedValues.useIt'),
  keepCurrent: i18n.t('capturedValues.keepCurrent'),
  secretOffer: (held: boolean, blade: string, app: string | undefined, hint: string, length: number) =>
    app === undefined
      ? i18n.t(held ? 'capturedValues.secretOffer.different' : 'capturedValues.secretOffer.value', [blade, hint, String(length)])
      : i18n.t(held ? 'capturedValues.secretOffer.differentOfApp' : 'capturedValues.secretOffer.valueOfApp', [blade, app, hint, String(length)]),
  unusualFormat: i18n.t('capturedValues.unusualFormat'),
  otherApp: i18n.t('capturedValues.otherApp'),
  tenantOffer: (blade: string, app: string, value: string, held: string | undefined) => i18n.t('capturedValues.tenantOffer', [blade, app, value, String(held)]),
  anApp: i18n.t('capturedValues.anApp'),
  clipboardNote: i18n.t('capturedValues.clipboardNote'),
  forgetPromptTitle: i18n.t('capturedValues.forgetPromptTitle'),
  forgetPrompt: i18n.t('capturedValues.forgetPrompt'),
  forgetNow: i18n.t('capturedValues.forgetNow'),
  byHand: i18n.t('capturedValues.byHand'),
  kept: (minutes: number) => i18n.t('capturedValues.kept', minutes),
} as const;

function ByHandTag({ testId }: { testId: string }) {
  return (
    <span className="tag" data-testid={`${testId}-by-hand`}>
      {STRINGS.byHand}
    </span>
  );
}

function Row({
  label,
  testId,
  value,
  shown = value,
  placeholder = STRINGS.notCaptured,
  attrs,
  byHand = false,
}: {
  label: string;
  testId: string;
  value?: string;
  /** What the row shows, when it differs from the value copied (a date in the admin's language). */
  shown?: string;
  placeholder?: string;
  attrs?: Record<string, string>;
  byHand?: boolean;
}) {
  return (
    <div className="value-row">
      <dt>
        {label}
        {byHand ? <ByHandTag testId={testId} /> : null}
      </dt>
      <dd>
        <span data-testid={testId} data-source={byHand ? 'user' : undefined} {...attrs}>
          <code className={value ? undefined : 'placeholder'}>{shown ?? placeholder}</code>
        </span>
        {value ? (
          <span className="value-actions">
            <CopyButton value={value} label={label} testId={`copy-${testId}`} />
          </span>
        ) : null}
      </dd>
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

/** The portal showed a date that reads two ways and did not say its locale: the admin picks. */
function ExpiryChoice({ app }: { app: AppRecord }) {
  const choice = app.expiryChoice;
  if (!choice) return null;
  return (
    <MessageBar
      severity="warning"
      title={STRINGS.expiryChoiceTitle}
      message={STRINGS.expiryChoice(choice.text)}
      testId="expiry-choice"
      role="group"
      aria-label={STRINGS.expiryChoiceGroup}
    >
      <p className="fix">{STRINGS.expiryChoiceFix}</p>
      <div className="message-actions">
        {choice.candidates.map((iso) => (
          <button
            key={iso}
            type="button"
            className="button"
            data-testid={`pick-expiry-${iso}`}
            onClick={() => void sendToBackground({ type: 'panel/pick-expiry', appId: app.clientId, iso })}
          >
            {STRINGS.expiryCandidate(formatDay(iso), Math.max(0, Math.round(daysUntil(iso, new Date()) / 30.4)))}
          </button>
        ))}
      </div>
    </MessageBar>
  );
}

function OfferActions({ id }: { id: string }) {
  return (
    <div className="message-actions">
      <button type="button" className="button" data-testid="accept-offer" onClick={() => void sendToBackground({ type: 'panel/accept-offer', id })}>
        {STRINGS.useIt}
      </button>
      <button type="button" className="link" data-testid="decline-offer" onClick={() => void sendToBackground({ type: 'panel/decline-offer', id })}>
        {STRINGS.keepCurrent}
      </button>
    </div>
  );
}

/** "A different … appeared on <blade>: use it?": held values change only by the admin's answer. */
function HeldValueOffers() {
  const setup = usePanelStore((s) => s.setup);
  const secret = usePanelStore((s) => s.secret);
  const secretOffers = usePanelStore((s) => s.secretOffers);
  const appName = (appId: string) => (appId ? (setup.apps[appId]?.displayName ?? appId) : STRINGS.anApp);
  if (secretOffers.length === 0 && !setup.offers?.length) return null;
  return (
    <div className="offers" data-testid="offers">
      {secretOffers.map((offer) => {
        const id = secretOfferId(offer.appId || undefined);
        const other = offer.appId && setup.activeAppId && offer.appId !== setup.activeAppId;
        return (
          <MessageBar
            key={id}
            severity="warning"
            testId={`offer-${id}`}
            role="alert"
            message={STRINGS.secretOffer(!!secret, bladeTitleWords(offer.blade), offer.appId ? appName(offer.appId) : undefined, secretHint(offer.value), offer.value.length)}
          >
            {offer.unusualFormat ? <p className="fix">{STRINGS.unusualFormat}</p> : null}
            {other ? <p className="fix">{STRINGS.otherApp}</p> : null}
            <OfferActions id={id} />
          </MessageBar>
        );
      })}
      {(setup.offers ?? []).map((offer) => (
        <MessageBar
          key={offer.id}
          severity="warning"
          testId={`offer-${offer.id}`}
          role="alert"
          message={STRINGS.tenantOffer(bladeTitleWords(offer.blade), appName(offer.appId), offer.value, setup.apps[offer.appId]?.tenantId)}
        >
          <OfferActions id={offer.id} />
        </MessageBar>
      ))}
    </div>
  );
}

/** The four values TonicDM needs, as captured. The secret is masked unless the admin reveals it. */
export function CapturedValues({ children }: { children?: ReactNode }) {
  const setup = usePanelStore((s) => s.setup);
  const app = activeApp(setup);
  const idleMinutes = usePanelStore((s) => s.options.secretIdleMinutes);
  const secret = useLiveSecret(
    usePanelStore((s) => s.secret),
    idleMinutes,
  );
  const submitted = usePanelStore((s) => doneSteps(s.setup).has('tonicdm-setup'));
  const [revealed, setRevealed] = useState(false);
  const [copiedSecret, setCopiedSecret] = useState(false);
  const held = secretForApp(secret, app, setup);
  const secretState = held ? 'captured' : app?.secretMaskedOnPage ? 'masked-on-page' : 'missing';
  const secretText = held
    ? revealed
      ? held.value
      : `${secretHint(held.value)}${'•'.repeat(12)}`
    : secretState === 'masked-on-page'
      ? STRINGS.maskedOnPage
      : STRINGS.notCaptured;

  return (
    <section className="card" aria-labelledby="values-heading">
      <h2 id="values-heading">{STRINGS.heading}</h2>
      {app?.displayName ? <p className="card-lead small">{STRINGS.app(app.displayName)}</p> : null}
      <HeldValueOffers />
      <dl className="values">
        <Row label={STRINGS.labels.clientId} testId="value-client-id" value={app?.clientId} byHand={isEnteredByHand(app, 'clientId')} />
        <Row label={STRINGS.labels.tenantId} testId="value-tenant-id" value={app?.tenantId} byHand={isEnteredByHand(app, 'tenantId')} />
        <div className="value-row">
          <dt>
            {STRINGS.labels.secret}
            {held?.source === 'user' ? <ByHandTag testId="value-secret" /> : null}
          </dt>
          <dd>
            <span data-testid="value-secret" data-state={secretState} data-source={held?.source === 'user' ? 'user' : undefined}>
              <code className={held ? undefined : 'placeholder'}>{secretText}</code>
            </span>
            {held ? (
              <span className="value-actions">
                <button
                  type="button"
                  className="icon-button"
                  data-testid="reveal-secret"
                  aria-label={revealed ? STRINGS.hideLabel : STRINGS.revealLabel}
                  onClick={() => setRevealed((r) => !r)}
                >
                  {revealed ? STRINGS.hide : STRINGS.reveal}
                </button>
                <CopyButton value={held.value} label={STRINGS.copySecretLabel} testId="copy-value-secret" secret onCopied={() => setCopiedSecret(true)} />
                <button
                  type="button"
                  className="icon-button"
                  data-testid="forget-secret"
                  aria-label={STRINGS.forgetLabel}
                  onClick={() => void sendToBackground({ type: 'panel/forget-secret' })}
                >
                  {STRINGS.forget}
                </button>
              </span>
            ) : null}
          </dd>
        </div>
        <Row
          label={STRINGS.labels.expiry}
          testId="value-expiry"
          value={app?.expiry?.iso}
          shown={app?.expiry ? formatDay(app.expiry.iso) : undefined}
          placeholder={app?.expiryChoice ? STRINGS.chooseExpiry : undefined}
          attrs={app?.expiry ? { 'data-iso': app.expiry.iso } : {}}
          byHand={isEnteredByHand(app, 'expiry')}
        />
      </dl>
      {app ? <ExpiryChoice app={app} /> : null}
      <ManualEntry />
      {copiedSecret && held ? (
        <p className="note" data-testid="clipboard-note">
          {STRINGS.clipboardNote}
        </p>
      ) : null}
      {held && submitted ? (
        <MessageBar severity="success" title={STRINGS.forgetPromptTitle} testId="forget-prompt" message={STRINGS.forgetPrompt}>
          <div className="message-actions">
            <button type="button" className="button" data-testid="forget-secret-now" onClick={() => void sendToBackground({ type: 'panel/forget-secret' })}>
              {STRINGS.forgetNow}
            </button>
          </div>
        </MessageBar>
      ) : null}
      {held ? <p className="note">{STRINGS.kept(idleMinutes)}</p> : null}
      {children ? <div className="values-footer">{children}</div> : null}
    </section>
  );
}
