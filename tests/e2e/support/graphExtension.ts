/**
 * The extension fixture for Microsoft Graph tests: the same Chromium launch as extension.ts, a fake
 * tenant behind Graph and the sign-in authority (context routes), and the one request routes cannot
 * see: `identity.launchWebAuthFlow` loads the authorize URL in a browser-owned window Playwright does
 * not attach to. A browser-level CDP session pauses that request (Fetch domain) and answers it.
 *
 * `context.browser()` is null for a persistent context, so the browser-level session comes from a
 * second connection: Chromium also listens on a DevTools port (`--remote-debugging-port=0`, the
 * chosen port is written to <profile>/DevToolsActivePort) and `connectOverCDP` attaches to it.
 */
import { test as base, chromium, type Browser, type BrowserContext, type CDPSession, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFakeTenant } from '../../fake-tenant/createFakeTenant';
import { routeFakeTenant } from '../../fake-tenant/playwrightRoutes';
import type { FakeTenant } from '../../fake-tenant/types';
import { launchWithExtension } from './extension';

/** How the fake authority's sign-in window behaves. */
export type SignInBehaviour =
  /** Signs in at once: the authorize request is answered with the 302 the fake tenant computes. */
  | 'redirect'
  /** Shows a sign-in page and waits: the window becomes a Playwright page the test can close (cancel). */
  | 'sign-in-page';

export interface SignInWindow {
  behaviour: SignInBehaviour;
  /** Every authorize URL launchWebAuthFlow loaded, in order. */
  readonly requests: string[];
  /** Every redirect the fake authority answered with (they carry the authorization codes). */
  readonly redirects: string[];
}

/** A token endpoint answer as the extension received it. */
export type TokenResponse = Record<string, unknown>;

const AUTHORIZE_PATTERN = 'https://login.microsoftonline.com/*/oauth2/v2.0/authorize*';
const SIGN_IN_PAGE = '<!doctype html><meta charset="utf-8"><title>Sign in to your account</title><main><h1>Sign in</h1><p>Pick an account.</p></main>';


async function devToolsPort(userDataDir: string): Promise<string> {
  const file = path.join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (existsSync(file)) {
      const port = readFileSync(file, 'utf8').split('\n')[0]?.trim();
      if (port) return port;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Chromium did not report its DevTools port.');
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Second connection, for the browser-level CDP session only. */
  cdpBrowser: Browser;
  cdp: CDPSession;
}

export async function launch(userDataDir: string): Promise<Launched> {
  const { context, extensionId, worker } = await launchWithExtension(userDataDir, ['--remote-debugging-port=0']);
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${await devToolsPort(userDataDir)}`);
  const cdp = await cdpBrowser.newBrowserCDPSession();
  return { context, extensionId, worker, cdpBrowser, cdp };
}

interface PausedRequest {
  requestId: string;
  request: { url: string };
}

/** Answers every authorize request launchWebAuthFlow makes, as the fake tenant's authority would. */
export async function answerSignIn(cdp: CDPSession, tenant: FakeTenant): Promise<SignInWindow> {
  const window: SignInWindow = { behaviour: 'redirect', requests: [], redirects: [] };
  cdp.on('Fetch.requestPaused', (event: PausedRequest) => {
    window.requests.push(event.request.url);
    void (async () => {
      try {
        if (window.behaviour === 'sign-in-page') {
          await cdp.send('Fetch.fulfillRequest', {
            requestId: event.requestId,
            responseCode: 200,
            responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
            body: Buffer.from(SIGN_IN_PAGE).toString('base64'),
          });
          return;
        }
        const location = tenant.authorizeRedirectFor(event.request.url);
        window.redirects.push(location);
        await cdp.send('Fetch.fulfillRequest', {
          requestId: event.requestId,
          responseCode: 302,
          responseHeaders: [
            { name: 'Location', value: location },
            { name: 'Cache-Control', value: 'no-store' },
          ],
        });
      } catch {
        // An authorize URL Entra would reject with an error page: fail the load rather than hang the window.
        await cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'Failed' }).catch(() => undefined);
      }
    })();
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: AUTHORIZE_PATTERN, requestStage: 'Request' }] });
  return window;
}

interface Fixtures {
  userDataDir: string;
  launched: Launched;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  tenant: FakeTenant;
  /** Every successful token endpoint answer, in order (what tests must never find at rest). */
  tokenResponses: TokenResponse[];
  signInWindow: SignInWindow;
}

const TOKEN_ENDPOINT = /^https:\/\/login\.microsoftonline\.com\/[^/]+\/oauth2\/v2\.0\/token$/;

/** Routes the tenant, keeping a copy of each token endpoint answer. */
export async function routeTenantWithTokenTap(context: BrowserContext, tenant: FakeTenant, issued: TokenResponse[]): Promise<void> {
  const handle = async (request: Request): Promise<Response> => {
    const response = await tenant.handle(request);
    if (response.ok && TOKEN_ENDPOINT.test(request.url.split('?')[0]!)) issued.push((await response.clone().json()) as TokenResponse);
    return response;
  };
  await routeFakeTenant(context, { ...tenant, handle });
}

export const test = base.extend<Fixtures>({
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdm-graph-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  launched: async ({ userDataDir }, use) => {
    const launched = await launch(userDataDir);
    await use(launched);
    await launched.cdpBrowser.close().catch(() => undefined);
    await launched.context.close().catch(() => undefined);
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  worker: async ({ launched }, use) => use(launched.worker),
  tokenResponses: async ({}, use) => use([]),
  tenant: async ({ context, tokenResponses }, use) => {
    const tenant = createFakeTenant({ seed: 11 });
    await routeTenantWithTokenTap(context, tenant, tokenResponses);
    await use(tenant);
  },
  // Automatic: every test may sign in, even one that never looks at the window.
  signInWindow: [async ({ launched, tenant }, use) => use(await answerSignIn(launched.cdp, tenant)), { auto: true }],
});

export const expect = test.expect;
