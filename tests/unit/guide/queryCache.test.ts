// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { queryAll, withQueryCache } from '../../../utils/guide/dom/queryCache';

/** A blade with a live grid of gridcells around a few controls: the cached answers equal the browser's. */
function page(): Document {
  const cells = Array.from({ length: 50 }, (_, i) => `<div role="row"><div role="gridcell">${i}</div><div role="gridcell"><button>Open ${i}</button></div></div>`).join('');
  document.body.innerHTML = `
    <div role="toolbar"><div role="button" aria-disabled="true">Save</div><button role="tab" aria-selected="true">Secrets</button></div>
    <div role="dialog" aria-modal="true"><button>Add</button><input type="checkbox"><div role="checkbox" aria-checked="false"></div><a href="#x">Help</a></div>
    <table><tr><td>plain</td></tr></table>
    <div role="grid">${cells}</div>
    <div data-telemetryname="Menu-Credentials"><a href="#c">Certificates &amp; secrets</a></div>`;
  return document;
}

describe('queryAll within a pass', () => {
  it.each([
    '[role="button"], button',
    '[role="tab"]',
    'button, [role="tab"]',
    '[role="button"]:not([aria-disabled="true"]), button',
    '[role="dialog"] button',
    '[role="dialog"] [role="checkbox"], input[type="checkbox"]',
    'input[type="checkbox"], [role="checkbox"]',
    "[role='gridcell']",
    '[role="row"], tr',
    'a[href], [role="link"]',
    '[aria-modal="true"], [role="dialog"]',
    '[data-telemetryname], [role="menuitem"]',
    '[role]',
    '[role="none"]',
  ])('%s: the same elements, in document order, as querySelectorAll', (selector) => {
    const doc = page();
    const expected = Array.from(doc.querySelectorAll(selector));
    expect(withQueryCache(() => queryAll(doc, selector))).toEqual(expected);
  });
});
