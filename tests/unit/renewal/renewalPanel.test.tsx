// @vitest-environment jsdom
/**
 * The renewal checklist and the setups list in the panel: when each shows, what it says, and that
 * no secret ever appears in the list.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RenewalChecklist } from '../../../components/RenewalChecklist';
import { SetupsList } from '../../../components/SetupsList';
import { usePanelStore } from '../../../components/panelStore';
import { useGraphStore } from '../../../components/graph/graphStore';
import { capturedAppId } from '../../../components/graph/verifyActions';
import type { PanelRoute } from '../../../utils/renewal/renewalRoute';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../../../utils/setup/setupState';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const A = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const B = '7a7a7a7a-1111-4222-8333-444455556666';
const C = '9c9c9c9c-1111-4222-8333-444455556666';
const TA = 'c0ffee00-1234-4abc-9def-0123456789ab';
const TB = 'd0d0d0d0-2222-4333-8444-555566667777';
const NOW = new Date(2026, 10, 28, 10).getTime();
const SECRET = 'Ab18Q~a1.bC2dE3-fG4hI5jK6lM7nO8pQ9rS0tUv';

const app = (clientId: string, extra: Partial<AppRecord> = {}): AppRecord => ({ clientId, displayName: 'TonicDM Office 365 Token', done: {}, ...extra });
const state = (apps: AppRecord[], active = apps[0]?.clientId): SetupState => ({ ...EMPTY_SETUP, ...(active ? { activeAppId: active } : {}), apps: Object.fromEntries(apps.map((a) => [a.clientId, a])) });

describe('panel parts for renewals and several setups', () => {
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

  async function render(setup: SetupState, element: React.ReactElement) {
    usePanelStore.setState({ setup, loaded: true, secret: { value: SECRET, appId: A, capturedAt: NOW, lastUsedAt: NOW, source: 'portal' } });
    await act(async () => root.render(element));
  }

  const checklist = () => document.querySelector<HTMLElement>('[data-testid="renewal-checklist"]');
  const statuses = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="renewal-step-"]'), (el) => `${el.dataset.testid!.slice(13)}:${el.dataset.status}`);

  it.each<[string, SetupState, PanelRoute, boolean]>([
    ['far from expiry: hidden', state([app(A, { expiry: { iso: '2027-06-01' } })]), {}, false],
    ['due: shown', state([app(A, { expiry: { iso: '2026-12-18' } })]), {}, true],
    ['asked for by a reminder, though not due yet', state([app(A, { expiry: { iso: '2027-06-01' } })]), { flow: 'renewal', appId: A }, true],
    ["a reminder about another setup: not this one's checklist", state([app(A, { expiry: { iso: '2027-06-01' } })]), { flow: 'renewal', appId: B }, false],
    ['in progress, the expiry already the new one: shown', state([app(A, { expiry: { iso: '2028-11-28' }, renewal: { startedAt: NOW, startedBy: 'panel', old: {}, done: {} } })]), {}, true],
    ['an archived setup: never', state([app(A, { expiry: { iso: '2026-12-18' }, archived: { at: 1, reason: 'app-deleted' } })]), {}, false],
  ])('the renewal checklist, %s', async (_name, setup, route, shown) => {
    await render(setup, <RenewalChecklist route={route} />);
    expect(!!checklist()).toBe(shown);
  });

  it('shows its own progress, the link in the tenant, the month-named description and the old secret', async () => {
    await render(
      state([app(A, { tenantId: TA, expiry: { iso: '2026-12-18' }, credential: { hint: 'Qk_', description: 'TonicDM Office365 Secret' } })]),
      <RenewalChecklist route={{}} />,
    );
    expect(statuses()).toEqual(['renew-open:current', 'renew-new-secret:todo', 'renew-fill:todo', 'renew-go:todo', 'renew-remove-old:todo']);
    expect(document.querySelector('[data-testid="renewal-progress"]')?.textContent).toContain('0 of 5 renewal steps done');
    expect(document.querySelector('[data-testid="renewal-open-credentials"]')?.getAttribute('href')).toBe(
      `https://entra.microsoft.com/${TA}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${A}/isMSAApp~/false`,
    );
    expect(document.querySelector('[data-testid="renewal-description"]')?.textContent).toBe('TonicDM Office365 Secret Nov 2026');
    expect(document.querySelector('[data-testid="renewal-old-secret"]')?.textContent).toContain('"TonicDM Office365 Secret", expires December 18, 2026, Value starts with Qk_');
  });

  it('says when the renewal is complete', async () => {
    const done = Object.fromEntries(['renew-open', 'renew-new-secret', 'renew-fill', 'renew-go', 'renew-remove-old'].map((id) => [id, { at: NOW, source: 'page' }]));
    await render(state([app(A, { expiry: { iso: '2028-11-28' }, renewal: { startedAt: NOW, startedBy: 'panel', old: {}, done, completedAt: NOW } })]), <RenewalChecklist route={{}} />);
    expect(checklist()?.dataset.complete).toBe('true');
    expect(document.querySelector('[data-testid="renewal-complete"]')).not.toBeNull();
  });

  it('lists the setups (tenant, app, client ID, expiry, never a secret), archived ones apart', async () => {
    await render(
      state([
        app(A, { tenantId: TA, tenantName: 'Contoso', expiry: { iso: '2026-12-18' } }),
        app(B, { tenantId: TB, expiry: { iso: '2028-01-01' } }),
        app(C, { tenantId: TB, archived: { at: 1, reason: 'app-deleted' } }),
      ]),
      <SetupsList />,
    );
    const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="setup-item"]'));
    expect(items.map((i) => [i.dataset.clientId, i.dataset.tenantId, i.dataset.active, i.dataset.archived])).toEqual([
      [A, TA, 'true', undefined],
      [B, TB, 'false', undefined],
      [C, TB, 'false', 'true'],
    ]);
    expect(items[0]!.textContent).toContain('Contoso (c0ffee00');
    expect(items[0]!.textContent).toContain('renew within 20 days');
    expect(items[0]!.querySelector('[data-testid="setup-switch"]')).toBeNull();
    expect(items[1]!.querySelector('[data-testid="setup-switch"]')).not.toBeNull();
    // Archived: read-only.
    expect(items[2]!.querySelector('button')).toBeNull();
    expect(items[2]!.closest('[data-testid="setups-archived"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="setups-list"]')!.textContent).not.toContain(SECRET.slice(0, 8));
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['not signed in: the active setup', undefined, A],
    ["signed in to the active setup's tenant", TA, A],
    ["signed in to another setup's tenant: that setup's app", TB, B],
    ['signed in to a tenant without a setup: none (Graph looks by name)', 'e0e0e0e0-3333-4444-8555-666677778888', undefined],
  ])('Graph checks the app of the tenant signed in to: %s', (_name, tenant, expected) => {
    usePanelStore.setState({ setup: state([app(A, { tenantId: TA }), app(B, { tenantId: TB })]) });
    useGraphStore.setState({ account: tenant ? { username: 'admin@contoso.com', tenantId: tenant } : undefined });
    expect(capturedAppId()).toBe(expected);
  });
});
