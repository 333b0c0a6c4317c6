/**
 * Text as the admin reads it. Portal Fluent UI keeps hidden duplicate text and draws icons
 * with Private Use Area glyphs, so prefer innerText (layout-aware in browsers) and strip them.
 * DOM emulations without layout return '' or undefined for innerText; fall back to textContent.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

export function normalizeText(text: string): string {
  return text.replace(PRIVATE_USE, '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function visibleText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  const raw = typeof inner === 'string' && inner.length > 0 ? inner : (el.textContent ?? '');
  return normalizeText(raw);
}
