// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SetupRecord } from '../../../components/SetupRecord';
import { connectPanelStore } from '../../../components/panelStore';
import { handlePortalMessage } from '../../../utils/background/handlePortalMessage';
import { handlePanelMessage } from '../../../utils/background/handlePanelMessage';
import { panelMessageSchema, portalMessageSchema } from '../../../utils/messaging/protocol';
import { secretItem, setupItem } from '../../../utils/storage';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const SECRET = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const OVERVIEW = `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/isMSAApp~/false/appSignInAudience/AzureADMyOrg`;
const CREDENTIALS = `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
const NOW = Date.parse('2026-12-03T13:00:00Z');

/** Every run of six characters of the secret: more than its three-character hint, which the record may show. */
function secretFragments(secret: string): string[] {
  return Array.from({ length: secret.length - 5 }, (_, i) => secret.slice(i, i + 6));
}

describe('the change-ticket record and a held secret', () => {
  let root: Root;
  let disconnect: () => void;
  const downloads: { name: string; text: Promise<string> }[] = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    downloads.length = 0;
    // What the panel's download links would save.
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const text = new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(blob as Blob);
      });
      downloads.push({ name: '', text });
      return 'blob:record';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads[downloads.length - 1]!.name = this.download;
    });

    // The real capture path: IDs on the Overview, then the secret on Certificates & secrets.
    const deps = { now: () => NOW };
    await handlePortalMessage(portalMessageSchema.parse({ type: 'portal/ids', clientId: APP, tenantId: TENANT, displayName: 'TonicDM Office 365 Token' }), { tabUrl: OVERVIEW }, deps);
    await handlePortalMessage(
      portalMessageSchema.parse({ type: 'portal/secret', value: SECRET, expiresText: '11/27/2028', description: 'TonicDM Office365 Secret' }),
      { tabUrl: CREDENTIALS },
      deps,
    );
    await handlePanelMessage(panelMessageSchema.parse({ type: 'panel/mark-step', stepId: 'tonicdm-setup', done: true, by: 'Megan Bowen (admin@contoso.example)' }), {
      now: () => NOW + 60_000,
      fillTonicdm: async () => undefined,
    });
    expect((await secretItem.getValue())?.value).toBe(SECRET);

    const container = document.createElement('div');
    document.body.replaceChildren(container);
    root = createRoot(container);
    disconnect = connectPanelStore();
    await act(async () => root.render(<SetupRecord />));
    await act(async () => vi.waitFor(async () => expect((await setupItem.getValue()).activeAppId).toBe(APP)));
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    disconnect();
  });

  const click = (testId: string) => act(async () => (document.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click());
  /** The record's code loads on the first "Show". */
  const showRecord = async () => {
    await click('export-record');
    await vi.waitFor(
      async () => {
        await act(async () => undefined);
        expect(document.querySelector('[data-testid="setup-record"]')).not.toBeNull();
      },
      { timeout: 15_000 },
    );
  };

  it('shows the record, identifies the secret by its hint and never contains its Value', async () => {
    expect(document.querySelector('[data-testid="setup-record"]')).toBeNull();
    await showRecord();
    const text = document.querySelector('[data-testid="setup-record"]')?.textContent ?? '';
    expect(text).toContain(`Application (client) ID: \`${APP}\``);
    expect(text).toContain(`Directory (tenant) ID: \`${TENANT}\``);
    expect(text).toContain('Hint (first three characters): `Qk_`');
    expect(text).toContain('Description: TonicDM Office365 Secret');
    expect(text).toContain('Expires: 2028-11-27');
    expect(text).toContain('ticked in the assistant by Megan Bowen (admin@contoso.example)');
    expect(text).not.toContain(SECRET);
    for (const fragment of secretFragments(SECRET)) expect(text).not.toContain(fragment);
  });

  it('downloads Markdown and JSON without the Value', async () => {
    await showRecord();
    await click('download-record-md');
    await click('download-record-json');
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(new RegExp(`^tonicdm-entra-record-${TENANT}-\\d{4}-\\d{2}-\\d{2}\\.md$`)),
      expect.stringMatching(new RegExp(`^tonicdm-entra-record-${TENANT}-\\d{4}-\\d{2}-\\d{2}\\.json$`)),
    ]);
    const [md, json] = await Promise.all(downloads.map((d) => d.text));
    expect(md).toContain('# TonicDM Entra setup record');
    expect(JSON.parse(json!)).toMatchObject({ format: 'tonicdm-entra-setup-record', secret: { hint: 'Qk_', expires: '2028-11-27' } });
    for (const file of [md!, json!]) {
      expect(file).not.toContain(SECRET);
      for (const fragment of secretFragments(SECRET)) expect(file).not.toContain(fragment);
    }
  });
});
