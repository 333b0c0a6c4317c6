import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncExtraOrigins } from '../../../utils/background/syncExtraOrigins';
import { revokeExtraOrigins } from '../../../utils/tonicdm/revokeExtraOrigins';
import { DEFAULT_OPTIONS, optionsItem } from '../../../utils/storage';

const EU = 'https://eu.tonicdm.example';
const US = 'https://us.tonicdm.example';
const REQUIRED = ['https://entra.microsoft.com/*', 'https://*.hosting.portal.azure.net/*', 'https://app.tonicdm.com/*'];

/** Granted origins as the browser holds them, and the content scripts registered at run time. */
function browserState(granted: string[]) {
  const active = new Set([...REQUIRED, ...granted.map((o) => `${o}/*`)]);
  let scripts: { id: string; matches: string[] }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 't', version: '1', host_permissions: REQUIRED } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => active.has(o))) as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation((async () => ({ origins: [...active], permissions: [] })) as never);
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins?: string[] }) => {
    if ((p.origins ?? []).some((o) => REQUIRED.includes(o))) throw new Error('You cannot remove required permissions.');
    for (const o of p.origins ?? []) active.delete(o);
    return true;
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (f?: { ids?: string[] }) =>
    scripts.filter((s) => !f?.ids || f.ids.includes(s.id))) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (f?: { ids?: string[] }) => {
    scripts = scripts.filter((s) => f?.ids && !f.ids.includes(s.id));
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (list: { id: string; matches: string[] }[]) => {
    for (const s of list) {
      if (scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.push(s);
    }
  }) as never);
  return { active, remove, scripts: () => scripts.flatMap((s) => s.matches) };
}

describe('the TonicDM script on extra origins', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['a granted origin', [EU], [EU], [`${EU}/*`]],
    ['an origin listed but never granted', [EU, US], [EU], [`${EU}/*`]],
    ['portal hosts planted in storage (granted by the manifest)', ['https://entra.microsoft.com', 'https://x.hosting.portal.azure.net'], [], []],
    ['an empty list', [], [EU], []],
  ])('%s', async (_name, listed, granted, expected) => {
    const state = browserState(granted);
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, extraTonicdmOrigins: listed });
    await syncExtraOrigins();
    expect(state.scripts()).toEqual(expected);
  });

  it('unregisters an origin once it is removed, and survives overlapping syncs', async () => {
    const state = browserState([EU, US]);
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, extraTonicdmOrigins: [EU, US] });
    await Promise.all([syncExtraOrigins(), syncExtraOrigins(), syncExtraOrigins()]);
    expect(state.scripts()).toEqual([`${EU}/*`, `${US}/*`]);
    await optionsItem.setValue({ ...DEFAULT_OPTIONS, extraTonicdmOrigins: [US] });
    await syncExtraOrigins();
    expect(state.scripts()).toEqual([`${US}/*`]);
  });
});

describe('revoking access for removed origins', () => {
  beforeEach(() => fakeBrowser.reset());

  it('revokes every run-time grant not kept, never a manifest grant', async () => {
    const state = browserState([EU, US]);
    expect(await revokeExtraOrigins([US])).toEqual([`${EU}/*`]);
    expect([...state.active].sort()).toEqual([...REQUIRED, `${US}/*`].sort());
    expect(await revokeExtraOrigins([])).toEqual([`${US}/*`]);
    expect([...state.active].sort()).toEqual([...REQUIRED].sort());
  });

  it('does nothing when everything granted is kept', async () => {
    const state = browserState([EU]);
    expect(await revokeExtraOrigins([EU])).toEqual([]);
    expect(state.remove).not.toHaveBeenCalled();
  });
});
