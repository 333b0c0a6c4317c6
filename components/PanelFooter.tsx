import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { PageOutlineButton } from './PageOutlineButton';
import { activeApp, liveSetups } from '@/utils/setup/setupState';
import { usePanelStore } from './panelStore';
import { SETUPS_TEXT } from './SetupsList';

export function PanelFooter() {
  const setup = usePanelStore((s) => s.setup);
  const app = activeApp(setup);
  return (
    <footer className="panel-footer">
      <PageOutlineButton />
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        Options
      </button>
      <button
        type="button"
        className="link danger"
        data-testid="reset-setup"
        onClick={() => {
          // One setup only: the current one. Every other setup stays.
          if (confirm(SETUPS_TEXT.startOverQuestion(app, liveSetups(setup).length - (app ? 1 : 0)))) void sendToBackground({ type: 'panel/reset' });
        }}
      >
        Start over
      </button>
    </footer>
  );
}
