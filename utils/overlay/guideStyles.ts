/**
 * Pixel units only: rem would follow the portal's root font size. The callout lets clicks
 * through (it may overlap a control); only its two buttons take them.
 */
export const GUIDE_STYLES = `
:host { all: initial; }
/* The buttons' all:unset would otherwise undo the hidden attribute's display:none. */
[hidden] { display: none !important; }
.ring { position: fixed; left: 0; top: 0; border: 3px solid #f7630c; border-radius: 6px; box-shadow: 0 0 0 4px rgba(247,99,12,.25); pointer-events: none; transition: transform .12s ease-out, width .12s, height .12s; }
.callout { position: fixed; left: 0; top: 0; width: max-content; max-width: 320px; pointer-events: none; background: #1b1b1f; color: #fff; font: 13px/1.45 'Segoe UI', system-ui, sans-serif; border-radius: 8px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 4px; }
.brand { font-size: 11px; letter-spacing: .04em; text-transform: uppercase; color: #f7a26b; font-weight: 600; }
.close { all: unset; pointer-events: auto; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: #ccc; }
.close:hover, .close:focus-visible { color: #fff; outline: 1px solid #888; border-radius: 3px; }
/* A callout is two lines, what to do and why: keep the why on its own line. */
.text { margin: 0; white-space: pre-line; }
.warn { margin: 6px 0 0; padding: 6px 8px; border-radius: 6px; background: #5c2b00; color: #ffd8b5; }
.type { all: unset; display: inline-block; pointer-events: auto; cursor: pointer; margin-top: 8px; background: #f7630c; color: #fff; border-radius: 4px; padding: 4px 10px; font-weight: 600; font-size: 12px; }
.type:focus-visible { outline: 2px solid #fff; }
@media (prefers-reduced-motion: reduce) { .ring { transition: none; } }
`;
