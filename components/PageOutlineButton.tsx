import { useState } from 'react';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import type { OutlineResult } from '@/utils/background/pageOutline';

/**
 * Copies a redacted outline of the portal page for a support ticket. If the clipboard refuses,
 * the text is shown to copy by hand.
 */
export function PageOutlineButton() {
  const [status, setStatus] = useState<{ message: string; text?: string } | undefined>();
  async function copy() {
    setStatus({ message: 'Reading the page…' });
    const result = await sendToBackground<OutlineResult | undefined>({ type: 'panel/page-outline' });
    if (!result?.ok) return setStatus({ message: result?.reason ?? 'The page could not be read.' });
    try {
      await navigator.clipboard.writeText(result.text);
      setStatus({ message: `Outline copied (${result.frames} frames). IDs, secrets, e-mail addresses and your tenant's name are replaced.` });
    } catch {
      setStatus({ message: 'Copy it from here:', text: result.text });
    }
  }
  return (
    <>
      <button type="button" className="link" data-testid="copy-outline" title="For a support ticket: the page's structure, without IDs, secrets or names" onClick={() => void copy()}>
        Copy page outline
      </button>
      {status ? (
        <p className="muted outline-status" data-testid="outline-status" role="status">
          {status.message}
          {status.text ? <textarea readOnly rows={6} value={status.text} data-testid="outline-text" /> : null}
        </p>
      ) : null}
    </>
  );
}
