import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeMessage, logger, redact } from '../../../utils/security/logger';

const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';

describe('logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never writes a secret to the console', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    logger.info('captured', `value ${SECRET} for app`);
    logger.warn('dropped', describeMessage({ type: 'portal/secret', value: SECRET }));
    const written = [...info.mock.calls, ...warn.mock.calls].flat().join('\n');
    expect(written).not.toContain(SECRET);
    expect(written).toContain('[redacted]');
    expect(written).toContain('portal/secret (body withheld)');
  });

  it.each([
    [`secret ${SECRET}`, 'secret [redacted]'],
    ['app 1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d', 'app 1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d'],
    ['plain words stay', 'plain words stay'],
  ])('redacts %s', (input, output) => expect(redact(input)).toBe(output));
});
