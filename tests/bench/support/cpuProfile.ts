/**
 * Where a window's script time goes: a CDP Profiler recording on each renderer main thread,
 * summed by function into self time per second. Used by the page-cost benchmark when asked
 * (BENCH_PAGE_PROFILE=1) to explain a figure, never to produce one: the sampler adds cost.
 */
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionCost {
  name: string;
  /** `extension`, `page` or `native` (GC, idle, program, DOM internals without a script). */
  origin: 'extension' | 'page' | 'native';
  selfMsPerS: number;
  /** Self time plus the time of everything it called (each function counted once per sample). */
  totalMsPerS: number;
}

const SAMPLING_US = 200;

export async function startProfiles(sessions: CDPSession[]): Promise<void> {
  for (const session of sessions) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await session.send('Profiler.start');
  }
}

function fileOf(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
}

/** Stops every recording and returns self time per function (ms per second of window), largest first. */
export async function stopProfiles(sessions: CDPSession[]): Promise<FunctionCost[]> {
  const totals = new Map<string, FunctionCost>();
  const entry = (frame: ProfileNode['callFrame']) => {
    const origin = frame.url.startsWith('chrome-extension://') ? 'extension' : frame.url ? 'page' : 'native';
    const name = frame.url ? `${frame.functionName || '(anonymous)'} ${fileOf(frame.url)}:${frame.lineNumber + 1}` : frame.functionName;
    let cost = totals.get(name);
    if (!cost) totals.set(name, (cost = { name, origin, selfMsPerS: 0, totalMsPerS: 0 }));
    return cost;
  };
  for (const session of sessions) {
    const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
    const seconds = (profile.endTime - profile.startTime) / 1e6;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfUs = new Map<number, number>();
    (profile.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[i + 1] ?? profile.timeDeltas?.[i] ?? 0)));
    for (const [id, us] of selfUs) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
      const ms = us / 1000 / seconds;
      entry(frame).selfMsPerS += ms;
      const seen = new Set<FunctionCost>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const cost = entry(byId.get(at)!.callFrame);
        if (seen.has(cost) || byId.get(at)!.callFrame.functionName === '(root)') continue;
        seen.add(cost);
        cost.totalMsPerS += ms;
      }
    }
  }
  return [...totals.values()].filter((c) => c.name !== '(root)').sort((a, b) => b.selfMsPerS - a.selfMsPerS);
}
