import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';

/** Once the page guide is dismissed, the way back sits at the top of the panel. */
export function GuideHiddenBar() {
  const hidden = usePanelStore((s) => s.guideHidden);
  if (!hidden) return null;
  return (
    <section className="guide-hidden" data-testid="guide-hidden">
      <p>The page guide is hidden.</p>
      <button type="button" data-testid="show-guide" onClick={() => void sendToBackground({ type: 'panel/show-guide' })}>
        Show page guide
      </button>
    </section>
  );
}
