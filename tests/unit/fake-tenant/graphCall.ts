/** Request shortcuts for the fake-tenant tests: one Graph call in, status + parsed JSON + headers out. */
import type { FakeTenant } from '../../fake-tenant/types';

export const GRAPH = 'https://graph.microsoft.com/v1.0';

export interface CallResult {
  status: number;
  json: any;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  token?: string | null;
}

export async function callGraph(tenant: FakeTenant, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  const token = options.token === undefined ? tenant.mintAccessToken() : options.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  if (options.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const url = path.startsWith('https://') ? path : `${GRAPH}${path}`;
  const response = await tenant.handle(
    new Request(url, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) }),
  );
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function postForm(tenant: FakeTenant, url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<CallResult> {
  const response = await tenant.handle(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** Creates an app through Graph and returns its JSON. */
export async function createApp(tenant: FakeTenant, displayName = 'TonicDM Office 365 Token', extra: Record<string, unknown> = {}): Promise<any> {
  const result = await callGraph(tenant, 'POST', '/applications', { body: { displayName, signInAudience: 'AzureADMyOrg', ...extra } });
  if (result.status !== 201) throw new Error(`app create failed: ${result.status} ${JSON.stringify(result.json)}`);
  return result.json;
}

export async function createSp(tenant: FakeTenant, appId: string): Promise<any> {
  const result = await callGraph(tenant, 'POST', '/servicePrincipals', { body: { appId } });
  if (result.status !== 201) throw new Error(`sp create failed: ${result.status} ${JSON.stringify(result.json)}`);
  return result.json;
}

export function graphSpId(tenant: FakeTenant): string {
  const sp = tenant.state.servicePrincipals.find((s) => s.appId === '00000003-0000-0000-c000-000000000000');
  if (!sp) throw new Error('Graph service principal missing');
  return sp.id;
}
