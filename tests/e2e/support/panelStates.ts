/**
 * The side panel and options states an admin meets, each reached the way the extension itself
 * gets there (storage written as the background writes it, or clicks in the UI), so the
 * accessibility checks and the before/after screenshots see the same pages.
 */
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { openSidePanel } from './sidePanel';
import { SEEDED, seedCapturedValues } from './seed';

export type ColorScheme = 'light' | 'dark';

/** Widths of Chrome's side panel: its default and a wider one. */
export const PANEL_WIDTHS = [360, 420] as const;
export const PANEL_HEIGHT = 760;

interface Handles {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** A panel opened as a tab at the side panel's width, once it has read storage. */
export async function openPanelAt(handles: Handles, width: number = PANEL_WIDTHS[0]): Promise<Page> {
  const panel = await openSidePanel(handles.context, handles.extensionId);
  await panel.page.setViewportSize({ width, height: PANEL_HEIGHT });
  await expect(panel.step('register')).toBeVisible();
  await expect(panel.page.getByTestId('graph-section')).toHaveAttribute('data-ready', 'true');
  return panel.page;
}

/** Mid-setup: the app registered and its IDs read, on a wrong turn, with notices of every severity. */
export async function seedMidSetupWithNotices(worker: Worker): Promise<void> {
  await worker.evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const now = Date.now();
    await c.storage.local.set({
      setup: {
        version: 1,
        activeAppId: v.clientId,
        apps: {
          [v.clientId]: {
            clientId: v.clientId,
            tenantId: v.tenantId,
            displayName: 'TonicDM Office 365 Token',
            singleTenant: true,
            done: { register: { at: now, source: 'page' }, 'copy-ids': { at: now, source: 'page' } },
          },
        },
        pendingDone: {},
        notices: [
          {
            id: 'delegated-instead-of-application',
            severity: 'error',
            message: 'A TonicDM permission is listed as Delegated. TonicDM runs without a signed-in user, so its token carries only Application permissions.',
            fix: 'Remove the Delegated entry (… → Remove permission), then Add a permission → Microsoft Graph → Application permissions and tick it again.',
            appId: v.clientId,
            at: now,
          },
          {
            id: 'consent-not-granted',
            severity: 'warning',
            message: 'Admin consent is missing, so the permissions do not work yet.',
            fix: 'Click "Grant admin consent for …" and confirm with Yes.',
            appId: v.clientId,
            at: now + 1,
          },
          {
            id: 'different-app',
            severity: 'warning',
            message: 'You are on app Contoso Mail Sync, not TonicDM Office 365 Token, the one being set up. Its IDs were kept apart.',
            fix: 'Go back to the app you are setting up, or switch to this one.',
            switchTo: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
            at: now + 2,
          },
          {
            id: 'unexpected-name',
            severity: 'info',
            message: 'The app is named "Mail connector". The TonicDM guide names it "TonicDM Office 365 Token", which makes it easy to find again.',
            appId: v.clientId,
            at: now + 3,
          },
        ],
      },
    });
  }, SEEDED);
}

/** A fill the page asked for on an extra origin, waiting for the admin's answer in the panel. */
export async function seedFillConfirmation(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const now = Date.now();
    const request = { id: crypto.randomUUID(), tabId: 1, target: { origin: 'https://eu.tonicdm.com', path: '/organization-settings' }, why: 'extra-origin', at: now };
    await c.storage.session.set({ pendingFill: request, fillStatus: { result: { ok: false, reason: 'confirm', request }, via: 'page', at: now } });
  });
}

/** The outcome of the last fill, as the background records it. */
export async function seedFillStatus(worker: Worker, result: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (r) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await c.storage.session.set({ fillStatus: { result: r, via: 'panel', at: Date.now() } });
  }, result);
}

/** The portal showed an expiry that reads two ways, a different tenant ID and a second secret Value. */
export async function seedExpiryChoiceAndOffer(worker: Worker): Promise<void> {
  await worker.evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const now = Date.now();
    const { setup } = (await c.storage.local.get('setup')) as { setup: { apps: Record<string, Record<string, unknown>>; offers?: unknown[] } };
    setup.apps[v.clientId]!.expiryChoice = { text: '5/7/2027', candidates: ['2027-05-07', '2027-07-05'] };
    setup.offers = [{ id: `tenantId:${v.clientId}`, appId: v.clientId, field: 'tenantId', value: 'd00dfeed-1234-4abc-9def-0123456789ab', blade: 'Overview', at: now }];
    await c.storage.local.set({ setup });
    await c.storage.session.set({
      secretOffers: [{ appId: v.clientId, value: 'Zx9Q~a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8', blade: 'Certificates & secrets', unusualFormat: false, at: now }],
    });
  }, SEEDED);
}

/** The admin closed the page guide (Esc or its ×). */
export async function seedGuideHidden(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    await c.storage.local.set({ guideHidden: true });
  });
}

/** The options page at the width of a narrow window, once it has read storage. */
export async function openOptionsAt(context: BrowserContext, extensionId: string, width: number = PANEL_WIDTHS[1]): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: PANEL_HEIGHT });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('graph-authority')).toHaveValue(/^https:/);
  return page;
}

export { SEEDED, seedCapturedValues };
