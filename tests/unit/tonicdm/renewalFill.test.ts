// @vitest-environment node
/**
 * TonicDM's "Update Now" form during a renewal: the new secret and its expiry are what it needs;
 * the IDs are filled where it shows them, and IDs it already holds must be the setup's own.
 */
import { describe, expect, it, vi } from 'vitest';
import { fillSecurityForm, type SecurityValues } from '../../../utils/tonicdm/fillSecurityForm';
import { runTonicdmPage } from '../../../utils/tonicdm/runTonicdmPage';
import type { FillCommand, FillReply } from '../../../utils/tonicdm/fillProtocol';
import { allFieldValues, fixtureHtml, loadFixture, loadHtml, takeExpectedMarks } from './loadFixture';

/** The IDs update-now.html shows prefilled, as TonicDM would for its current setup. */
const SHOWN = { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };
const VALUES: SecurityValues = { secret: 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv', expiryIso: '2028-11-28', ...SHOWN };
const OTHER_TENANT = { ...VALUES, tenantId: 'd0d0d0d0-2222-4333-8444-555566667777' };

function revealed(name: string) {
  const win = loadFixture(name);
  const marks = takeExpectedMarks(win.document);
  (marks.get('updateNow') as HTMLElement).click();
  return { win, marks, value: (mark: string) => (marks.get(mark) as HTMLInputElement | undefined)?.value };
}

describe('fillSecurityForm in renewal mode', () => {
  it('fills the four fields of an Update Now form that shows the IDs (the same IDs)', () => {
    const { win, value } = revealed('update-now.html');
    expect(fillSecurityForm(win.document, VALUES, 'en-US', 'renewal')).toMatchObject({ ok: true });
    expect([value('secret'), value('expiry'), value('clientId'), value('tenantId')]).toEqual([VALUES.secret, '11/28/2028', SHOWN.clientId, SHOWN.tenantId]);
  });

  it('needs only the secret and its expiry when the form shows nothing else', () => {
    const { win, value } = revealed('update-now-secret-only.html');
    expect(fillSecurityForm(win.document, VALUES, 'en-US', 'renewal')).toEqual({
      ok: true,
      results: [
        { field: 'secret', ok: true },
        { field: 'expiry', ok: true },
      ],
    });
    expect(value('secret')).toBe(VALUES.secret);
    // The first setup's fill, all or nothing, still refuses that form.
    const again = revealed('update-now-secret-only.html');
    expect(fillSecurityForm(again.win.document, VALUES, 'en-US', 'setup')).toEqual({ ok: false, reason: 'missing', fields: ['clientId', 'tenantId'] });
  });

  it('refuses a form that holds another tenant (an MSP\'s other organisation), and changes nothing', () => {
    const { win } = revealed('update-now.html');
    const before = allFieldValues(win.document);
    expect(fillSecurityForm(win.document, OTHER_TENANT, 'en-US', 'renewal')).toEqual({ ok: false, reason: 'other-app', fields: ['tenantId'] });
    expect(allFieldValues(win.document)).toEqual(before);
  });

  it('without the secret field (form still hidden) fills nothing and names the missing fields', () => {
    const win = loadFixture('update-now.html');
    expect(fillSecurityForm(win.document, VALUES, 'en-US', 'renewal')).toEqual({ ok: false, reason: 'missing', fields: ['secret', 'expiry'] });
  });
});

describe('the TonicDM page during a renewal', () => {
  function page(html: string) {
    const win = loadHtml(html);
    (win as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
      observe() {}
      disconnect() {}
    };
    let listener: ((command: FillCommand) => FillReply | Promise<FillReply>) | undefined;
    const controller = new win.AbortController();
    const send = vi.fn(async () => undefined);
    runTonicdmPage(win, { send, onCommand: (l) => (listener = l), signal: controller.signal });
    const fill = (mode: FillCommand['mode'], values = VALUES) =>
      listener!({ type: 'tonicdm/fill', expectedOrigin: 'https://app.tonicdm.com', expectedPath: '/organization-settings', values, mode });
    return { win, fill, send, stop: () => controller.abort() };
  }

  it('presses "Update Now" for the admin, fills the revealed form, and marks Go without pressing it', async () => {
    const { win, fill, stop } = page(fixtureHtml('update-now.html'));
    const goClicks = vi.fn();
    win.document.querySelector('[data-expected="go"]')!.addEventListener('click', goClicks);
    expect(await fill('renewal')).toMatchObject({ type: 'filled', outcome: { ok: true } });
    expect((win.document.getElementById('app-secret') as HTMLInputElement).value).toBe(VALUES.secret);
    expect(win.document.querySelector('[data-tdm-guide]')?.textContent?.trim()).toBe('Go');
    expect(goClicks).not.toHaveBeenCalled();
    stop();
  });

  it('the first setup\'s fill does not press "Update Now": it only points at it', async () => {
    const { win, fill, stop } = page(fixtureHtml('update-now.html'));
    expect(await fill('setup')).toMatchObject({ type: 'filled', outcome: { ok: false, reason: 'missing' } });
    expect(win.document.getElementById('renewal-form')!.hidden).toBe(true);
    expect(win.document.querySelector('[data-tdm-guide]')?.textContent?.trim()).toBe('Update Now');
    stop();
  });

  it('presses no "Update Now" outside Security Set Up', async () => {
    const html = fixtureHtml('update-now.html').replace('<button type="button" id="update-now" data-expected="updateNow">Update Now</button>', '').replace('<section id="billing" class="settings-card">', '<section id="billing" class="settings-card"><button type="button" id="update-now">Update Now</button>');
    const { win, fill, stop } = page(html);
    expect(await fill('renewal')).toMatchObject({ type: 'filled', outcome: { ok: false, reason: 'missing' } });
    expect(win.document.getElementById('renewal-form')!.hidden).toBe(true);
    stop();
  });
});
