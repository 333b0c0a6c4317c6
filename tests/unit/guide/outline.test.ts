import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFrameOutline } from '../../../utils/guide/outline/buildOutline';
import { redactOutlineText, tenantNamePatterns } from '../../../utils/guide/outline/redactOutline';
import { tenantNamesIn } from '../../../utils/guide/outline/tenantNames';

const REAL_VALUES = [
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  'b3a1c7e2-19f4-4d2b-8e61-0a9c5d7f3e48',
  '9d7e6f5a-4b3c-4d2e-8f1a-0b9c8d7e6f5a',
  '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  '1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d',
  'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m',
  'xR2',
  'Zx9=pL2:mN4[qR6]sT8@uV0/wX1*yZ3+',
  'PasswordFieldValue',
  'megan.bowen',
  'Adele.Vance',
  'fabrikampharma',
  'Fabrikam',
];

function outlineOf(html: string): string {
  document.body.innerHTML = html;
  const outline = buildFrameOutline(document);
  return [outline.host, outline.path, ...outline.lines].join('\n');
}

describe('buildFrameOutline', () => {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/portal/outline/real-values.html'), 'utf8');

  it('keeps the structure: roles, names, states and stable attributes', () => {
    const text = outlineOf(html);
    expect(text).toContain('treeitem "API permissions" {data-telemetryname="Menu-CallAnAPI"}');
    expect(text).toContain('grid "Configured permissions"');
    expect(text).toContain('gridcell "Mail.ReadWrite"');
    expect(text).toContain('button "Grant admin consent for <tenant>"');
    expect(text).toContain('gridcell "Granted for <tenant>"');
    expect(text).toContain('columnheader "Secret ID"');
    expect(text).toMatch(/button "Copy to clipboard"/);
  });

  it("holds none of the blade's real values", () => {
    const text = outlineOf(html).toLowerCase();
    for (const value of REAL_VALUES) expect(text).not.toContain(value.toLowerCase());
    expect(text).not.toMatch(/[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/);
    expect(text).not.toMatch(/@[a-z0-9-]+\./);
    expect(text).toContain('<secret>');
    expect(text).toContain('<masked>');
    expect(text).toContain('<email>');
  });

  it('names the tenant it found, for the other frames', () => {
    document.body.innerHTML = html;
    expect(buildFrameOutline(document).tenantNames).toContain('Fabrikam Pharma');
  });

  it('leaves hidden elements and its own overlay out', () => {
    const text = outlineOf('<div hidden><button>Hidden thing</button></div><tdm-abcdef><button>Guide</button></tdm-abcdef><button>Shown</button>');
    expect(text).toContain('button "Shown"');
    expect(text).not.toContain('Hidden thing');
    expect(text).not.toContain('Guide');
  });

  it('keeps the first rows of a long list', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<div role="row"><div role="gridcell">Row ${i}</div></div>`).join('');
    const text = outlineOf(`<div role="grid">${rows}</div>`);
    expect(text).toContain('"Row 11"');
    expect(text).not.toContain('"Row 12"');
    expect(text).toContain('… 28 more rows');
  });
});

describe('redactOutlineText', () => {
  it.each([
    ['client 3F2504E0-4F89-41D3-9A0C-0305E82C3301 here', 'client <guid> here'],
    ['mail admin@contoso.onmicrosoft.com now', 'mail <email> now'],
    ['value Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m', 'value <secret>'],
    ['masked o6e************', 'masked <masked>'],
    ['host contoso.onmicrosoft.com', 'host <tenant>.onmicrosoft.com'],
    // Names of permissions, blades and hosts stay readable.
    ['MailboxSettings.ReadWrite Microsoft_AAD_RegisteredApps sandbox-22-5.reactblade.portal.azure.net', 'MailboxSettings.ReadWrite Microsoft_AAD_RegisteredApps sandbox-22-5.reactblade.portal.azure.net'],
  ])('%j → %j', (text, expected) => {
    expect(redactOutlineText(text)).toBe(expected);
  });

  it('replaces the tenant names it is given, in any case', () => {
    expect(redactOutlineText('Granted for Contoso Ltd; CONTOSO LTD', tenantNamePatterns(['Contoso Ltd']))).toBe('Granted for <tenant>; <tenant>');
  });
});

describe('tenantNamesIn', () => {
  it.each([
    ['Granted for Contoso', ['Contoso']],
    ['Not granted for Contoso Ltd', ['Contoso Ltd']],
    ['Grant admin consent for Fabrikam', ['Fabrikam']],
    ['Administratorzustimmung für Fabrikam erteilen', ['Fabrikam']],
    ['Fabrikam に付与されました', ['Fabrikam']],
    ['Single tenant only - Northwind', ['Northwind']],
    ['Other permissions granted for Northwind', ['Northwind']],
    ['admin@tailspin.onmicrosoft.com', ['tailspin']],
    ['Application permissions', []],
  ])('%j → %j', (text, names) => {
    expect(tenantNamesIn(text)).toEqual(expect.arrayContaining(names));
    if (names.length === 0) expect(tenantNamesIn(text)).toEqual([]);
  });
});
