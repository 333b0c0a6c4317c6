/**
 * Serves the Fluent UI replica of the Entra admin center at the real addresses, through
 * Playwright routing: the shell on entra.microsoft.com, ReactView frames on
 * sandbox-N-M.reactblade.portal.azure.net, the app-registration blades on
 * registeredapps.hosting.portal.azure.net and the enterprise-app blades on
 * iam.hosting.portal.azure.net. The blades are genuine Fluent UI React components
 * (@fluentui/react v8, and v9 for Register), bundled by tests/fixtures/fluent/build.mjs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, FrameLocator, Page, Route } from '@playwright/test';
import { buildFluentReplica } from '../../fixtures/fluent/build.mjs';
import { hashes } from '../../fixtures/fluent/src/shared/hashes';
import { buildDirectory, type DirectoryOptions } from '../../fixtures/fluent/src/shared/seed';
import type { App, Directory, ReplicaConfig, ServicePrincipal, Variants } from '../../fixtures/fluent/src/shared/types';

export { hashes } from '../../fixtures/fluent/src/shared/hashes';
export { DEFAULT_TENANT_ID, TONICDM_APP_NAME, type AppSeed } from '../../fixtures/fluent/src/shared/seed';
export type { Directory, Variants } from '../../fixtures/fluent/src/shared/types';

export const SHELL_ORIGIN = 'https://entra.microsoft.com';
const REACTBLADE_HOST = /^sandbox-[0-9-]+\.reactblade\.portal\.azure\.net$/;
const HOSTING_HOSTS = new Set(['registeredapps.hosting.portal.azure.net', 'iam.hosting.portal.azure.net']);
const ASSETS = '/fluent-replica/';

export interface FluentReplicaOptions extends DirectoryOptions {
  /** The portal language for dates and the frames' `l=` (only en-US has texts). */
  locale?: string;
  /** Spinner time before a blade shows; Essentials values arrive at 1.5 times this. */
  renderDelayMs?: number;
  /** false: the signed-in admin cannot grant tenant-wide consent (the Grant command is disabled). */
  canConsent?: boolean;
  variants?: Partial<Variants>;
  /** How long the previous blade's frame stays on screen after a blade switch (0: replaced at once). */
  keepPreviousFrameMs?: number;
}

export interface FluentReplicaHandle {
  readonly directory: Directory;
  readonly config: ReplicaConfig;
  readonly urls: ReturnType<typeof urlsFor>;
  /** Every URL served, in order. */
  readonly served: string[];
  /** The shell's directory now (and the clear Values it holds in memory). */
  state(page: Page): Promise<{ directory: Directory; revealed: Record<string, string> }>;
  close(): Promise<void>;
}

function urlsFor() {
  const at = (hash: string) => `${SHELL_ORIGIN}/${hash}`;
  return {
    home: at(hashes.home()),
    appList: at(hashes.appList()),
    create: at(hashes.create()),
    /** The Overview as the portal opens it right after Register. */
    overviewAfterRegister: (app: Pick<App, 'appId' | 'objectId' | 'audience'>) => at(hashes.afterRegister(app, app.audience)),
    appMenu: (item: 'Overview' | 'CallAnAPI' | 'Credentials' | string, appId: string) => at(hashes.appMenu(item, appId)),
    entList: at(hashes.entList()),
    entMenu: (item: 'Overview' | 'Properties' | 'Users' | string, sp: Pick<ServicePrincipal, 'id' | 'appId'>) => at(hashes.entMenu(item, sp)),
  };
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>html, body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, Roboto, sans-serif; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function framePage(entry: string): string {
  // Fluent v8 fetches Segoe UI from Microsoft's CDN unless told otherwise; the replica serves no fonts.
  return page(
    'Microsoft Azure',
    `<script>window.FabricConfig = { fontBaseUrl: '${ASSETS}fonts' };</script>\n<div id="root" aria-busy="true"></div>\n<script type="module" src="${ASSETS}${entry}.js"></script>`,
  );
}

/** The hidden extension frames load the extension's code and render nothing. */
const EXTENSION_PAGE = page('Portal extension', '<div id="extension-root" hidden></div>');

function isReplicaUrl(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return url.hostname === 'entra.microsoft.com' || REACTBLADE_HOST.test(url.hostname) || HOSTING_HOSTS.has(url.hostname);
}

export async function routeFluentReplica(context: BrowserContext, options: FluentReplicaOptions = {}): Promise<FluentReplicaHandle> {
  const dir = await buildFluentReplica();
  const directory = buildDirectory(options);
  const config: ReplicaConfig = {
    locale: options.locale ?? 'en-US',
    renderDelayMs: options.renderDelayMs ?? 150,
    canConsent: options.canConsent ?? true,
    variants: {
      accountTypes: 'dropdown',
      permissionRows: 'selection',
      consentConfirmation: 'dialog',
      yesNo: 'toggle',
      credentialsTab: 'secrets',
      ...options.variants,
    },
  };
  const boot = JSON.stringify({ directory, config, keepPreviousFrameMs: options.keepPreviousFrameMs ?? 0 }).replace(/</g, '\\u003c');
  const shellHtml = page(
    'Microsoft Entra admin center',
    `<script>window.__FLUENT_REPLICA__ = ${boot};</script>\n<script type="module" src="${ASSETS}shell.js"></script>`,
  );
  const served: string[] = [];
  const cache = new Map<string, Promise<string>>();
  const asset = (name: string) => {
    let text = cache.get(name);
    if (!text) cache.set(name, (text = readFile(path.join(dir, name), 'utf8')));
    return text;
  };

  const fulfil = (route: Route, body: string, contentType = 'text/html; charset=utf-8', status = 200) =>
    route.fulfill({ status, body, headers: { 'content-type': contentType, 'cache-control': 'no-store' } });

  const handler = async (route: Route) => {
    const url = new URL(route.request().url());
    served.push(url.href);
    if (url.pathname.startsWith(ASSETS)) {
      const name = url.pathname.slice(ASSETS.length);
      if (!/^(chunks\/)?[\w.-]+\.js$/.test(name)) return fulfil(route, 'Not found', 'text/plain', 404);
      try {
        return await fulfil(route, await asset(name), CONTENT_TYPES[path.extname(name)]);
      } catch {
        return fulfil(route, 'Not found', 'text/plain', 404);
      }
    }
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
    if (url.hostname === 'entra.microsoft.com') return fulfil(route, shellHtml);
    if (REACTBLADE_HOST.test(url.hostname) && url.pathname.startsWith('/React/')) return fulfil(route, framePage('reactblade'));
    if (HOSTING_HOSTS.has(url.hostname)) {
      if (url.pathname.endsWith('/Html/FrameBlade.html')) return fulfil(route, framePage(url.hostname.startsWith('iam.') ? 'iam' : 'registeredapps'));
      if (url.pathname.endsWith('/Html/Index.html')) return fulfil(route, EXTENSION_PAGE);
    }
    return fulfil(route, 'Not found', 'text/plain', 404);
  };
  await context.route(isReplicaUrl, handler);

  return {
    directory,
    config,
    urls: urlsFor(),
    served,
    state: (p) => p.evaluate(() => (window as unknown as { __fluentReplica: { getState(): never } }).__fluentReplica.getState()),
    close: () => context.unroute(isReplicaUrl, handler),
  };
}

/** The visible blade frame (never a hidden pre-warmed one, nor one leaving the screen). */
export const ACTIVE_FRAME = 'iframe.fxs-reactview-frame-active';

export function activeBlade(portal: Page): FrameLocator {
  return portal.frameLocator(ACTIVE_FRAME);
}
