// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RenewalDue } from '../../../components/RenewalDue';
import { usePanelStore } from '../../../components/panelStore';
import type { PanelRoute } from '../../../utils/renewal/renewalRoute';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../../../utils/setup/setupState';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OTHER = '7a7a7a7a-1111-4222-8333-444455556666';
const NOW = new Date(2027, 0, 3, 10).getTime();

function setup(app: Partial<AppRecord> | undefined, extra: Partial<SetupState> = {}): SetupState {
  if (!app) return { ...EMPTY_SETUP, ...extra };
  return { ...EMPTY_SETUP, activeAppId: APP, apps: { [APP]: { clientId: APP, displayName: 'TonicDM Office 365 Token', done: {}, ...app } }, ...extra };
}

describe('RenewalDue', () => {
  let root: Root;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    vi.useRealTimers();
  });

  async function show(state: SetupState, route: PanelRoute = {}) {
    usePanelStore.setState({ setup: state, loaded: true });
    await act(async () => root.render(<RenewalDue route={route} />));
    return document.querySelector<HTMLElement>('[data-testid="renewal-due"]');
  }

  it.each<[string, SetupState, { days: string; role: string; heading: string } | null]>([
    ['nothing captured', setup(undefined), null],
    ['no expiry', setup({}), null],
    ['31 days left', setup({ expiry: { iso: '2027-02-03' } }), null],
    ['30 days left', setup({ expiry: { iso: '2027-02-02' } }), { days: '30', role: 'status', heading: "TonicDM's client secret expires in 30 days" }],
    ['12 days left', setup({ expiry: { iso: '2027-01-15' } }), { days: '12', role: 'status', heading: "TonicDM's client secret expires in 12 days" }],
    ['today', setup({ expiry: { iso: '2027-01-03' } }), { days: '0', role: 'status', heading: "TonicDM's client secret expires today" }],
    ['expired', setup({ expiry: { iso: '2026-12-30' } }), { days: '-4', role: 'alert', heading: "TonicDM's client secret has expired" }],
  ])('%s', async (_name, state, expected) => {
    const notice = await show(state);
    if (!expected) {
      expect(notice).toBeNull();
      return;
    }
    expect(notice?.dataset.daysLeft).toBe(expected.days);
    expect(notice?.getAttribute('role')).toBe(expected.role);
    expect(notice?.querySelector('h2')?.textContent).toBe(expected.heading);
    expect(notice?.textContent).toContain('Update Now');
  });

  it('says the expiry came from Graph when it did', async () => {
    const notice = await show(setup({ expiry: { iso: '2027-01-15' }, credential: { keyId: '0b6f3c1e-5a2d-4e8f-9c7b-1d3e5f7a9b2c' }, graph: { checkedAt: NOW } }));
    expect(notice?.textContent).toContain('Expiry as Microsoft Graph lists it.');
  });

  it('comes into view and takes focus when a reminder opened the panel', async () => {
    const scroll = vi.fn();
    HTMLElement.prototype.scrollIntoView = scroll;
    const notice = await show(setup({ expiry: { iso: '2027-01-15' } }), { flow: 'renewal', appId: APP });
    expect(notice?.dataset.requested).toBe('true');
    expect(document.activeElement).toBe(notice);
    expect(scroll).toHaveBeenCalled();
  });

  it('offers to switch when the reminder was about another setup', async () => {
    const state = setup({ expiry: { iso: '2028-01-15' } });
    state.apps[OTHER] = { clientId: OTHER, displayName: 'TonicDM (Fabrikam)', expiry: { iso: '2027-01-10' }, done: {} };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await show(state, { flow: 'renewal', appId: OTHER });
    const other = document.querySelector<HTMLElement>('[data-testid="renewal-other-app"]');
    expect(other?.textContent).toContain('TonicDM (Fabrikam)');
    await act(async () => other?.querySelector('button')?.click());
    expect(send).toHaveBeenCalledWith({ type: 'panel/switch-app', appId: OTHER });
  });
});
