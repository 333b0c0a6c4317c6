// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildReactReplicaHtml } from '../../fixtures/tonicdm/buildReactReplica';
import { fillSecurityForm } from '../../../utils/tonicdm/fillSecurityForm';
import { loadHtml } from './loadFixture';

describe('buildReactReplicaHtml', () => {
  it('returns one self-contained page with the bundle inlined, and caches it', async () => {
    const html = await buildReactReplicaHtml();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<div id="root"></div>');
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(10_000);
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('process.env');
    expect(await buildReactReplicaHtml()).toBe(html);
  }, 120_000);

  it('runs as a page: React renders, takes the fill into its state', async () => {
    const win = loadHtml(await buildReactReplicaHtml());
    await waitFor(() => win.__tonicdmReplica !== undefined);
    const outcome = fillSecurityForm(win.document, { secret: 'S3cr~et.Value', expiryIso: '2027-12-31', clientId: 'c', tenantId: 't' }, 'en-US');
    expect(outcome.ok).toBe(true);
    await waitFor(() => win.__tonicdmReplica?.getState().secret === 'S3cr~et.Value');
    expect(win.__tonicdmReplica?.getState()).toEqual({
      secret: 'S3cr~et.Value',
      expiry: '12/31/2027',
      clientId: 'c',
      tenantId: 't',
      submitted: false,
    });
  }, 120_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
