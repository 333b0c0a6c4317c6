import { i18n } from '#i18n';
import { useState } from 'react';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { sha256Hex } from '@/utils/security/fingerprint';
import { announce } from './LiveAnnouncer';

/** Every word this component shows. */
const STRINGS = {
  copy: i18n.t('copyButton.copy'),
  copied: i18n.t('copyButton.copied'),
  announced: (what: string) => i18n.t('copyButton.announced', [what]),
} as const;

/**
 * Copies from the extension page itself; nothing passes through a web page. A `secret` copy
 * asks the background to clear the clipboard 60 s later if it still holds it (only a
 * fingerprint of the value travels). "Copied" is also spoken.
 */
export function CopyButton({ value, label, testId, secret = false, onCopied }: { value: string | undefined; label: string; testId?: string; secret?: boolean; onCopied?: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="icon-button"
      data-testid={testId}
      disabled={!value}
      onClick={async () => {
        if (!value) return;
        await navigator.clipboard.writeText(value);
        if (secret) await sendToBackground({ type: 'panel/secret-copied', fingerprint: await sha256Hex(value) });
        setCopied(true);
        announce(STRINGS.announced(label));
        onCopied?.();
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? STRINGS.copied : STRINGS.copy}
      {/* The visible word starts the name, as speech input expects; what is copied follows. */}
      <span className="visually-hidden"> {label}</span>
    </button>
  );
}
