/**
 * The "Fill from Entra" button placed after TonicDM's "Security Set Up" heading. It lives in a
 * closed shadow root so the page cannot restyle it or reach into it, and it acts only on the
 * admin's real (trusted) click.
 */
export interface FillButton {
  remove(): void;
  isAttachedTo(heading: Element): boolean;
}

export function mountFillButton(heading: Element, onClick: () => void): FillButton {
  const doc = heading.ownerDocument;
  const host = doc.createElement('tdm-fill-from-entra');
  host.style.cssText = 'all:initial;display:inline-block;margin:4px 0 4px 12px;vertical-align:middle;';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>button{all:unset;cursor:pointer;font:600 13px/1 'Segoe UI',system-ui,sans-serif;background:#0f6cbd;color:#fff;border-radius:4px;padding:7px 12px}button:focus-visible{outline:2px solid #f7630c;outline-offset:2px}</style><button type="button" title="Fill App Secret, Expiry Date, Application (client) ID and Tenant ID from the values captured in Entra">Fill from Entra</button>`;
  shadow.querySelector('button')!.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  heading.insertAdjacentElement('afterend', host);
  return {
    remove: () => host.remove(),
    isAttachedTo: (h) => host.isConnected && host.previousElementSibling === h,
  };
}
