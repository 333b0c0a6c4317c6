import { describe, expect, it } from 'vitest';
import { classifySecret, isUsableSecret, secretHint } from '../../../utils/values/classifySecret';

describe('classifySecret', () => {
  it.each([
    ['current 8Q~ format', 'Abc8Q~dEfGhIjKlMnOpQrStUvWxYz012345678_.', 'current'],
    ['previous 7Q~ format', 'o6e7Q~aBcDeFgHiJkLmNoPqRsTuVwXyZ01234', 'previous'],
    ['plausible other version digit', 'xyz9Q~aBcDeFgHiJkLmNoPqRsTuVwXyZ012345', 'previous'],
    ['legacy 32 chars with symbols', 'aB3=dE5:fG7[hI9]jK1@lM3/nO5*pQ7+', 'legacy'],
    ['legacy 34 unreserved with a dash', 'abcdefghij-klmnopqrstuvwxyz01234567'.slice(0, 34), 'legacy'],
    ['the Secret ID (a GUID)', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'secret-id'],
    ['the Secret ID in upper case', '3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'secret-id'],
    ['a masked value', 'o6e************', 'masked'],
    ['a masked value with bullets', 'o6e••••••••••', 'masked'],
    ['empty', '   ', 'empty'],
    ['a short word', 'Value', 'empty'],
    ['a sentence', 'TonicDM Office365 Secret', 'empty'],
    ['an unknown 20-char token', 'QwErTyUiOpAsDfGhJkLz', 'unrecognised'],
  ])('%s', (_name, value, kind) => {
    expect(classifySecret(value)).toBe(kind);
  });

  it.each([
    ['current', true],
    ['previous', true],
    ['legacy', true],
    ['unrecognised', true],
    ['secret-id', false],
    ['masked', false],
    ['empty', false],
  ] as const)('%s usable: %s', (kind, usable) => {
    expect(isUsableSecret(kind)).toBe(usable);
  });

  it('hints with the first three characters only', () => {
    expect(secretHint(' Abc8Q~rest ')).toBe('Abc');
  });
});
