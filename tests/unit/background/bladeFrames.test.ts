import { describe, expect, it } from 'vitest';
import { checkBladeFrame, decideBladeFrame, type TabFrame } from '../../../utils/background/bladeFrames';
import type { FrameReport } from '../../../utils/dom/renderedFrames';

const SHELL = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials';
const ACTIVE = 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index?reactView=x&sessionId=1';
const TWIN = 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index?reactView=x&sessionId=2';
const API = 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/ApiPermissions/Index.html?bladeName=CallAnAPIBlade';
const EXT = 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/Index.html';

const frame = (frameId: number, url: string, parentFrameId = 0): TabFrame => ({ frameId, parentFrameId, url });
const report = (url: string, rendered = true, marked = false, name = ''): FrameReport => ({ url, name, rendered, marked });
const shell = frame(0, SHELL, -1);

describe('decideBladeFrame', () => {
  it.each<[string, { frameId: number; url: string }, TabFrame[], FrameReport[], ReturnType<typeof decideBladeFrame>]>([
    ['the top document', { frameId: 0, url: SHELL }, [shell], [], { ok: true, frameName: '' }],
    ['the one frame on screen', { frameId: 3, url: ACTIVE }, [shell, frame(3, ACTIVE)], [report(ACTIVE, true, true, 'C.ReactView')], { ok: true, frameName: 'C.ReactView' }],
    ['a frame on screen after a same-document URL change (matched by path)', { frameId: 3, url: `${ACTIVE}&tab=1` }, [shell, frame(3, `${ACTIVE}&tab=1`)], [report(ACTIVE)], { ok: true, frameName: '' }],
    ['a hidden frame', { frameId: 4, url: EXT }, [shell, frame(3, API), frame(4, EXT)], [report(API), report(EXT, false)], { ok: false, reason: 'hidden', retry: true }],
    [
      'a hidden twin at the same path as the frame on screen',
      { frameId: 4, url: TWIN },
      [shell, frame(3, ACTIVE), frame(4, TWIN)],
      [report(ACTIVE, true, true), report(TWIN, false)],
      { ok: false, reason: 'hidden', retry: true },
    ],
    ['a frame inside a frame', { frameId: 5, url: ACTIVE }, [shell, frame(3, ACTIVE), frame(5, ACTIVE, 3)], [report(ACTIVE)], { ok: false, reason: 'nested', retry: false }],
    ['a frame the browser does not know', { frameId: 9, url: ACTIVE }, [shell], [report(ACTIVE)], { ok: false, reason: 'nested', retry: false }],
    ['a frame the top document does not list', { frameId: 3, url: ACTIVE }, [shell, frame(3, ACTIVE)], [], { ok: false, reason: 'unknown', retry: true }],
    ['the API permissions frame while the tab shows Certificates & secrets', { frameId: 3, url: API }, [shell, frame(3, API)], [report(API)], { ok: false, reason: 'other-blade', retry: false }],
    [
      'an unmarked frame while a marked frame also fits',
      { frameId: 4, url: TWIN },
      [shell, frame(3, ACTIVE), frame(4, TWIN)],
      [report(ACTIVE, true, true), report(TWIN, true, false)],
      { ok: false, reason: 'not-active', retry: true },
    ],
    [
      'the marked frame among two that fit',
      { frameId: 3, url: ACTIVE },
      [shell, frame(3, ACTIVE), frame(4, TWIN)],
      [report(ACTIVE, true, true), report(TWIN, true, false)],
      { ok: true, frameName: '' },
    ],
    [
      'an unmarked frame when no frame carries the marker',
      { frameId: 4, url: TWIN },
      [shell, frame(3, ACTIVE), frame(4, TWIN)],
      [report(ACTIVE), report(TWIN)],
      { ok: true, frameName: '' },
    ],
  ])('%s', (_name, sender, frames, reports, verdict) => {
    expect(decideBladeFrame(sender, 'app-credentials', frames, reports)).toEqual(verdict);
  });

  it('asks neither the browser nor the top document about the top document', async () => {
    const sources = { tabFrames: async () => Promise.reject(new Error('not asked')), reportFrames: async () => Promise.reject(new Error('not asked')) };
    expect(await checkBladeFrame(1, { frameId: 0, url: SHELL }, 'app-credentials', sources)).toEqual({ ok: true, frameName: '' });
  });
});
