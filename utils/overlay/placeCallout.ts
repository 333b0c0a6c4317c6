/**
 * Where the callout goes: beside its control, never over it (nor over the ring around it), never
 * over an open dropdown list, and inside the viewport; and, where there is room, not over the
 * controls grouped with it either (the other tile, the next toolbar button), since the callout
 * takes clicks. Candidate spots are tried in order of preference (each side of the control,
 * aligned with its start or end, or slid past whatever must stay visible); the one that fits and
 * covers least wins. A few lines of geometry instead of a positioning library keep the page
 * script small.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'bottom' | 'top';

const GAP = 12;
const PADDING = 8;

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
  /** Covered only if nothing else fits. */
  spare: readonly Box[] = [],
): { left: number; top: number } {
  const { width: w, height: h } = size;
  let best: { left: number; top: number; score: number } | undefined;
  sides.forEach((side, rank) => {
    const horizontal = side === 'right' || side === 'left';
    const main =
      side === 'right' ? target.left + target.width + GAP
      : side === 'left' ? target.left - GAP - w
      : side === 'bottom' ? target.top + target.height + GAP
      : target.top - GAP - h;
    // Along the side: aligned with the control's start or end, or just past what must stay free.
    const cross = horizontal
      ? [target.top, target.top + target.height - h, ...avoid.flatMap((a) => [a.top + a.height + GAP, a.top - GAP - h])]
      : [target.left, target.left + target.width - w, ...avoid.flatMap((a) => [a.left + a.width + GAP, a.left - GAP - w])];
    const mainFits = horizontal
      ? main >= PADDING && main + w <= viewport.width - PADDING
      : main >= PADDING && main + h <= viewport.height - PADDING;
    for (const [index, value] of cross.entries()) {
      const left = horizontal ? main : clamp(value, PADDING, viewport.width - w - PADDING);
      const top = horizontal ? clamp(value, PADDING, viewport.height - h - PADDING) : main;
      const box = { left, top, width: w, height: h };
      const covered = avoid.reduce((sum, a) => sum + overlap(box, a), 0);
      const spared = spare.reduce((sum, a) => sum + overlap(box, a), 0);
      // Fitting and covering nothing beats any preference; then fewer pixels covered; then order.
      const score = (mainFits ? 0 : 1e12) + covered * 1e3 + spared + rank * 10 + Math.min(index, 2);
      if (!best || score < best.score) best = { left, top, score };
    }
  });
  return { left: Math.round(best!.left), top: Math.round(best!.top) };
}
