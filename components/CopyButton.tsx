import { useState } from 'react';

/** Copies from the extension page itself; nothing passes through a web page. */
export function CopyButton({ value, label, testId }: { value: string | undefined; label: string; testId?: string }) {
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
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
