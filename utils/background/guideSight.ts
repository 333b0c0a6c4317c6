/**
 * Whether the page guide has something to point at, per portal tab, so the panel can say "I
 * can't see this step on this page" instead of staying silent. The guide's frames claim the
 * tab's one pointer (guideArbiter.ts); a tab on a setup blade whose frames claim nothing has
 * nothing on screen. This module keeps, per tab, the blade it shows and since when it has had
 * no pointer there; the panel decides when that has lasted long enough (utils/setup/cantSeeStep.ts).
 *
 * A tab starts "without a pointer" when it arrives on a blade, so a guide that never reports at
 * all (a frame it cannot reach, markup it cannot read) still ends in words, not silence.
 * Kept in session storage: the worker may sleep, and content scripts cannot read it.
 */
import { browser } from 'wxt/browser';
import { bladeKindOf, type BladeKind } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { guideHiddenItem, guideSightItem, type GuideSight, type TabSight } from '../storage';
import { confirmGuideTurn } from './guideArbiter';

export { guideSightItem, type GuideSight, type TabSight } from '../storage';

/**
 * The tab shows `blade` (undefined: outside the flow) and a pointer or not. A new blade starts
 * its own count; on the same blade the first moment without a pointer is kept.
 */
export function applySight(sight: GuideSight, tabId: number, blade: BladeKind | undefined, pointing: boolean, now: number): GuideSight {
  const key = String(tabId);
  const current = sight[key];
  if (!blade) {
    if (!current) return sight;
    const { [key]: _gone, ...rest } = sight;
    return rest;
  }
  const next: TabSight = pointing ? { blade } : { blade, lostAt: current?.blade === blade ? (current.lostAt ?? now) : now };
  return current?.blade === next.blade && current.lostAt === next.lostAt ? sight : { ...sight, [key]: next };
}

/** The guide was shown again: a count that ran while it was hidden starts afresh. */
export function restartCounts(sight: GuideSight, now: number): GuideSight {
  const entries = Object.entries(sight).map(([tab, s]) => [tab, s.lostAt === undefined ? s : { ...s, lostAt: now }] as const);
  return Object.fromEntries(entries);
}

let queue: Promise<unknown> = Promise.resolve();
function serially(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The tab's address changed, or one of its frames claimed or gave up the pointer. Whether a
 * pointer is shown is asked of the arbiter after its pending decisions, which checks that the
 * frame holding it is still there.
 */
export function noteGuideSight(tabId: number, tabUrl: string | undefined, now: number): Promise<void> {
  return serially(async () => {
    const blade = bladeKindOf(parsePortalUrl(tabUrl));
    const pointing = blade ? await confirmGuideTurn(tabId) : false;
    const sight = await guideSightItem.getValue();
    const next = applySight(sight, tabId, blade, pointing, now);
    if (next !== sight) await guideSightItem.setValue(next);
  });
}

export function watchGuideSight(now: () => number): void {
  browser.tabs.onRemoved.addListener((tabId) => void serially(async () => {
    const sight = await guideSightItem.getValue();
    if (String(tabId) in sight) await guideSightItem.setValue(applySight(sight, tabId, undefined, false, now()));
  }));
  guideHiddenItem.watch((hidden) => {
    if (hidden === false) void serially(async () => guideSightItem.setValue(restartCounts(await guideSightItem.getValue(), now())));
  });
}
