/**
 * "Copy page outline": the structure of the portal tab's setup blade, every frame included, for
 * a support ticket. Each frame builds and redacts its own part (utils/guide/outline); the parts
 * are page-written, so here they are checked for shape, capped, and redacted once more with the
 * tenant names every frame found, before the side panel puts the text on the clipboard.
 */
import { browser } from 'wxt/browser';
import { PORTAL_SHELL_HOSTS, isPortalShellUrl } from '../portal/hosts';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { bladeKindOf } from '../portal/bladeKind';
import { redactOutlineText, tenantNamePatterns } from '../guide/outline/redactOutline';
import type { FrameOutline } from '../guide/outline/buildOutline';

export const OUTLINE_SCRIPT = '/content-scripts/outline.js';
const MAX_FRAME_LINES = 3000;
const MAX_LINE = 400;

export type OutlineResult = { ok: true; text: string; frames: number } | { ok: false; reason: string };

async function findPortalTab(): Promise<chrome.tabs.Tab | undefined> {
  const tabs = (await browser.tabs.query({ url: PORTAL_SHELL_HOSTS.map((h) => `https://${h}/*`) })) as chrome.tabs.Tab[];
  const portal = tabs.filter((t) => t.id !== undefined && isPortalShellUrl(t.url));
  return portal.find((t) => t.active) ?? portal.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function asText(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** A frame's part as the page returned it, or undefined if it is not one. */
function frameOutlineOf(value: unknown): FrameOutline | undefined {
  const part = value as Partial<FrameOutline> | null | undefined;
  if (!part || typeof part !== 'object' || !Array.isArray(part.lines)) return undefined;
  return {
    host: asText(part.host, 200),
    path: asText(part.path, 300),
    hidden: part.hidden === true,
    lines: part.lines.slice(0, MAX_FRAME_LINES).map((line) => asText(line, MAX_LINE)),
    tenantNames: Array.isArray(part.tenantNames) ? part.tenantNames.slice(0, 20).map((n) => asText(n, 80)) : [],
  };
}

/** The blade's address without its parameters (ids live there). */
function bladeAddress(url: string): string {
  const location = parsePortalUrl(url);
  if (!location) return '';
  return [location.extension, location.blade, ...(location.menuItem ? ['~', location.menuItem] : [])].join('/');
}

export async function pageOutline(manifestVersion: string): Promise<OutlineResult> {
  const tab = await findPortalTab();
  if (!tab?.id || !tab.url) return { ok: false, reason: 'Open the Entra admin center on a setup page first.' };
  const blade = bladeKindOf(parsePortalUrl(tab.url));
  if (!blade) return { ok: false, reason: 'The portal tab shows no setup page. Open the page the step is on, then copy its outline.' };
  let results: { frameId: number; result?: unknown }[];
  try {
    results = (await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [OUTLINE_SCRIPT] })) as typeof results;
  } catch {
    return { ok: false, reason: 'The page could not be read. Reload it and try again.' };
  }
  const frames = results
    .map((r) => ({ frameId: r.frameId, part: frameOutlineOf(r.result) }))
    .filter((f): f is { frameId: number; part: FrameOutline } => !!f.part)
    .sort((a, b) => a.frameId - b.frameId);
  const names = tenantNamePatterns(frames.flatMap((f) => f.part.tenantNames));
  const clean = (text: string) => redactOutlineText(text, names);
  const out = [
    'TonicDM Entra Setup Assistant: page outline (GUIDs, secrets, e-mail addresses and the tenant name replaced)',
    `Extension ${manifestVersion}; ${clean(navigator.userAgent)}`,
    `Blade: ${blade} (${clean(bladeAddress(tab.url))})`,
  ];
  for (const { frameId, part } of frames) {
    out.push('', `== Frame ${frameId}: ${clean(part.host)}${clean(part.path)}${part.hidden ? ' (hidden)' : ''}`);
    out.push(...part.lines.map(clean));
  }
  return { ok: true, text: out.join('\n'), frames: frames.length };
}
