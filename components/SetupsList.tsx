import { i18n } from '#i18n';
import { formatDay } from '@/utils/i18n/dates';
import { archivedSetups, liveSetups, type AppRecord } from '@/utils/setup/setupState';
import { expiryInUse } from '@/utils/renewal/renewalRecord';
import { daysLeft, RENEW_DAYS_BEFORE } from '@/utils/renewal/renewalWindow';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { APP_NAME } from '@/utils/steps';
import { usePanelStore } from './panelStore';

/** Every user-visible string of the setups list, in one place for translation. */
export const SETUPS_TEXT = {
  heading: i18n.t('setupsList.heading'),
  intro: i18n.t('setupsList.intro'),
  current: i18n.t('setupsList.current'),
  tenant: i18n.t('setupsList.tenant'),
  tenantUnknown: i18n.t('setupsList.tenantUnknown'),
  clientId: i18n.t('setupsList.clientId'),
  expires: i18n.t('setupsList.expires'),
  noExpiry: i18n.t('setupsList.noExpiry'),
  due: (days: number) => (days < 0 ? i18n.t('setupsList.expired') : i18n.t('setupsList.renewWithin', days)),
  switchTo: i18n.t('setupsList.switchTo'),
  startOver: i18n.t('setupsList.startOver'),
  archived: i18n.t('setupsList.archived'),
  archivedCount: (count: number) => i18n.t('setupsList.archivedCount', [String(count)]),
  archivedWhy: { 'app-deleted': i18n.t('setupsList.archivedAppDeleted'), admin: i18n.t('setupsList.archivedByAdmin') } as Record<string, string>,
  archivedIntro: i18n.t('setupsList.archivedIntro'),
  /** The question before "Start over": what the assistant forgets, and what stays in the tenant. */
  startOverQuestion: (app: AppRecord | undefined, others: number) =>
    [
      app
        ? app.tenantId
          ? i18n.t('setupsList.startOverAppInTenant', [app.displayName ?? APP_NAME, app.tenantName ?? app.tenantId])
          : i18n.t('setupsList.startOverApp', [app.displayName ?? APP_NAME])
        : i18n.t('setupsList.startOverAny'),
      app ? i18n.t('setupsList.forgetsSetup') : i18n.t('setupsList.forgetsSteps'),
      app ? i18n.t('setupsList.tenantUnchanged') : i18n.t('setupsList.noTenantChanged'),
      others > 0 ? i18n.t('setupsList.othersStay', others) : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
} as const;

function tenantLabel(app: AppRecord): string {
  if (!app.tenantId) return SETUPS_TEXT.tenantUnknown;
  return app.tenantName ? `${app.tenantName} (${app.tenantId})` : app.tenantId;
}

function SetupItem({ app, active, archived, others }: { app: AppRecord; active: boolean; archived: boolean; others: number }) {
  const expiry = expiryInUse(app);
  const days = daysLeft(expiry, Date.now());
  const due = !archived && days !== undefined && days <= RENEW_DAYS_BEFORE;
  return (
    <li
      className={`setup-item${active ? ' setup-current' : ''}`}
      data-testid="setup-item"
      data-client-id={app.clientId}
      data-tenant-id={app.tenantId ?? ''}
      data-active={active ? 'true' : 'false'}
      {...(archived ? { 'data-archived': 'true' } : {})}
      aria-current={active ? 'true' : undefined}
    >
      <p className="setup-name">
        <strong>{app.displayName ?? APP_NAME}</strong>
        {active ? <span className="tag">{SETUPS_TEXT.current}</span> : null}
        {due ? <span className="tag tag-warning">{SETUPS_TEXT.due(days!)}</span> : null}
        {archived && app.archived ? <span className="tag">{SETUPS_TEXT.archivedWhy[app.archived.reason] ?? SETUPS_TEXT.archived}</span> : null}
      </p>
      <dl className="setup-facts small">
        <dt>{SETUPS_TEXT.tenant}</dt>
        <dd data-testid="setup-tenant">{tenantLabel(app)}</dd>
        <dt>{SETUPS_TEXT.clientId}</dt>
        <dd>
          <code>{app.clientId}</code>
        </dd>
        <dt>{SETUPS_TEXT.expires}</dt>
        <dd data-testid="setup-expiry">{expiry ? formatDay(expiry) : SETUPS_TEXT.noExpiry}</dd>
      </dl>
      {archived ? null : (
        <div className="notice-actions">
          {active ? null : (
            <button type="button" data-testid="setup-switch" onClick={() => void sendToBackground({ type: 'panel/switch-app', appId: app.clientId })}>
              {SETUPS_TEXT.switchTo}
            </button>
          )}
          <button
            type="button"
            className="link danger"
            data-testid="setup-reset"
            onClick={() => {
              if (confirm(SETUPS_TEXT.startOverQuestion(app, others))) void sendToBackground({ type: 'panel/reset', appId: app.clientId });
            }}
          >
            {SETUPS_TEXT.startOver}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The setups the assistant knows, one per app (and so per tenant): tenant, app, client ID and the
 * expiry TonicDM works with, never a secret; shown once there is more than one. Switching makes another the current one; "Start
 * over" forgets one and keeps the others. Archived setups are listed apart, read-only.
 */
export function SetupsList() {
  const setup = usePanelStore((s) => s.setup);
  const live = liveSetups(setup);
  const archived = archivedSetups(setup);
  // One setup has nothing to switch to: its values and its Start over are below, and the current
  // step stays at the top of the panel.
  if (live.length + archived.length < 2) return null;
  return (
    <section className="card setups" data-testid="setups-list" aria-labelledby="setups-heading">
      <h2 id="setups-heading">{SETUPS_TEXT.heading}</h2>
      {live.length > 1 ? <p className="muted small">{SETUPS_TEXT.intro}</p> : null}
      <ul className="setup-items">
        {live.map((app) => (
          <SetupItem key={app.clientId} app={app} active={app.clientId === setup.activeAppId} archived={false} others={live.length - 1} />
        ))}
      </ul>
      {archived.length > 0 ? (
        <div className="setups-archived" data-testid="setups-archived">
          <h3>{SETUPS_TEXT.archivedCount(archived.length)}</h3>
          <p className="muted small">{SETUPS_TEXT.archivedIntro}</p>
          <ul className="setup-items">
            {archived.map((app) => (
              <SetupItem key={app.clientId} app={app} active={false} archived others={0} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
