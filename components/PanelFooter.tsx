import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { PageOutlineButton } from './PageOutlineButton';

export function PanelFooter() {
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
          if (confirm('Start over? Captured values and progress are cleared.')) void sendToBackground({ type: 'panel/reset' });
        }}
      >
        Start over
      </button>
    </footer>
  );
}
