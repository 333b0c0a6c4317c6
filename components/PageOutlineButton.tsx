import { i18n } from '#i18n';
import { useState } from 'react';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import type { OutlineResult } from '@/utils/background/pageOutline';

/** Every word this component shows. */
const STRINGS = {
  button: i18n.t('pageOutlineButton.button'),
  hint: i18n.t('pageOutlineButton.hint'),
  reading: i18n.t('pageOutlineButton.reading'),
  unreadable: i18n.t('pageOutlineButton.unreadable'),
  copied: (frames: number) => i18n.t('pageOutlineButton.copied', frames),
  copyByHand: i18n.t('pageOutlineButton.copyByHand'),
  textLabel: i18n.t('pageOutlineButton.textLabel'),
} as const;

/**
 * Copies a redacted outline of the portal page for a support ticket. If the clipboard refuses,
 * the text is shown to copy by hand.
 */
export function PageOutlineButton() {
  const [status, setStatus] = useState<{ message: string; text?: string } | undefined>();
  async function copy() {
    setStatus({ message: STRINGS.reading });
    const result = await sendToBackground<OutlineResult | undefined>({ type: 'panel/page-outline' });
    if (!result?.ok) return setStatus({ message: result?.reason ?? STRINGS.unreadable });
    try {
      await navigator.clipboard.writeText(result.text);
      setStatus({ message: STRINGS.copied(result.frames) });
    } catch {
      setStatus({ message: STRINGS.copyByHand, text: result.text });
    }
  }
  return (
    <>
      <button type="button" className="link" data-testid="copy-outline" title={STRINGS.hint} onClick={() => void copy()}>
        {STRINGS.button}
      </button>
      <div className="muted outline-status" role="status">
        {status ? (
          <p data-testid="outline-status">
            {status.message}
            {status.text ? <textarea readOnly rows={6} value={status.text} aria-label={STRINGS.textLabel} data-testid="outline-text" /> : null}
          </p>
        ) : null}
      </div>
    </>
  );
}
