/**
 * Serves TonicDM replicas at the real address (and at hostile look-alikes) with context.route.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReactReplicaHtml } from '../../fixtures/tonicdm/buildReactReplica';

export const TONICDM_SETTINGS = 'https://app.tonicdm.com/organization-settings';

export type TonicdmVariant = 'react' | string;

async function htmlFor(variant: TonicdmVariant): Promise<string> {
  if (variant === 'react') return buildReactReplicaHtml();
  return readFileSync(path.join('tests/fixtures/tonicdm', `${variant}.html`), 'utf8');
}

/** Routes every listed origin to the chosen replica; other paths get a plain page. */
export async function routeTonicdm(context: BrowserContext, variant: TonicdmVariant, origins: string[] = ['https://app.tonicdm.com']): Promise<void> {
  const html = await htmlFor(variant);
  for (const origin of origins) {
    await context.route(`${origin}/**`, (route) => {
      const url = new URL(route.request().url());
      const body = url.pathname.startsWith('/organization-settings') ? html : '<!doctype html><title>TonicDM</title><h1>Home</h1>';
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  }
}

export interface ReplicaState {
  secret: string;
  expiry: string;
  clientId: string;
  tenantId: string;
  submitted: boolean;
}

/** React's own state in the React replica (not the DOM). */
export function reactState(page: Page): Promise<ReplicaState> {
  return page.evaluate(() => (window as unknown as { __tonicdmReplica: { getState(): ReplicaState } }).__tonicdmReplica.getState());
}

/** Everything a page holds as text or input values, to prove a secret is absent. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll('input, textarea'), (el) => (el as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${values.join('\n')}`;
  });
}
