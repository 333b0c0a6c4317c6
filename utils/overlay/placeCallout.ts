/**
 * Where the callout goes: beside its control, never over it (nor over the ring around it), never
 * over an open dropdown list, and inside the viewport; and, where there is room, not over another
 * document's frame (the blade beside the portal's menu: its controls cannot be seen from here, and
 * the admin may be working in it) nor over the controls around the target (the other tile,
 * the next field of its form), since the callout takes clicks. Candidate spots are tried in order
 * of preference (each side of the control, aligned with its start or end, or slid past whatever
 * should stay visible; then further out on that side, past the controls lying there); the one
 * that fits and covers least wins, what must stay visible weighing far more than any frame, and a
 * frame more than a neighbour. A few lines of geometry instead of a
 * positioning library keep the page script small.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'bottom' | 'top';

export interface Placement {
  left: number;
  top: number;
  /** What the spot covers, weighted (0: nothing; Infinity: it does not fit the viewport). */
  covered: number;
}

const GAP = 12;
const PADDING = 8;
// Per pixel covered. A callout is at most about 350 × 300 px, so one pixel of what must stay
// visible outweighs any cover of frames and neighbours; a frame's pixel weighs a thousand of a
// neighbour's, so the menu's callout sits over other menu items before it sits over the blade.
const MUST_STAY_VISIBLE = 1e9;
const FRAME = 1e3;
const NEIGHBOUR = 1;
/** How many spots further out along a side are tried. */
const MAX_STEPS_OUT = 6;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

export function placeCallout(
  target: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Box[],
  sides: readonly Side[],
  /** Controls grouped with the target: covered only if nothing else fits. */
  spare: readonly Box[] = [],
  /** Frames showing other documents: kept clear ahead of the neighbours. */
  frames: readonly Box[] = [],
): Placement {
  const clearOf = [...avoid, ...frames, ...spare];
  const { width: w, height: h } = size;
  let best: { left: number; top: number; score: number; covered: number } | undefined;
  sides.forEach((side, rank) => {
    const horizontal = side === 'right' || side === 'left';
    /** The callout's edge on this side of a box. */
    const past = (a: Box) =>
      side === 'right' ? a.left + a.width + GAP
      : side === 'left' ? a.left - GAP - w
      : side === 'bottom' ? a.top + a.height + GAP
      : a.top - GAP - h;
    const beside = past(target);
    // Right beside the control first; then further out, just past a control lying there (the
    // field below a field), when every spot beside it covers something.
    const outward = (m: number) => (side === 'right' || side === 'bottom' ? m > beside : m < beside);
    const further = [...avoid, ...spare].map(past).filter(outward).sort((a, b) => Math.abs(a - beside) - Math.abs(b - beside));
    const mains = [beside, ...new Set(further)].slice(0, 1 + MAX_STEPS_OUT);
    // Along the side: aligned with the control's start or end, or just past what should stay free.
    const cross = horizontal
      ? [target.top, target.top + target.height - h, ...clearOf.flatMap((a) => [a.top + a.height + GAP, a.top - GAP - h])]
      : [target.left, target.left + target.width - w, ...clearOf.flatMap((a) => [a.left + a.width + GAP, a.left - GAP - w])];
    for (const [step, main] of mains.entries()) {
      const mainFits = horizontal
        ? main >= PADDING && main + w <= viewport.width - PADDING
        : main >= PADDING && main + h <= viewport.height - PADDING;
      for (const [index, value] of cross.entries()) {
        const left = horizontal ? main : clamp(value, PADDING, viewport.width - w - PADDING);
        const top = horizontal ? clamp(value, PADDING, viewport.height - h - PADDING) : main;
        const box = { left, top, width: w, height: h };
        const cover = (boxes: readonly Box[]) => boxes.reduce((sum, a) => sum + overlap(box, a), 0);
        const covered = cover(avoid) * MUST_STAY_VISIBLE + cover(frames) * FRAME + cover(spare) * NEIGHBOUR;
        // Fitting and covering nothing beats any preference; then fewer pixels covered; then
        // beside the control before further out, then the order of the sides.
        const score = (mainFits ? 0 : 1e16) + covered + step * 100 + rank * 10 + Math.min(index, 2);
        if (!best || score < best.score) best = { left, top, score, covered: covered + (mainFits ? 0 : Infinity) };
      }
    }
  });
  return { left: Math.round(best!.left), top: Math.round(best!.top), covered: best!.covered };
}
