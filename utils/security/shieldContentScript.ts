/**
 * Keeps the page from stopping our content scripts. WXT's ContentScriptContext invalidates
 * itself when a DOM event named `<extension id>:<entrypoint>:wxt:content-script-started`
 * reaches `document` from another instance of the same script. The page shares that DOM and
 * can dispatch the same event (the extension id is public), which would silently switch the
 * capture and the guide off. We never inject a script twice into one document (the manifest
 * injects at load, the guide is injected once on request), so no genuine event of this kind
 * is needed: a capturing listener on `window`, which runs before any listener on `document`,
 * stops every such event. WXT's postMessage variant is off (`noScriptStartedPostMessage`).
 *
 * Call first thing in `main(ctx)`: WXT creates the context and calls main in the same task.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's event name for this script (a private static of the context's class, read as data). */
export function scriptStartedEventName(ctx: ContentScriptContext): string | undefined {
  const name = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof name === 'string' ? name : undefined;
}

export function ignorePageScriptStartedEvents(ctx: ContentScriptContext, target: Pick<Window, 'addEventListener'> = window): boolean {
  const name = scriptStartedEventName(ctx);
  if (!name) return false;
  target.addEventListener(name, (event) => event.stopImmediatePropagation(), { capture: true });
  return true;
}
