// @vitest-environment node
/**
 * assets/tokens.css holds Fluent 2's web themes under Fluent's own names; each value must be the
 * library's, so the panel matches what Microsoft's admin pages draw with the same tokens.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

const css = readFileSync(new URL('../../../assets/tokens.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const declarations = (text: string) => [...text.matchAll(/--([A-Za-z0-9]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const);
const normalise = (value: string) => value.replace(/\s+/g, '').toLowerCase();

describe('the panel tokens are Fluent 2 tokens', () => {
  const light = declarations(css.slice(0, darkStart));
  const dark = declarations(css.slice(darkStart));

  it.each(light)('light --%s', (name, value) => {
    const theme = webLightTheme as unknown as Record<string, string | undefined>;
    expect(theme[name], `${name} is not a Fluent token`).toBeDefined();
    expect(normalise(value)).toBe(normalise(String(theme[name])));
  });

  it.each(dark)('dark --%s', (name, value) => {
    const theme = webDarkTheme as unknown as Record<string, string | undefined>;
    expect(theme[name], `${name} is not a Fluent token`).toBeDefined();
    expect(normalise(value)).toBe(normalise(String(theme[name])));
  });

  it('dark mode redefines every colour and shadow', () => {
    const darkNames = new Set(dark.map(([name]) => name));
    const themed = light.map(([name]) => name).filter((name) => name.startsWith('color') || name.startsWith('shadow'));
    expect(themed.filter((name) => !darkNames.has(name))).toEqual([]);
  });
});
