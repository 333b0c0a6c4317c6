/**
 * What a grid is called: its aria-label or aria-labelledby, else the heading shown just before
 * it (among the grid's or its parents' earlier siblings). Blades can hold several grids of the
 * same shape (API permissions lists "Configured permissions" and may add "Other permissions
 * granted for <tenant>"), and only the title tells them apart.
 */
import { visibleText } from '../../dom/visibleText';
import { labelledByText } from '../dom/texts';

const GRID = '[role="grid"], [role="treegrid"], [role="table"], table';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function precedingHeading(grid: Element): Element | undefined {
  for (let node: Element | null = grid, level = 0; node && level < 3; node = node.parentElement, level++) {
    for (let sibling = node.previousElementSibling, i = 0; sibling && i < 6; sibling = sibling.previousElementSibling, i++) {
      // Another grid first: the heading before it (if any) is that grid's.
      if (sibling.matches(GRID) || sibling.querySelector(GRID)) return undefined;
      const heading = sibling.matches(HEADING) ? sibling : Array.from(sibling.querySelectorAll(HEADING)).pop();
      if (heading) return heading;
    }
  }
  return undefined;
}

/** The title of the grid around `el` (or of the grid around that one, for nested list parts). */
export function titleAround(el: Element): string | undefined {
  for (let grid = el.closest(GRID); grid; grid = grid.parentElement?.closest(GRID) ?? null) {
    const heading = precedingHeading(grid);
    const title = grid.getAttribute('aria-label') ?? labelledByText(grid) ?? (heading && visibleText(heading));
    if (title) return title;
  }
  return undefined;
}
