import { i18n } from '#i18n';
import type { MouseEvent } from 'react';
import type { BladeKind } from '@/utils/portal/bladeKind';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { activeApp } from '@/utils/setup/setupState';
import { stepLink } from '@/utils/setup/stepLink';
import { APP_NAME, type StepId } from '@/utils/steps';
import { usePanelStore } from './panelStore';

/** Every word this component shows. */
const STRINGS = {
  open: i18n.t('openInEntra.open'),
  openStart: i18n.t('openInEntra.openStart'),
  /** The tooltip: where the link goes (the step around the link names it for screen readers). */
  goesTo: {
    'app-list': i18n.t('openInEntra.goesTo.appList'),
    'app-create': i18n.t('openInEntra.goesTo.appCreate'),
    'app-overview': i18n.t('openInEntra.goesTo.appOverview'),
    'app-api-permissions': i18n.t('openInEntra.goesTo.appApiPermissions'),
    'app-credentials': i18n.t('openInEntra.goesTo.appCredentials'),
    'enterprise-list': i18n.t('openInEntra.goesTo.enterpriseList'),
    'enterprise-overview': i18n.t('openInEntra.goesTo.enterpriseOverview'),
    'enterprise-properties': i18n.t('openInEntra.goesTo.enterpriseProperties'),
    'enterprise-users': i18n.t('openInEntra.goesTo.enterpriseUsers'),
  } satisfies Record<BladeKind, string>,
  openList: i18n.t('openInEntra.openList'),
  listHint: (name: string, clientId: string) => i18n.t('openInEntra.listHint', [name, clientId]),
} as const;

/** Plain left clicks open the admin's portal tab; modified clicks keep the browser's own behaviour (new tab, window). */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/**
 * "Open in Entra" for a checklist step: straight to the step's blade for the app being set up.
 * The address is shown as a real link (hover, copy, open in a new tab all work); a plain click
 * asks the background to open it in the portal tab the admin already uses.
 */
export function OpenInEntra({ stepId }: { stepId: StepId }) {
  const setup = usePanelStore((s) => s.setup);
  const link = stepLink(setup, stepId);
  if (!link) return null;
  const app = activeApp(setup);
  const label = link.blade === 'app-create' ? STRINGS.openStart : link.blade === 'enterprise-list' ? STRINGS.openList : STRINGS.open;
  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const result = await sendToBackground<{ ok: boolean } | undefined>({ type: 'panel/open-in-entra', stepId }).catch(() => undefined);
    // The background could not open it (it was restarting, say): the browser opens the address itself.
    if (!result?.ok) window.open(link.url, '_blank', 'noopener');
  };
  return (
    <p className="open-in-entra">
      <a
        href={link.url}
        target="_blank"
        rel="noreferrer"
        data-testid={`open-in-entra-${stepId}`}
        data-blade={link.blade}
        title={STRINGS.goesTo[link.blade]}
        onClick={(event) => void onClick(event)}
      >
        {label}
      </a>
      {link.blade === 'enterprise-list' && app ? <span className="muted small"> {STRINGS.listHint(app.displayName ?? APP_NAME, app.clientId)}</span> : null}
    </p>
  );
}
