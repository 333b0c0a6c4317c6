import { useState } from 'react';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { sha256Hex } from '@/utils/security/fingerprint';

/**
 * Copies from the extension page itself; nothing passes through a web page. A `secret` copy
 * asks the background to clear the clipboard 60 s later if it still holds it (only a
 * fingerprint of the value travels).
 */
export function CopyButton({ value, label, testId, secret = false, onCopied }: { value: string | undefined; label: string; testId?: string; secret?: boolean; onCopied?: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="icon-button"
      data-testid={testId}
      disabled={!value}
      aria-label={`Copy ${label}`}
      onClick={async () => {
        if (!value) return;
        await navigator.clipboard.writeText(value);
        if (secret) await sendToBackground({ type: 'panel/secret-copied', fingerprint: await sha256Hex(value) });
        setCopied(true);
        onCopied?.();
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
