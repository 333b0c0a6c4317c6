import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';

/** Warnings and wrong turns, each with its fix. */
export function Notices() {
  const notices = usePanelStore((s) => s.setup.notices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.severity}`} data-testid={`notice-${n.id}`} role={n.severity === 'error' ? 'alert' : 'status'}>
          <p>{n.message}</p>
          {n.fix ? <p className="fix">{n.fix}</p> : null}
          <div className="notice-actions">
            {n.switchTo ? (
              <button type="button" data-testid="switch-app" onClick={() => void sendToBackground({ type: 'panel/switch-app', appId: n.switchTo! })}>
                Switch to this app
              </button>
            ) : null}
            <button type="button" className="link" onClick={() => void sendToBackground({ type: 'panel/dismiss-notice', id: n.id })}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
