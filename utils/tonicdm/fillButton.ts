/**
 * The "Fill from Entra" card on TonicDM's page. It sits in the browser's top layer (a manual
 * popover, above anything the page stacks by z-index) at a fixed corner, inside a closed shadow
 * root the page can neither restyle nor read. It looks the same whether or not values are held,
 * so its presence tells the page nothing. A click counts as the admin's only if seenGuard proves
 * the button was visible and unobstructed; any other click asks for confirmation in the panel.
 */
import { i18n } from '#i18n';
import { guardSeen } from './seenGuard';

export interface FillButton {
  /** Short feedback after a click, inside the closed shadow root. */
  say(text: string): void;
  isMounted(): boolean;
  remove(): void;
}

export interface FillButtonHandlers {
  /** `seen`: the click provably landed on the visible button. */
  onPress(seen: boolean): void;
  onDismiss(): void;
}

/** Every word the card says before a click, in the browser's language (TonicDM's field names stay as TonicDM shows them). */
const STRINGS = {
  name: i18n.t('extName'),
  hide: i18n.t('tonicdmPage.hide'),
  fill: i18n.t('tonicdmPage.fill'),
  idle: i18n.t('tonicdmPage.idle'),
};

// Every property the layout depends on is !important: inline important declarations outrank the page's rules.
const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'inset:auto 16px 16px auto',
  'margin:0',
  'padding:0',
  'border:0',
  'background:transparent',
  'overflow:visible',
  'display:block',
  'width:auto',
  'height:auto',
  'opacity:1',
  'visibility:visible',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'mask:none',
  'mix-blend-mode:normal',
  'content-visibility:visible',
  'pointer-events:auto',
  'z-index:2147483647',
]
  .map((rule) => `${rule}!important`)
  .join(';');

/** The card's markup and styles; its colours keep 4.5:1 (tests/unit/overlay/controlContrast.test.ts). */
export const CARD = `<style>
.card{box-sizing:border-box;width:272px;font:13px/1.4 'Segoe UI',system-ui,sans-serif;color:#242424;background:#fff;border:1px solid #8a8886;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.22);padding:10px 12px;position:relative}
p{margin:0}
.title{font-weight:600;margin:0 24px 8px 0}
.fill{all:unset;box-sizing:border-box;cursor:pointer;font:600 13px/1 'Segoe UI',system-ui,sans-serif;background:#0f6cbd;color:#fff;border-radius:4px;padding:8px 12px}
.close{all:unset;cursor:pointer;position:absolute;top:6px;right:8px;width:20px;height:20px;text-align:center;font:16px/20px system-ui,sans-serif;color:#424242;border-radius:4px}
.fill:focus-visible,.close:focus-visible{outline:2px solid #f7630c;outline-offset:2px}
.status{margin-top:8px;height:3.6em;overflow:hidden;color:#424242}
</style><div class="card" role="region"><p class="title"></p><button type="button" class="close">×</button><button type="button" class="fill"></button><p class="status" role="status"></p></div>`;

export function mountFillButton(doc: Document, handlers: FillButtonHandlers): FillButton {
  const host = doc.createElement('tdm-fill-from-entra');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = CARD;
  const fill = shadow.querySelector('.fill') as HTMLButtonElement;
  const status = shadow.querySelector('.status') as HTMLElement;
  // Words go in as text, never as markup.
  shadow.querySelector('.card')!.setAttribute('aria-label', STRINGS.name);
  shadow.querySelector('.title')!.textContent = STRINGS.name;
  shadow.querySelector('.close')!.setAttribute('aria-label', STRINGS.hide);
  fill.textContent = STRINGS.fill;
  status.textContent = STRINGS.idle;
  doc.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual';
    host.showPopover();
  }
  const seen = guardSeen(host, fill);
  // Page scripts share our element: undo any change to its style or popover state, and make
  // the admin see the restored card for the full time again before a click counts.
  const restore = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (typeof host.showPopover === 'function') {
      if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
      if (!host.matches(':popover-open')) host.showPopover();
    }
    seen.reset();
  };
  const win = doc.defaultView!;
  const guard = new win.MutationObserver(restore);
  guard.observe(host, { attributes: true });
  host.addEventListener('toggle', restore);
  win.addEventListener('resize', seen.reset);
  const remove = () => {
    guard.disconnect();
    win.removeEventListener('resize', seen.reset);
    seen.stop();
    host.remove();
  };
  fill.addEventListener('click', (event) => {
    if (event.isTrusted) handlers.onPress(seen.wasSeen(event));
  });
  shadow.querySelector('.close')!.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    remove();
    handlers.onDismiss();
  });
  return {
    say: (text) => (status.textContent = text),
    isMounted: () => host.isConnected,
    remove,
  };
}
