/**
 * One polite live region for short confirmations ("Copied", "Notice dismissed", a new notice).
 * A region has to be in the page before its text changes for screen readers to speak the
 * change, so it is rendered once at the root and fed through `announce`.
 */
import { create } from 'zustand';

const useAnnouncement = create<{ text: string; serial: number }>(() => ({ text: '', serial: 0 }));

/** Speaks `text` once, even when it repeats the previous announcement. */
export function announce(text: string): void {
  useAnnouncement.setState((s) => ({ text, serial: s.serial + 1 }));
}

export function LiveAnnouncer() {
  const { text, serial } = useAnnouncement();
  // A new key remounts the text node, so identical text is announced again.
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      <span key={serial}>{text}</span>
    </div>
  );
}
