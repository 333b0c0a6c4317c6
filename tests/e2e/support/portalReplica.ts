/**
 * Serves an interactive replica of the Microsoft Entra admin center at the real https
 * addresses, through Playwright routing: the shell on entra.microsoft.com / portal.azure.com
 * (and the ms./aad. shells), blade frames on *.reactblade.portal.azure.net and the
 * RegisteredApps extension on registeredapps.hosting.portal.azure.net. Content scripts match
 * these URLs exactly as they would on the live portal.
 *
 * Layouts: 'classic' renders blades in the shell document with Knockout-era markup;
 * 'react' renders them in visible cross-origin frames with Fluent UI markup, plus a hidden
 * pre-warmed extension frame. See tests/fixtures/portal/README.md for the markup per blade.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, FrameLocator, Page, Route } from '@playwright/test';
import { buildReplicaState, buildSeedApp, DEFAULT_TENANT_ID } from '../../fixtures/portal/buildReplicaState';
import { portalUrls, type PortalUrls } from '../../fixtures/portal/portalUrls';
import type {
  ReplicaApp,
  ReplicaLayout,
  ReplicaOptions,
  ReplicaSeedApp,
  ReplicaServicePrincipal,
  ReplicaSnapshot,
  ReplicaState,
} from '../../fixtures/portal/replicaTypes';

export { portalUrls, type PortalUrls, type PortalUrlOptions } from '../../fixtures/portal/portalUrls';
export { tonicDmAppSeed, guidFrom, DEFAULT_TENANT_ID, GRAPH_APP_ID } from '../../fixtures/portal/buildReplicaState';
export type * from '../../fixtures/portal/replicaTypes';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/portal/', import.meta.url));
const ASSET_DIR = path.join(FIXTURE_DIR, 'replica');
const ASSET_PREFIX = '/Content/replica/';

const SHELL_HOSTS = new Set(['entra.microsoft.com', 'portal.azure.com', 'ms.portal.azure.com', 'aad.portal.azure.com']);
const REACTBLADE_HOST = /^[a-z0-9-]+\.reactblade(?:-ms|-rc)?\.portal\.azure\.net$/;
const HOSTING_HOST = /^[a-z0-9-]+\.hosting(?:-ms)?\.portal\.azure\.net$/;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export interface ReplicaHandle {
  readonly options: Required<Pick<ReplicaOptions, 'layout' | 'locale' | 'tenantId' | 'tenantName' | 'renderDelayMs' | 'canConsent'>> &
    ReplicaOptions;
  /** URL builders for this tenant on entra.microsoft.com (use portalUrls() for other forms). */
  readonly urls: PortalUrls;
  /** The directory as served before any interaction (ids of seeded apps, users, groups). */
  readonly initialState: ReplicaState;
  /** Every URL fulfilled so far, in order. */
  readonly served: string[];
  /** The live state of the replica in `page` (default: the context's first page showing a portal shell). */
  state(page?: Page): Promise<ReplicaSnapshot>;
  /** Adds an app registration (and its enterprise app) to the running replica and re-renders. */
  seedApp(page: Page, seed: ReplicaSeedApp): Promise<{ app: ReplicaApp; servicePrincipal: ReplicaServicePrincipal }>;
  close(): Promise<void>;
}

/** The visible portal frame holding the blade content in the react layout (never the hidden extension frame). */
export const BLADE_FRAME_SELECTOR = 'section.fxs-blade iframe:not(.fxs-display-none)';

/** Where a blade's content lives: the shell document (classic) or the visible portal frame (react). */
export function bladeScope(page: Page, layout: ReplicaLayout): Page | FrameLocator {
  return layout === 'classic' ? page : page.frameLocator(BLADE_FRAME_SELECTOR);
}

function isReplicaUrl(url: URL, shellHosts: ReadonlySet<string> = SHELL_HOSTS): boolean {
  if (url.protocol !== 'https:') return false;
  return shellHosts.has(url.hostname) || REACTBLADE_HOST.test(url.hostname) || HOSTING_HOST.test(url.hostname);
}

