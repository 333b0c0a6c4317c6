/** WCAG 2.x contrast between two opaque sRGB colours written as #rgb or #rrggbb. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not an opaque colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** One declaration of a rule in a style sheet kept as a string (`.type{…background:#bc4b09…}`). */
export function declared(css: string, selector: string, property: 'color' | 'background'): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = css.match(new RegExp(`(?:^|[}\\s,])${escaped}\\{([^}]*)\\}`))?.[1];
  const value = body?.match(new RegExp(`(?:^|;)${property}:(#[0-9a-f]{3,6})\\b`, 'i'))?.[1];
  if (!value) throw new Error(`${selector} declares no ${property}`);
  return value;
}
