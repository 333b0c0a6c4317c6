/**
 * Whether a portal frame renders the blade the tab shows, decided from browser-stamped facts
 * only: the sender's frame id and URL, the tab's frame tree (webNavigation), and what the
 * tab's top document shows on screen (asked for on demand, see utils/dom/renderedFrames.ts).
 *
 * A value or an observation is accepted from the top document (blades of the classic layout
 * render there) or from a direct child frame that is drawn on screen and does not name
 * another part of the blade than the tab shows. Pre-warmed frames (hidden), extension frames
 * (hidden), frames nested inside frames, and leftover frames of the previous blade are not.
 * The portal's active-frame class is only a tie-breaker between several frames that qualify.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { BladeKind } from '../portal/bladeKind';
import { frameFitsBlade } from '../portal/bladeKind';
import { isBladeFrameUrl } from '../portal/hosts';
import type { FrameReport } from '../dom/renderedFrames';

export interface TabFrame {
  frameId: number;
  parentFrameId: number;
  url: string;
}

export type BladeFrameVerdict =
  | { ok: true; frameName: string }
  /** `retry`: the frame may qualify shortly (still hidden, or not yet known to the top document). */
  | { ok: false; reason: 'nested' | 'hidden' | 'unknown' | 'other-blade' | 'not-active'; retry: boolean };

export interface BladeFrameSender {
  frameId: number;
  url: string;
}

/** The top document's answer is written by a content script: take only what fits. */
const reportsSchema = z
  .array(z.object({ url: z.string().max(4096), name: z.string().max(200), rendered: z.boolean(), marked: z.boolean() }))
  .max(100);

export const REPORT_FRAMES_REQUEST = { type: 'portal/report-frames' } as const;

function withoutHash(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

function originAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * The reports that stand for the sender's frame. A report is matched by address; when several
 * direct child frames share that address, they all must be on screen, otherwise a hidden twin
 * could pass for the visible one.
 */
function matchReports(sender: BladeFrameSender, siblings: TabFrame[], reports: FrameReport[]): { matched: FrameReport[]; hidden: boolean } {
  let hidden = false;
  for (const key of [withoutHash, originAndPath]) {
    const target = key(sender.url);
    const frames = siblings.filter((f) => key(f.url) === target);
    const listed = reports.filter((r) => key(r.url) === target);
    const shown = listed.filter((r) => r.rendered);
    if (frames.length > 0 && shown.length >= frames.length) return { matched: shown, hidden: false };
    if (listed.length > shown.length) hidden = true;
  }
  return { matched: [], hidden };
}

export function decideBladeFrame(
  sender: BladeFrameSender,
  blade: BladeKind | undefined,
  tabFrames: TabFrame[],
  reports: FrameReport[],
): BladeFrameVerdict {
  if (sender.frameId === 0) return { ok: true, frameName: '' };
  const self = tabFrames.find((f) => f.frameId === sender.frameId);
  if (!self || self.parentFrameId !== 0) return { ok: false, reason: 'nested', retry: false };
  const siblings = tabFrames.filter((f) => f.parentFrameId === 0 && f.frameId !== 0);
  const { matched, hidden } = matchReports(sender, siblings, reports);
  if (matched.length === 0) return { ok: false, reason: hidden ? 'hidden' : 'unknown', retry: true };

  const fitting = matched.filter((r) => frameFitsBlade(blade, sender.url, r.name));
  if (fitting.length === 0) return { ok: false, reason: 'other-blade', retry: false };

  // Several frames on screen could be this blade: the portal's active marker decides, if it marks any.
  const contenders = reports.filter((r) => r.rendered && isBladeFrameUrl(r.url) && frameFitsBlade(blade, r.url, r.name));
  if (contenders.length > 1 && contenders.some((r) => r.marked) && !fitting.some((r) => r.marked)) {
    return { ok: false, reason: 'not-active', retry: true };
  }
  return { ok: true, frameName: fitting[0]!.name };
}

export interface BladeFrameSources {
  tabFrames(tabId: number): Promise<TabFrame[]>;
  reportFrames(tabId: number): Promise<FrameReport[]>;
}

export const browserFrameSources: BladeFrameSources = {
  async tabFrames(tabId) {
    const frames = (await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [];
    return frames.map((f) => ({ frameId: f.frameId, parentFrameId: f.parentFrameId, url: f.url }));
  },
  async reportFrames(tabId) {
    const reply = await browser.tabs.sendMessage(tabId, REPORT_FRAMES_REQUEST, { frameId: 0 }).catch(() => undefined);
    const parsed = reportsSchema.safeParse(reply);
    return parsed.success ? parsed.data : [];
  },
};

export async function checkBladeFrame(
  tabId: number,
  sender: BladeFrameSender,
  blade: BladeKind | undefined,
  sources: BladeFrameSources = browserFrameSources,
): Promise<BladeFrameVerdict> {
  if (sender.frameId === 0) return { ok: true, frameName: '' };
  const [tabFrames, reports] = await Promise.all([sources.tabFrames(tabId), sources.reportFrames(tabId)]);
  return decideBladeFrame(sender, blade, tabFrames, reports);
}
