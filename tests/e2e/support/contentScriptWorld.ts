/**
 * Runs code in our content script's own world of a page or frame, through the DevTools protocol:
 * what a compromised renderer (or a bug in our own script) could do with the content script's
 * privileges. The attack tests use it to prove that what the background and storage accept does
 * not depend on content scripts behaving.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';

const EXTENSION_NAME = 'TonicDM Entra Setup Assistant';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

export async function contentScriptWorld(context: BrowserContext, target: Page | Frame) {
  // Cross-site frames run in their own process: they have their own DevTools target.
  const cdp = await context.newCDPSession(target);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const frameId = frameTree.frame.id;
  const deadline = Date.now() + 10_000;
  let world: ExecutionContext | undefined;
  while (!world && Date.now() < deadline) {
    world = contexts.filter((c) => c.name === EXTENSION_NAME && c.auxData?.frameId === frameId).pop();
    if (!world) await new Promise((r) => setTimeout(r, 100));
  }
  if (!world) throw new Error('Our content script does not run in this frame');
  const contextId = world.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = (await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true })) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value;
    },
    detach: () => cdp.detach(),
  };
}
