import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignorePageScriptStartedEvents, scriptStartedEventName } from '../../../utils/security/shieldContentScript';

/** What a page can do: it shares the DOM and knows our public extension id. */
function pageDispatches(ctx: ContentScriptContext, name = 'portal') {
  document.dispatchEvent(new CustomEvent(scriptStartedEventName(ctx)!, { detail: { contentScriptName: name, messageId: 'from-the-page' } }));
}

describe('content scripts a page cannot stop', () => {
  // Order matters: the shield stays on `window` for the rest of the file.
  it('without the shield, the page invalidates WXT\'s context (the attack)', () => {
    const ctx = new ContentScriptContext('portal');
    expect(ctx.isValid).toBe(true);
    pageDispatches(ctx);
    expect(ctx.isValid).toBe(false);
  });

  it('with the shield, the same event leaves the context valid', () => {
    const ctx = new ContentScriptContext('portal');
    expect(ignorePageScriptStartedEvents(ctx)).toBe(true);
    pageDispatches(ctx);
    // A bubbling event dispatched at an element passes window first, too.
    document.body.dispatchEvent(new CustomEvent(scriptStartedEventName(ctx)!, { bubbles: true, detail: { contentScriptName: 'portal', messageId: 'x' } }));
    expect(ctx.isValid).toBe(true);
  });

  it('reads the event name from WXT itself, so a renamed event is noticed here', () => {
    const ctx = new ContentScriptContext('portal');
    expect(scriptStartedEventName(ctx)).toMatch(/:wxt:content-script-started$/);
  });
});
