/**
 * Shared runner for locator tables: each case names a snippet, the steps already done and the
 * sub-step expected (or none), and runs against the snippet as a document and in a shadow root.
 * The document run goes through a query-cache pass as findGuideTarget does; the shadow-root
 * run queries directly, so both paths of dom/queryCache are exercised by every case.
 */
import { expect } from 'vitest';
import { APP_NAME, type StepId } from '../../../utils/steps';
import type { BladeKind } from '../../../utils/portal/bladeKind';
import type { GuideContext, GuideLocator } from '../../../utils/guide/types';
import type { SubStepId } from '../../../utils/guide/subSteps';
import { loadSnippet, type RootMode } from './snippets';
import { withQueryCache } from '../../../utils/guide/dom/queryCache';

export interface LocatorCase {
  snippet: string;
  blade: BladeKind;
  done: ReadonlySet<StepId>;
  expected: SubStepId | undefined;
  typeText?: string;
  appId?: string;
  /** The client ID in the tab's address. */
  shownAppId?: string;
  appName?: string;
}

export function runLocatorCase(locate: GuideLocator, c: LocatorCase, mode: RootMode): void {
  const { root, expected } = loadSnippet(c.snippet, mode);
  const ctx: GuideContext = {
    blade: c.blade,
    doneSteps: c.done,
    appName: c.appName ?? APP_NAME,
    ...(c.appId && { appId: c.appId }),
    ...(c.shownAppId && { shownAppId: c.shownAppId }),
  };
  const target = mode === 'document' ? withQueryCache(() => locate(root, ctx)) : locate(root, ctx);
  if (c.expected === undefined) {
    expect(target).toBeUndefined();
    return;
  }
  expect(target?.subStepId).toBe(c.expected);
  expect(target?.element).toBe(expected(c.expected));
  expect(target?.callout.length).toBeGreaterThan(10);
  if (c.typeText !== undefined) expect(target?.typeText).toBe(c.typeText);
}

export function caseName(c: LocatorCase): string {
  return `${c.snippet} [done: ${[...c.done].at(-1) ?? 'nothing'}] -> ${c.expected ?? 'nothing'}`;
}
