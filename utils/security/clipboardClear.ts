/**
 * Clears the clipboard if it still holds what was copied (compared by fingerprint), as password
 * managers do. Runs in a document that may use the clipboard without focus: Chrome's offscreen
 * document (reason CLIPBOARD), or Firefox's background page. Reading needs the clipboardRead
 * permission and writing clipboardWrite; the panel itself cannot do it, it is closed or
 * unfocused by then.
 */
import { sha256Hex } from './fingerprint';

/** The one request the offscreen document answers. */
export const OFFSCREEN_CLEAR_CLIPBOARD = 'offscreen/clear-clipboard';

/** What the clipboard holds, or undefined when it cannot be read. */
function readClipboard(doc: Document): string | undefined {
  const area = doc.createElement('textarea');
  doc.body.append(area);
  area.focus();
  const ok = doc.execCommand('paste');
  const text = area.value;
  area.remove();
  return ok ? text : undefined;
}

function emptyClipboard(doc: Document): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy, { once: true });
  const ok = doc.execCommand('copy');
  doc.removeEventListener('copy', onCopy);
  return ok;
}

export type ClipboardClearResult = 'cleared' | 'changed' | 'unreadable';

export async function clearClipboardIfUnchanged(doc: Document, fingerprint: string): Promise<ClipboardClearResult> {
  const current = readClipboard(doc);
  if (current === undefined) return 'unreadable';
  if (current === '' || (await sha256Hex(current)) !== fingerprint) return 'changed';
  return emptyClipboard(doc) ? 'cleared' : 'unreadable';
}
