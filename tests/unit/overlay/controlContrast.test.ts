/**
 * Text and controls the extension draws on other sites' pages (the guide's callout on the portal,
 * the "Fill from Entra" card on TonicDM) keep WCAG AA contrast, 4.5:1, against what they sit on.
 * They live in closed shadow roots, out of reach of a page-level axe run, so their colours are
 * checked here, from the style sheets themselves.
 */
import { describe, expect, it } from 'vitest';
import { GUIDE_STYLES } from '../../../utils/overlay/guideStyles';
import { CARD } from '../../../utils/tonicdm/fillButton';
import { contrastRatio, declared } from '../support/contrast';

describe('in-page text and controls keep 4.5:1', () => {
  it.each([
    ['guide callout text', GUIDE_STYLES, '.callout', 'color', '.callout'],
    ['guide brand line', GUIDE_STYLES, '.brand', 'color', '.callout'],
    ['guide close button', GUIDE_STYLES, '.close', 'color', '.callout'],
    ['guide "Type" button', GUIDE_STYLES, '.type', 'color', '.type'],
    ['guide warning', GUIDE_STYLES, '.warn', 'color', '.warn'],
    ['TonicDM card text', CARD, '.card', 'color', '.card'],
    ['TonicDM card "Fill from Entra" button', CARD, '.fill', 'color', '.fill'],
    ['TonicDM card close button', CARD, '.close', 'color', '.card'],
    ['TonicDM card status line', CARD, '.status', 'color', '.card'],
  ] as const)('%s', (_name, css, fgSelector, _fg, bgSelector) => {
    const ratio = contrastRatio(declared(css, fgSelector, 'color'), declared(css, bgSelector, 'background'));
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#f7630c', 3.1],
    ['#ffffff', '#0f6cbd', 5.4],
  ])('measures %s on %s as %f:1', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });
});
