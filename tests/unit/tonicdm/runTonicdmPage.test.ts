// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { runTonicdmPage } from '../../../utils/tonicdm/runTonicdmPage';
import type { FillCommand, FillReply } from '../../../utils/tonicdm/fillProtocol';
import { allFieldValues, loadFixture } from './loadFixture';

/** What the page's card said, in order (the real card sits in a closed shadow root). */
const said = vi.hoisted(() => [] as string[]);
vi.mock('../../../utils/tonicdm/fillButton', () => ({
  mountFillButton: () => ({ say: (text: string) => said.push(text), isMounted: () => true, remove: () => undefined }),
}));

const VALUES = {
  secret: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m',
  expiryIso: '2028-11-27',
  clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d',
  tenantId: 'c0ffee00-1234-4abc-9def-0123456789ab',
};

/** The page as the content script runs it, with the command listener captured. */
function page(url: string, fixture = 'plain-html.html') {
  said.length = 0;
  const win = loadFixture(fixture, url);
  // jsdom has no layout: the outline around Go gets an observer that never fires.
  (win as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  };
  let listener: ((command: FillCommand) => FillReply | Promise<FillReply>) | undefined;
  // jsdom accepts only its own AbortSignal.
  const controller = new win.AbortController();
  runTonicdmPage(win, {
    send: vi.fn(async () => undefined),
    onCommand: (l) => (listener = l),
    signal: controller.signal,
  });
  const fill = (overrides: Partial<FillCommand>) =>
    listener!({ type: 'tonicdm/fill', expectedOrigin: 'https://app.tonicdm.com', expectedPath: '/organization-settings', values: VALUES, mode: 'setup', ...overrides });
  return { win, fill, stop: () => controller.abort() };
}

describe('the TonicDM page re-checks where it is when the fill arrives', () => {
  it('fills when origin and path are the ones the background saw', async () => {
    const { win, fill, stop } = page('https://app.tonicdm.com/organization-settings');
    expect(await fill({})).toMatchObject({ type: 'filled', outcome: { ok: true } });
    expect(allFieldValues(win.document)).toContain(VALUES.secret);
    // Go is marked for the admin, not pressed.
    expect(win.document.querySelector('[data-tdm-guide]')?.textContent?.trim()).toBe('Go');
    stop();
  });

  it.each([
    ['the tab moved to another path', 'https://app.tonicdm.com/home', {}, 'path'],
    ['the background saw another origin', 'https://app.tonicdm.com/organization-settings', { expectedOrigin: 'https://eu.tonicdm.example' }, 'origin'],
    ['the page is a look-alike host', 'https://app.tonicdm.com.example.test/organization-settings', {}, 'origin'],
  ])('refuses when %s, and no field receives a value', async (_name, url, overrides, reason) => {
    const { win, fill, stop } = page(url);
    expect(await fill(overrides)).toEqual({ type: 'refused', reason });
    const values = allFieldValues(win.document).join('|');
    expect(values).not.toContain(VALUES.secret);
    expect(values).not.toContain(VALUES.clientId);
    stop();
  });
});

describe('the page says how a fill went, on the page', () => {
  it('names each field it could not find by its TonicDM label, and fills nothing', async () => {
    const { win, fill, stop } = page('https://app.tonicdm.com/organization-settings', 'missing-field.html');
    expect(await fill({})).toMatchObject({ type: 'filled', outcome: { ok: false, reason: 'missing', fields: ['tenantId'] } });
    expect(said.at(-1)).toBe('Nothing was filled: no field found for Tenant ID. Copy the values one by one from the side panel.');
    expect(allFieldValues(win.document).join('|')).not.toContain(VALUES.secret);
    stop();
  });

  it('says where it filled', async () => {
    const { fill, stop } = page('https://app.tonicdm.com/organization-settings');
    expect(await fill({})).toMatchObject({ type: 'filled', outcome: { ok: true } });
    expect(said.at(-1)).toBe('Filled app.tonicdm.com. Check the values, then press Go.');
    stop();
  });
});
