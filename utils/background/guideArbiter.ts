/**
 * One pointer per tab. Every frame of a portal tab runs its own guide and may find a control to
 * point at: the shell's left menu, the blade's frame, a pane's frame. Each frame claims the
 * tab's pointer with a rank (1 a left-menu item leading elsewhere, 2 a control of the blade,
 * 3 open work: a pane, dialog, open dropdown, the once-shown secret Value), and this module
 * grants it to one frame: the highest rank; on a tie the frame that holds it keeps it, else the
 * earliest claim. The frame that loses it is told before the new holder is, so two callouts are
 * never shown at once.
 *
 * Claims live in session storage (memory only): the worker may sleep between a frame's claim
 * and the next, and a woken worker must still know who holds the pointer. A holder that cannot
 * be reached any more (its frame went away) loses its claim when the turn is checked.
 *
 * Every decision has a version, carried by the answer and by the messages to other frames: a
 * frame may get the answer to its claim after a later decision's message (messages to different
 * frames are not ordered), and acts only on the newest word it has.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { GuideTurn } from '../messaging/protocol';

interface Claim {
  rank: number;
  /** Order of arrival, for ties. */
  seq: number;
}

export interface TabTurns {
  claims: Record<string, Claim>;
  holder?: number;
  seq: number;
  /** Of the latest decision. */
  version?: number;
}

type Turns = Record<string, TabTurns>;

const turnsItem = storage.defineItem<Turns>('session:guideTurns', { fallback: {} });

/** Who should hold the pointer: pure, for tests. */
export function pickHolder(tab: TabTurns): number | undefined {
  let best: [number, Claim] | undefined;
  for (const [frame, claim] of Object.entries(tab.claims)) {
    const frameId = Number(frame);
    if (claim.rank <= 0) continue;
    if (!best || claim.rank > best[1].rank) {
      best = [frameId, claim];
      continue;
    }
    if (claim.rank < best[1].rank || best[0] === tab.holder) continue;
    if (frameId === tab.holder || claim.seq < best[1].seq) best = [frameId, claim];
  }
  return best?.[0];
}

async function tellFrame(tabId: number, frameId: number, show: boolean, version: number): Promise<boolean> {
  const message: GuideTurn = { type: 'guide/turn', show, version };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message, { frameId })) as { ok?: unknown } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

// One change at a time: claims from several frames arrive together.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Records a frame's claim and answers whether that frame may show its pointer now. */
export function claimGuideTurn(tabId: number, frameId: number, rank: number): Promise<{ show: boolean; version: number }> {
  return serially(async () => {
    const turns = await turnsItem.getValue();
    const tab: TabTurns = turns[tabId] ?? { claims: {}, seq: 0 };
    const version = (tab.version = (tab.version ?? 0) + 1);
    const tell = (frame: number, show: boolean) => tellFrame(tabId, frame, show, version);
    const before = tab.claims[frameId];
    if (rank <= 0) delete tab.claims[frameId];
    else if (before?.rank !== rank) tab.claims[frameId] = { rank, seq: ++tab.seq };
    if (rank === 0 && tab.holder === frameId) tab.holder = undefined;

    let checked = false;
    for (;;) {
      const next = pickHolder(tab);
      if (next !== tab.holder) {
        const previous = tab.holder;
        // The old holder hides first; one that cannot be reached has nothing on screen.
        if (previous !== undefined && previous !== frameId && !(await tell(previous, false))) delete tab.claims[previous];
        tab.holder = next;
        if (next === undefined || next === frameId || (await tell(next, true))) break;
      } else {
        // A claimant that lost: make sure the holder is still there to hold the pointer.
        if (next === undefined || next === frameId || rank === 0 || checked) break;
        checked = true;
        if (await tell(next, true)) break;
      }
      delete tab.claims[tab.holder!];
      tab.holder = undefined;
    }
    turns[tabId] = tab;
    await turnsItem.setValue(turns);
    return { show: tab.holder === frameId, version };
  });
}

/** Whether a pointer is shown in the tab now (an Esc pressed in another frame may be for it). */
export function hasGuideTurn(tabId: number): Promise<boolean> {
  return serially(async () => (await turnsItem.getValue())[tabId]?.holder !== undefined);
}

/**
 * Whether a pointer is really shown in the tab now. The holder is asked again (with the current
 * version, so a frame that already acted on it changes nothing); one that cannot be reached any
 * more, because its frame went away with the blade, loses its claim, and the next claimant, if
 * any, gets the turn. Without this, a vanished holder would count as a pointer on screen.
 */
export function confirmGuideTurn(tabId: number): Promise<boolean> {
  return serially(async () => {
    const turns = await turnsItem.getValue();
    const tab = turns[tabId];
    if (!tab) return false;
    let changed = false;
    while (tab.holder !== undefined && !(await tellFrame(tabId, tab.holder, true, tab.version ?? 0))) {
      delete tab.claims[tab.holder];
      tab.holder = pickHolder(tab);
      tab.version = (tab.version ?? 0) + 1;
      changed = true;
    }
    if (changed) await turnsItem.setValue({ ...turns, [tabId]: tab });
    return tab.holder !== undefined;
  });
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number): Promise<void> {
  return serially(async () => {
    const turns = await turnsItem.getValue();
    if (!(tabId in turns)) return;
    delete turns[tabId];
    await turnsItem.setValue(turns);
  });
}

export function watchGuideTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
