/**
 * Pixel units only: rem would follow the portal's root font size. The ring lets every click
 * through; the callout takes them (see guideOverlay.ts). The ring jumps rather than glides, so
 * it never lags the control it marks. [hidden] is forced because the
 * buttons' all:unset would otherwise undo its display:none. A callout is two lines, what to do
 * and why, so line breaks in its text are kept. Text and controls keep at least 4.5:1 against
 * what they sit on (tests/unit/overlay/controlContrast.test.ts): the orange of the ring is too
 * light for white text, so the Type button takes Fluent's darker orange.
 */
export const GUIDE_STYLES = `:host{all:initial}
[hidden]{display:none!important}
.ring{position:fixed;left:0;top:0;border:3px solid #f7630c;border-radius:6px;box-shadow:0 0 0 4px #f7630c40;pointer-events:none}
.callout{position:fixed;left:0;top:0;width:max-content;max-width:320px;pointer-events:auto;cursor:default;background:#1b1b1f;color:#fff;font:13px/1.45 'Segoe UI',system-ui,sans-serif;border-radius:8px;padding:10px 12px;box-shadow:0 6px 24px #0000004d}
.callout.compact{max-width:160px}
.head{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-bottom:4px}
.brand{font-size:11px;letter-spacing:.04em;text-transform:uppercase;color:#f7a26b;font-weight:600}
button{all:unset;cursor:pointer}
.close{font-size:18px;line-height:1;padding:0 4px;color:#ccc}
.close:hover,.close:focus-visible{color:#fff}
button:focus-visible{outline:2px solid #fff;outline-offset:1px}
.text{margin:0;white-space:pre-line}
.warn{margin:6px 0 0;padding:6px 8px;border-radius:6px;background:#5c2b00;color:#ffd8b5}
.type{display:inline-block;margin-top:8px;background:#bc4b09;color:#fff;border-radius:4px;padding:4px 10px;font-weight:600;font-size:12px}`;
