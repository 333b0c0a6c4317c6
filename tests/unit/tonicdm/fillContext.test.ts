// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isAllowedFillOrigin, isTrustedFillFrame, type FillFrameWindow } from '../../../utils/tonicdm/fillContext';
import { loadFixture } from './loadFixture';

const STAGING = 'https://staging.example.test';

describe('isAllowedFillOrigin', () => {
  it.each([
    ['https://app.tonicdm.com/organization-settings', [], true],
    ['https://app.tonicdm.com', [], true],
    ['https://APP.TonicDM.com/organization-settings', [], true],
    ['https://app.tonicdm.com:443/organization-settings', [], true],
    ['https://app.tonicdm.com/organization-settings?tab=security#go', [], true],
    [`${STAGING}/organization-settings`, [STAGING], true],
    [`${STAGING}/organization-settings`, [`${STAGING}/`], true],
    ['http://app.tonicdm.com/organization-settings', [], false],
    ['https://app.tonicdm.com:8443/organization-settings', [], false],
    ['https://user@app.tonicdm.com/organization-settings', [], false],
    ['https://user:pass@app.tonicdm.com/', [], false],
    ['https://app.tonicdm.com.example.test/organization-settings', [], false],
    ['https://app.tonicdm.com./organization-settings', [], false],
    ['https://www.tonicdm.com/organization-settings', [], false],
    ['https://tonicdm.com/organization-settings', [], false],
    ['https://evil-app.tonicdm.com/', [], false],
    ['https://app.tonicdm.co/', [], false],
    ['https://\u0430pp.tonicdm.com/', [], false],
    ['file:///app.tonicdm.com/organization-settings', [], false],
    ['javascript:alert(1)//app.tonicdm.com', [], false],
    ['data:text/html,app.tonicdm.com', [], false],
    ['about:blank', [], false],
    ['app.tonicdm.com/organization-settings', [], false],
    ['', [], false],
    [`${STAGING}.evil.test/`, [STAGING], false],
    [`${STAGING}/tonic`, [`${STAGING}/tonic`], false],
    ['http://staging.example.test/', ['http://staging.example.test'], false],
    [`${STAGING}:8443/`, [`${STAGING}:8443`], false],
    ['https://a.example.test/', ['https://*.example.test'], false],
    [`${STAGING}/`, ['not a url'], false],
  ] as const)('%s with extras %j: %s', (url, extras, allowed) => {
    expect(isAllowedFillOrigin(url, extras)).toBe(allowed);
  });
});

interface FrameSpec {
  href: string;
  /** `self.origin`; defaults to the URL's origin, 'null' for a sandboxed document. */
  origin?: string;
  sandbox?: string;
  ancestorOrigins?: string[];
  /** The embedding window; absent for a top frame. */
  parent?: FillFrameWindow;
  /** The parent is cross-origin: reading its location throws, as browsers do. */
  foreign?: boolean;
}

function fakeFrame(spec: FrameSpec): FillFrameWindow {
  const url = new URL(spec.href);
  const location = Object.assign(url, {
    ancestorOrigins: spec.ancestorOrigins ? { ...spec.ancestorOrigins, length: spec.ancestorOrigins.length } : undefined,
  });
  const frameElement = spec.sandbox === undefined ? null : ({ getAttribute: () => spec.sandbox } as unknown as Element);
  const win: Record<string, unknown> = {
    origin: spec.origin ?? url.origin,
    frameElement,
  };
  Object.defineProperty(win, 'location', {
    get() {
      if (spec.foreign) throw new Error('SecurityError: Blocked a frame from accessing a cross-origin frame');
      return location;
    },
  });
  win.parent = spec.parent ?? win;
  let top: FillFrameWindow = win as unknown as FillFrameWindow;
  while (top.parent !== top) top = top.parent as FillFrameWindow;
  win.top = top;
  return win as unknown as FillFrameWindow;
}

const TONIC = 'https://app.tonicdm.com/organization-settings';
const tonicTop = () => fakeFrame({ href: TONIC });

describe('isTrustedFillFrame', () => {
  it.each<[string, () => FillFrameWindow, boolean]>([
    ['the TonicDM top frame', tonicTop, true],
    ['an http top frame', () => fakeFrame({ href: 'http://app.tonicdm.com/organization-settings' }), false],
    ['another origin', () => fakeFrame({ href: 'https://portal.azure.com/' }), false],
    ['a configured extra origin', () => fakeFrame({ href: `${STAGING}/organization-settings` }), true],
    ['a sandboxed document (opaque origin)', () => fakeFrame({ href: TONIC, origin: 'null' }), false],
    ['a same-origin frame', () => fakeFrame({ href: TONIC, parent: tonicTop() }), true],
    ['two levels of same-origin frames', () => fakeFrame({ href: TONIC, parent: fakeFrame({ href: TONIC, parent: tonicTop() }) }), true],
    ['a frame sandboxed without allow-same-origin', () => fakeFrame({ href: TONIC, parent: tonicTop(), sandbox: 'allow-scripts' }), false],
    ['a frame sandboxed without allow-scripts', () => fakeFrame({ href: TONIC, parent: tonicTop(), sandbox: 'allow-same-origin allow-forms' }), false],
    ['a frame with an empty sandbox', () => fakeFrame({ href: TONIC, parent: tonicTop(), sandbox: '' }), false],
    ['a frame sandboxed with both allowances', () => fakeFrame({ href: TONIC, parent: tonicTop(), sandbox: 'allow-same-origin allow-scripts' }), true],
    ['a frame in a foreign page', () => fakeFrame({ href: TONIC, parent: fakeFrame({ href: 'https://evil.example.test/', foreign: true }) }), false],
    [
      'a same-origin frame inside a foreign top page',
      () => fakeFrame({ href: TONIC, parent: fakeFrame({ href: TONIC, parent: fakeFrame({ href: 'https://evil.example.test/', foreign: true }) }) }),
      false,
    ],
    ['a frame whose ancestorOrigins list a foreign page', () => fakeFrame({ href: TONIC, parent: tonicTop(), ancestorOrigins: ['https://evil.example.test'] }), false],
    ['a frame whose ancestorOrigins are all TonicDM', () => fakeFrame({ href: TONIC, parent: tonicTop(), ancestorOrigins: ['https://app.tonicdm.com'] }), true],
  ])('%s: %s', (_name, make, trusted) => {
    expect(isTrustedFillFrame(make(), [STAGING])).toBe(trusted);
  });

  it.each([
    [TONIC, true],
    ['http://app.tonicdm.com/organization-settings', false],
    ['https://app.tonicdm.com.example.test/organization-settings', false],
  ])('a real page window at %s: %s', (url, trusted) => {
    expect(isTrustedFillFrame(loadFixture('plain-html.html', url), [])).toBe(trusted);
  });
});
