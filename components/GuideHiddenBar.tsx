import { i18n } from '#i18n';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';
import { MessageBar } from './MessageBar';

/** Every word this component shows. */
const STRINGS = {
  hidden: i18n.t('guideHiddenBar.hidden'),
  show: i18n.t('guideHiddenBar.show'),
} as const;

/** Once the page guide is dismissed, the way back sits at the top of the panel. */
export function GuideHiddenBar() {
  const hidden = usePanelStore((s) => s.guideHidden);
  if (!hidden) return null;
  return (
    <MessageBar severity="info" className="guide-hidden" testId="guide-hidden" message={STRINGS.hidden}>
      <div className="message-actions">
        <button type="button" className="button" data-testid="show-guide" onClick={() => void sendToBackground({ type: 'panel/show-guide' })}>
          {STRINGS.show}
        </button>
      </div>
    </MessageBar>
  );
}
