import { useEffect, useRef, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { formatDay } from '@/utils/i18n/dates';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { daysLeft, dueState, isRenewalDue } from '@/utils/renewal/renewalWindow';
import { readPanelRoute, type PanelRoute } from '@/utils/renewal/renewalRoute';
import { activeApp } from '@/utils/setup/setupState';
import { expiryInUse } from '@/utils/renewal/renewalRecord';
import { usePanelStore } from './panelStore';
import { Icon } from './Icons';
import { MessageBar } from './MessageBar';

/** Every user-visible string of the notice, in one place for translation. */
export const RENEWAL_TEXT = {
  heading: (days: number): string => {
    const state = dueState(days);
    switch (state.kind) {
      case 'expired':
        return i18n.t('renewalDue.expired');
      case 'today':
        return i18n.t('renewalDue.today');
      case 'tomorrow':
        return i18n.t('renewalDue.tomorrow');
      case 'soon':
        return i18n.t('renewalDue.soon', state.days);
    }
  },
  when: (days: number, iso: string, app: string) =>
    days < 0 ? i18n.t('renewalDue.expiredOn', [app, formatDay(iso)]) : i18n.t('renewalDue.expiresOn', [app, formatDay(iso)]),
  thisApp: i18n.t('renewalDue.thisApp'),
  stopped: i18n.t('renewalDue.stopped'),
  howTo: i18n.t('renewalDue.howTo'),
  fromGraph: i18n.t('renewalDue.fromGraph'),
  otherApp: (name: string) => i18n.t('renewalDue.otherApp', [name]),
  switchTo: i18n.t('renewalDue.switchTo'),
};

const ALERT_FROM_DAYS = 7;

/** The clock, re-read at each local midnight while the panel stays open: the day count must not go stale. */
function useToday(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const current = new Date(now);
    const midnight = new Date(current.getFullYear(), current.getMonth(), current.getDate() + 1).getTime();
    const timer = setTimeout(() => setNow(Date.now()), Math.max(1_000, midnight - Date.now() + 1_000));
    return () => clearTimeout(timer);
  }, [now]);
  return now;
}

/**
 * "Renew TonicDM's secret": shown whenever the active setup's secret expires within 30 days or has
 * expired, whether the expiry was captured on the portal or read through Microsoft Graph. A
 * reminder opens the panel at `?flow=renewal` (utils/renewal/renewalRoute.ts), which brings this
 * notice into view. `children` is where the renewal checklist's entry point goes.
 */
export function RenewalDue({ route = readPanelRoute(location.search), children }: { route?: PanelRoute; children?: ReactNode }) {
  const app = usePanelStore((s) => activeApp(s.setup));
  const apps = usePanelStore((s) => s.setup.apps);
  const now = useToday();
  const ref = useRef<HTMLElement>(null);
  // Until Go is pressed with a renewal's new secret, TonicDM still works with the old one.
  const expiry = app ? expiryInUse(app) : undefined;
  const due = isRenewalDue(expiry, now);
  const requested = route.flow === 'renewal';

  useEffect(() => {
    if (!requested || !due) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  }, [requested, due]);

  const other = requested && route.appId && route.appId !== app?.clientId ? apps[route.appId] : undefined;
  if (!app || !expiry || !due) {
    return other ? <OtherApp appId={other.clientId} name={other.displayName ?? other.clientId} /> : null;
  }
  const days = daysLeft(expiry, now)!;
  const urgent = days <= ALERT_FROM_DAYS;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={`message renewal ${urgent ? 'message-error' : 'message-warning'}`}
      data-testid="renewal-due"
      data-days-left={days}
      data-state={dueState(days).kind}
      data-requested={requested ? 'true' : undefined}
      role={days < 0 ? 'alert' : 'status'}
      aria-labelledby="renewal-due-heading"
    >
      <Icon name={urgent ? 'error' : 'warning'} className="message-icon" />
      <div className="message-content">
        {/* The heading says the severity in words ("has expired", "expires in 5 days"); the icon repeats it. */}
        <h2 id="renewal-due-heading">{RENEWAL_TEXT.heading(days)}</h2>
        <p>{RENEWAL_TEXT.when(days, expiry, app.displayName ?? RENEWAL_TEXT.thisApp)}</p>
        {days < 0 ? <p>{RENEWAL_TEXT.stopped}</p> : null}
        <p className="fix">{RENEWAL_TEXT.howTo}</p>
        {app.credential?.keyId && app.graph ? <p className="fix">{RENEWAL_TEXT.fromGraph}</p> : null}
        {other ? <OtherApp appId={other.clientId} name={other.displayName ?? other.clientId} /> : null}
        {children}
      </div>
    </section>
  );
}

function OtherApp({ appId, name }: { appId: string; name: string }) {
  return (
    <MessageBar severity="info" testId="renewal-other-app" message={RENEWAL_TEXT.otherApp(name)}>
      <div className="message-actions">
        <button type="button" className="button" onClick={() => void sendToBackground({ type: 'panel/switch-app', appId })}>
          {RENEWAL_TEXT.switchTo}
        </button>
      </div>
    </MessageBar>
  );
}
