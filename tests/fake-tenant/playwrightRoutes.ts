/**
 * Serves Microsoft Graph and the sign-in authority from a fake tenant inside a Playwright browser context. Routes
 * also see requests from the extension's service worker, so no server, TLS or custom hosts are needed.
 */
import type { BrowserContext, Route } from '@playwright/test';
import type { FakeTenant } from './types';

const HOSTS = ['https://graph.microsoft.com/**', 'https://login.microsoftonline.com/**'] as const;

/** Headers the fetch spec will not let a Request carry or that describe the original transport. */
const SKIPPED_REQUEST_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade']);

function toRequest(route: Route): Request {
  const original = route.request();
  const headers = new Headers();
  for (const [name, value] of Object.entries(original.headers())) {
    if (name.startsWith(':') || SKIPPED_REQUEST_HEADERS.has(name.toLowerCase())) continue;
    try {
      headers.append(name, value);
    } catch {
      // A header value the Fetch API rejects cannot matter to the fake; drop it rather than fail the test.
    }
  }
  const method = original.method();
  const body = method === 'GET' || method === 'HEAD' ? undefined : (original.postDataBuffer() ?? undefined);
  return new Request(original.url(), { method, headers, ...(body ? { body: new Uint8Array(body) } : {}) });
}

async function fulfil(route: Route, tenant: FakeTenant): Promise<void> {
  const response = await tenant.handle(toRequest(route));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  await route.fulfill({ status: response.status, headers, body });
}

export async function routeFakeTenant(context: BrowserContext, tenant: FakeTenant): Promise<void> {
  for (const pattern of HOSTS) {
    await context.route(pattern, (route) => fulfil(route, tenant));
  }
}