export async function routePortalReplica(context: BrowserContext, options: ReplicaOptions = {}): Promise<ReplicaHandle> {
  const resolved = {
    ...options,
    layout: options.layout ?? 'classic',
    locale: options.locale ?? 'en',
    tenantId: (options.tenantId ?? DEFAULT_TENANT_ID).toLowerCase(),
    tenantName: options.tenantName ?? 'Contoso',
    renderDelayMs: options.renderDelayMs ?? 300,
    canConsent: options.canConsent ?? true,
  };
  const initialState = buildReplicaState(resolved);
  const served: string[] = [];
  const cache = new Map<string, string>();
  let extraSeeds = 0;

  const read = async (file: string) => {
    const cached = cache.get(file);
    if (cached !== undefined) return cached;
    const text = await readFile(file, 'utf8');
    cache.set(file, text);
    return text;
  };

  /** Inlines the replica's scripts and styles: one request per document keeps frame loads fast on small machines. */
  const inlineAssets = async (html: string) => {
    let out = html;
    for (const match of html.matchAll(/<script src="\/Content\/replica\/([a-z0-9-]+\.js)"><\/script>|<link rel="stylesheet" href="\/Content\/replica\/([a-z0-9-]+\.css)">/g)) {
      const [tag, js, css] = match;
      const code = (await read(path.join(ASSET_DIR, (js ?? css)!))).replace(/<\/(script|style)/gi, '<\\/$1');
      out = out.replace(tag, () => (js ? `<script>${code}</script>` : `<style>${code}</style>`));
    }
    return out;
  };

  const shellHtml = async (host: string) => {
    const config = {
      layout: resolved.layout,
      locale: resolved.locale,
      renderDelayMs: resolved.renderDelayMs,
      heavy: resolved.heavy ?? null,
      canConsent: resolved.canConsent,
      credentialsDefaultTab: resolved.credentialsDefaultTab ?? 'secrets',
      wording: resolved.wording ?? 'current',
      credentialsFrame: resolved.credentialsFrame ?? 'reactview',
      shellKind: host === 'entra.microsoft.com' ? 'entra' : 'azure',
      seedId: initialState.seedId,
      initialState,
    };
    const script = `<script>window.__REPLICA_CONFIG__ = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>`;
    return (await inlineAssets(await read(path.join(FIXTURE_DIR, 'shell.html')))).replace('<!--REPLICA_CONFIG-->', () => script);
  };

  const fulfil = (route: Route, body: string, ext: string, status = 200) =>
    route.fulfill({
      status,
      body,
      headers: { 'content-type': CONTENT_TYPES[ext] ?? 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });

  const handler = async (route: Route) => {
    const url = new URL(route.request().url());
    served.push(url.href);
    if (url.pathname.startsWith(ASSET_PREFIX)) {
      const name = url.pathname.slice(ASSET_PREFIX.length);
      const ext = path.extname(name);
      if (!/^[a-z0-9-]+\.(js|css)$/.test(name)) return fulfil(route, 'Not found', '.txt', 404);
      try {
        return await fulfil(route, await read(path.join(ASSET_DIR, name)), ext);
      } catch {
        return fulfil(route, 'Not found', '.txt', 404);
      }
    }
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
    if (SHELL_HOSTS.has(url.hostname)) return fulfil(route, await shellHtml(url.hostname), '.html');
    if (REACTBLADE_HOST.test(url.hostname) && url.pathname.startsWith('/React/')) {
      return fulfil(route, await inlineAssets(await read(path.join(FIXTURE_DIR, 'frame.html'))), '.html');
    }
    if (HOSTING_HOST.test(url.hostname)) {
      const file = /\/(ApiPermissions|Credentials)\//.test(url.pathname) ? 'frame.html' : 'extension-frame.html';
      return fulfil(route, await inlineAssets(await read(path.join(FIXTURE_DIR, file))), '.html');
    }
    return fulfil(route, 'Not found', '.txt', 404);
  };

  const shellHosts = new Set(options.shellHosts ?? SHELL_HOSTS);
  await context.route((url) => isReplicaUrl(url, shellHosts), handler);

  return {
    options: resolved,
    urls: portalUrls(),
    initialState,
    served,
    async state(page) {
      const target = page ?? context.pages().find((p) => shellHosts.has(new URL(p.url()).hostname));
      if (!target) throw new Error('No page shows the portal replica');
      return target.evaluate(() => (window as unknown as { __replica: { getState(): unknown } }).__replica.getState()) as Promise<ReplicaSnapshot>;
    },
    async seedApp(page, seed) {
      extraSeeds += 1;
      const { app, sp } = buildSeedApp(seed, 1000 + extraSeeds, {
        tenantId: resolved.tenantId,
        principals: initialState.principals,
        now: Date.now(),
      });
      await page.evaluate(
        (records) =>
          (window as unknown as { __replica: { addRecords(r: unknown): void } }).__replica.addRecords(records),
        { apps: [app], servicePrincipals: [sp] },
      );
      return { app, servicePrincipal: sp };
    },
    async close() {
      await context.unroute(isReplicaUrl, handler);
    },
  };
}
