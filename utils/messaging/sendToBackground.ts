import { browser } from 'wxt/browser';
import type { PanelMessage } from './protocol';

/** Extension pages talk to the background only through this, so every request is a declared type. */
export function sendToBackground<T = unknown>(message: PanelMessage): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}
