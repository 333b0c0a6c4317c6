import { archivedSetups, liveSetups, type AppRecord } from '@/utils/setup/setupState';
import { expiryInUse } from '@/utils/renewal/renewalRecord';
import { daysLeft, RENEW_DAYS_BEFORE } from '@/utils/renewal/renewalWindow';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { APP_NAME } from '@/utils/steps';
import { usePanelStore } from './panelStore';

/** Every user-visible string of the setups list, in one place for translation. */
export const SETUPS_TEXT = {
  heading: 'Setups',
  intro: 'Each tenant keeps its own values and checklist. The panel works on the one marked current.',
  current: 'current',
  tenant: 'Tenant',
  tenantUnknown: 'tenant not known yet',
  clientId: 'Client ID',
  expires: 'Secret expires',
  noExpiry: 'not known yet',
  due: (days: number) => (days < 0 ? 'expired' : `renew within ${days} days`),
  switchTo: 'Switch to this setup',
  startOver: 'Start over',
  archived: 'Archived',
  archivedWhy: { 'app-deleted': 'app removed from the tenant', admin: 'set aside' } as Record<string, string>,
  archivedIntro: 'Kept for the record only; no reminders.',
  /** The question before "Start over": what the assistant forgets, and what stays in the tenant. */
  startOverQuestion: (app: AppRecord | undefined, others: number) =>
    [
      app
        ? `Start over for "${app.displayName ?? APP_NAME}"${app.tenantId ? ` in tenant ${app.tenantName ?? app.tenantId}` : ''}?`
        : 'Start over?',
      app ? "The assistant forgets this setup's values, checklist and held secret." : 'The assistant forgets the steps ticked so far.',
      app
        ? 'Nothing changes in the tenant: the app registration, its API permissions, admin consent and client secrets stay, and TonicDM keeps working with them. To remove them, delete the app in the Entra admin center.'
        : 'Nothing changes in any tenant.',
      others > 0 ? `The ${others} other setup${others === 1 ? '' : 's'} stay${others === 1 ? 's' : ''} as ${others === 1 ? 'it is' : 'they are'}.` : '',
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
        <dd data-testid="setup-expiry">{expiry ?? SETUPS_TEXT.noExpiry}</dd>
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
          <h3>
            {SETUPS_TEXT.archived} ({archived.length})
          </h3>
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
