import { describe, expect, it } from 'vitest';
import { placeCallout, type Box, type Side } from '../../../utils/overlay/placeCallout';

const VIEWPORT = { width: 1000, height: 700 };
const SIZE = { width: 300, height: 100 };
const FORM: Side[] = ['right', 'left', 'bottom', 'top'];

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function placed(target: Box, avoid: Box[] = [target], spare: Box[] = []): Box {
  const { left, top } = placeCallout(target, SIZE, VIEWPORT, avoid, FORM, spare);
  return { left, top, ...SIZE };
}

describe('placeCallout', () => {
  it('goes to the right of a control with room there', () => {
    const box = placed({ left: 100, top: 100, width: 200, height: 30 });
    expect(box.left).toBe(312);
    expect(box.top).toBe(100);
  });

  it('flips to the left at the right edge', () => {
    const target = { left: 800, top: 100, width: 150, height: 30 };
    const box = placed(target);
    expect(box.left + box.width).toBeLessThanOrEqual(target.left);
  });

  it('never covers the control, wherever it sits', () => {
    for (const target of [
      { left: 0, top: 0, width: 990, height: 40 },
      { left: 350, top: 300, width: 300, height: 40 },
      { left: 10, top: 650, width: 200, height: 40 },
    ]) {
      expect(overlaps(placed(target), target)).toBe(false);
    }
  });

  it('keeps clear of an open list below the control', () => {
    const target = { left: 650, top: 200, width: 300, height: 32 };
    const list = { left: 650, top: 232, width: 300, height: 220 };
    const box = placed(target, [target, list]);
    expect(overlaps(box, list)).toBe(false);
    expect(overlaps(box, target)).toBe(false);
  });

  it('stays inside the viewport', () => {
    const box = placed({ left: 400, top: 680, width: 100, height: 20 });
    expect(box.top + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    expect(box.top).toBeGreaterThanOrEqual(0);
  });

  it('spares the controls next to it when there is room elsewhere', () => {
    const target = { left: 300, top: 300, width: 150, height: 60 };
    const neighbour = { left: 470, top: 300, width: 150, height: 60 };
    const box = placed(target, [target], [neighbour]);
    expect(overlaps(box, neighbour)).toBe(false);
  });
});
