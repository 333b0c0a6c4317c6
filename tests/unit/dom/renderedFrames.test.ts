// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { reportFrames } from '../../../utils/dom/renderedFrames';

const REACT = 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index?x=1';
type Box = { left: number; top: number; width: number; height: number };

function frame(attrs: Record<string, string>, box: Box, style = ''): string {
  const attributes = Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ');
  return `<iframe ${attributes} style="${style}" data-box='${JSON.stringify(box)}'></iframe>`;
}

function load(html: string): Document {
  document.body.innerHTML = html;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-box]'))) {
    const { left, top, width, height } = JSON.parse(el.dataset.box!) as Box;
    el.getBoundingClientRect = () => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) });
  }
  return document;
}

const BLADE: Box = { left: 300, top: 100, width: 900, height: 600 };

describe('reportFrames', () => {
  it.each([
    ['the active ReactView', frame({ src: REACT, name: 'Creds.ReactView', class: 'fxs-reactview-frame fxs-reactview-frame-active' }, BLADE), { rendered: true, marked: true }],
    ['a visible FrameBlade without the marker', frame({ src: REACT, name: 'RegisteredApps.CallAnAPI.FrameBlade', class: 'fxs-frameblade-frame' }, BLADE), { rendered: true, marked: false }],
    ['a pre-warmed frame (display none)', frame({ src: REACT, class: 'fxs-reactview-frame fxs-display-none' }, { left: 0, top: 0, width: 0, height: 0 }, 'display:none'), { rendered: false, marked: false }],
    ['a frame hidden by visibility', frame({ src: REACT }, BLADE, 'visibility:hidden'), { rendered: false, marked: false }],
    ['a transparent frame', frame({ src: REACT }, BLADE, 'opacity:0'), { rendered: false, marked: false }],
    ['a frame parked off screen', frame({ src: REACT }, { left: -5000, top: 0, width: 900, height: 600 }), { rendered: false, marked: false }],
    ['a tracking-pixel-sized frame', frame({ src: REACT }, { left: 10, top: 10, width: 1, height: 1 }), { rendered: false, marked: false }],
  ])('%s', (_name, html, expected) => {
    expect(reportFrames(load(html), () => true)).toEqual([{ url: REACT, name: expect.any(String), ...expected }]);
  });

  it('a frame inside a hidden container is hidden', () => {
    const doc = load(`<div hidden>${frame({ src: REACT }, BLADE)}</div>`);
    expect(reportFrames(doc, () => true)[0]?.rendered).toBe(false);
  });

  it('lists only the frames the caller accepts, and never a frame without an address', () => {
    const doc = load(frame({ src: REACT }, BLADE) + frame({ src: 'https://ads.example.test/' }, BLADE) + frame({}, BLADE));
    expect(reportFrames(doc, (url) => url.includes('reactblade')).map((r) => r.url)).toEqual([REACT]);
  });
});
