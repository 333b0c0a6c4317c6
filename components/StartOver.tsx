import { i18n } from '#i18n';
import { useRef } from 'react';
import { activeApp, liveSetups } from '@/utils/setup/setupState';
import { isGuid } from '@/utils/values/guid';
import { APP_NAME } from '@/utils/steps';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';
import { useGraphStore } from './graph/graphStore';
import { Icon } from './Icons';

/** Every word this component shows. */
const STRINGS = {
  button: i18n.t('startOver.button'),
  title: i18n.t('startOver.title'),
  forgets: i18n.t('startOver.forgets'),
  stays: (name: string) => i18n.t('startOver.stays', [name]),
  remove: i18n.t('startOver.remove'),
  others: (count: number) => i18n.t('startOver.others', count),
  openApp: i18n.t('startOver.openApp'),
  confirm: i18n.t('startOver.confirm'),
  cancel: i18n.t('startOver.cancel'),
} as const;

/** The app's Overview in the Entra admin center, in its own tenant when that is known. */
export function appOverviewUrl(clientId: string, tenantId?: string): string {
  const tenant = tenantId && isGuid(tenantId) ? `${tenantId.toLowerCase()}/` : '';
  return `https://entra.microsoft.com/${tenant}#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${clientId.toLowerCase()}/isMSAApp~/false`;
}

/**
 * "Start over" asks first, in a modal dialog that says what is cleared (the assistant's memory)
 * and what stays (everything in the tenant), and links the app's page when the app is known:
 * from the setup, or from Microsoft Graph when the admin is signed in.
 */
export function StartOver() {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const app = usePanelStore((s) => activeApp(s.setup));
  // Start over here forgets the current setup only; every other one stays.
  const others = usePanelStore((s) => liveSetups(s.setup).length) - (app ? 1 : 0);
  const graphApp = useGraphStore((s) => (s.account ? s.verification?.app : undefined));
  const graphTenant = useGraphStore((s) => s.account?.tenantId);
  const clientId = [app?.clientId, graphApp?.appId].find((id): id is string => !!id && isGuid(id));
  const name = app?.displayName ?? graphApp?.displayName ?? APP_NAME;
  return (
    <>
      <button
        type="button"
        className="link danger"
        data-testid="reset-setup"
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
          // The safe answer has focus, so Enter never clears the setup by accident.
          cancel.current?.focus();
        }}
      >
        {STRINGS.button}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="start-over-title" aria-describedby="start-over-text" data-testid="start-over-dialog">
        <h2 id="start-over-title">{STRINGS.title}</h2>
        <div id="start-over-text">
          <p>{STRINGS.forgets}</p>
          <p>{STRINGS.stays(name)}</p>
          <p>{STRINGS.remove}</p>
          {others > 0 ? <p>{STRINGS.others(others)}</p> : null}
        </div>
        {clientId ? (
          <p>
            <a href={appOverviewUrl(clientId, app?.tenantId ?? graphTenant)} target="_blank" rel="noreferrer" data-testid="start-over-open-app">
              {STRINGS.openApp} <Icon name="open" />
            </a>
          </p>
        ) : null}
        <form method="dialog" className="dialog-actions">
          <button
            type="submit"
            className="danger-button"
            data-testid="start-over-confirm"
            onClick={() => void sendToBackground({ type: 'panel/reset' })}
          >
            {STRINGS.confirm}
          </button>
          <button type="submit" className="button" data-testid="start-over-cancel" ref={cancel}>
            {STRINGS.cancel}
          </button>
        </form>
      </dialog>
    </>
  );
}
