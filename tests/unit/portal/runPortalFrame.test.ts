// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FrameContext, PortalMessage } from '../../../utils/messaging/protocol';
import { runPortalFrame, type FrameFeature, type FrameIdentity } from '../../../utils/portal/runPortalFrame';

function context(blade: FrameContext['blade']): FrameContext {
  return { type: 'context', inFlow: !!blade, blade, appName: 'TonicDM Office 365 Token', doneSteps: [], guideHidden: false };
}

function harness(initial: FrameContext, frame?: FrameIdentity, reply: (m: PortalMessage) => unknown = () => ({ ok: true }), features: FrameFeature[] = []) {
  const sent: PortalMessage[] = [];
  let push: (c: FrameContext) => void = () => undefined;
  runPortalFrame(document, {
    frame,
    send: async (m) => {
      sent.push(m);
      return m.type === 'portal/where' ? initial : reply(m);
    },
    onContext: (l) => (push = l),
    onTopNavigation: () => undefined,
    isValid: () => true,
    onInvalidated: () => undefined,
  }, features);
  return { sent, push: (c: FrameContext) => push(c) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('runPortalFrame', () => {
  it('captures late-rendered Essentials once, when told it is on the Overview', async () => {
    document.body.innerHTML = '<div role="progressbar"></div>';
    const { sent } = harness(context('app-overview'));
    await flush();
    expect(sent.map((m) => m.type)).toEqual(['portal/where']);
    document.body.innerHTML = readFileSync('tests/fixtures/capture/essentials-classic.html', 'utf8');
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/ids'), { timeout: 8000 });
    expect(sent.find((m) => m.type === 'portal/ids')).toMatchObject({ clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d' });
  });

  it('does nothing outside the flow, even when values are on the page', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8');
    const { sent } = harness(context(undefined));
    await new Promise((r) => setTimeout(r, 400));
    expect(sent.map((m) => m.type)).toEqual(['portal/where']);
  });

  it('starts capturing when a hash navigation brings it into the flow', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8');
    const { sent, push } = harness(context(undefined));
    await flush();
    push(context('app-credentials'));
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/secret'), { timeout: 8000 });
    expect(sent.filter((m) => m.type === 'portal/secret')).toHaveLength(1);
  });

  const SECRETS = () => readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8');

  it.each([
    ['its own name says API permissions', { url: 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index', name: 'RegisteredApps.CallAnAPI.FrameBlade' }],
    ['its own address says API permissions', { url: 'https://registeredapps.hosting.portal.azure.net/registeredapps/Content/Dynamic/ApiPermissions/Index.html', name: '' }],
    ['its own address says Overview', { url: 'https://sandbox-22-5.reactblade.portal.azure.net/React/Index?reactView=Microsoft_AAD_RegisteredApps.ApplicationMenuBlade.Overview', name: '' }],
  ])('a frame is not read as Certificates & secrets when %s', async (_name, frame) => {
    document.body.innerHTML = SECRETS();
    const { sent } = harness(context('app-credentials'), frame);
    await new Promise((r) => setTimeout(r, 400));
    expect(sent.map((m) => m.type)).toEqual(['portal/where']);
  });

  it('a frame that names no blade part is read as the tab\'s blade', async () => {
    document.body.innerHTML = SECRETS();
    const { sent } = harness(context('app-credentials'), { url: 'https://sandbox-14-1.reactblade.portal.azure.net/React/Index', name: 'SomeBlade.ReactView' });
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/secret'), { timeout: 8000 });
  });

  it('sends the IDs again when the background could not yet see the frame on screen', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/essentials-classic.html', 'utf8');
    let refusals = 2;
    const { sent } = harness(context('app-overview'), undefined, () => (refusals-- > 0 ? { ok: false, retry: true } : { ok: true }));
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'portal/ids')).toHaveLength(3), { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 800));
    expect(sent.filter((m) => m.type === 'portal/ids')).toHaveLength(3);
  });

  it('does not send again what the background refused for good', async () => {
    document.body.innerHTML = readFileSync('tests/fixtures/capture/essentials-classic.html', 'utf8');
    const { sent } = harness(context('app-overview'), undefined, () => ({ ok: false, retry: false }));
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/ids'), { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 800));
    expect(sent.filter((m) => m.type === 'portal/ids')).toHaveLength(1);
  });

  describe('reads the page when the blade opens, then only what the mutations show', () => {
    const CLEAR = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
    const ROWS = '[role="row"], tr';

    /** Certificates & secrets with last year's masked secret, beside a live grid of 200 rows. */
    function busyCredentials() {
      const live = Array.from({ length: 200 }, (_, i) => `<div role="row"><div role="gridcell">${i}</div><div role="gridcell">AdeleV</div><div role="gridcell">Success</div></div>`).join('');
      document.body.innerHTML = `
        <div role="grid" aria-label="Client secrets" id="secrets">
          <div role="row"><div role="columnheader">Description</div><div role="columnheader">Expires</div><div role="columnheader">Value</div><div role="columnheader">Secret ID</div></div>
          <div role="row"><div role="gridcell">Old</div><div role="gridcell">11/27/2026</div><div role="gridcell">o6e************</div><div role="gridcell">0f1e2d3c-4b5a-4697-8877-665544332211</div></div>
        </div>
        <div role="grid" aria-label="Live sign-in activity" id="live">
          <div role="row"><div role="columnheader">#</div><div role="columnheader">User</div><div role="columnheader">Status</div></div>${live}
        </div>`;
    }

    function churn(live: Element, step: number) {
      const rows = live.querySelectorAll('[role="row"]');
      const cell = rows[1 + (step % 200)]!.firstElementChild!;
      if (step % 3 === 0) (cell.firstChild as Text).data = `${step}`;
      else if (step % 3 === 1) cell.textContent = `${step} ms`;
      else {
        const row = rows[1]!.cloneNode(true);
        live.insertBefore(row, rows[1]!);
        rows[rows.length - 1]!.remove();
      }
    }

    it('a live grid changing all the time causes no further reads of the page', async () => {
      busyCredentials();
      const reads = vi.spyOn(document, 'querySelectorAll');
      try {
        const { sent } = harness(context('app-credentials'));
        await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/secret-masked'), { timeout: 8000 });
        await new Promise((r) => setTimeout(r, 150));
        const before = reads.mock.calls.filter(([selector]) => selector === ROWS).length;
        expect(before).toBeGreaterThan(0);
        const live = document.getElementById('live')!;
        for (let step = 0; step < 60; step++) {
          churn(live, step);
          await new Promise((r) => setTimeout(r, 10));
        }
        await new Promise((r) => setTimeout(r, 300));
        expect(reads.mock.calls.filter(([selector]) => selector === ROWS).length).toBe(before);
        expect(sent.filter((m) => m.type === 'portal/secret')).toHaveLength(0);
      } finally {
        reads.mockRestore();
      }
    });

    it.each([
      [
        'a new row added to the grid',
        () => {
          const row = document.createElement('div');
          row.setAttribute('role', 'row');
          row.innerHTML = `<div role="gridcell">TonicDM Office365 Secret</div><div role="gridcell">11/27/2028</div><div role="gridcell">${CLEAR}</div><div role="gridcell">5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a</div>`;
          document.getElementById('secrets')!.children[0]!.after(row);
        },
      ],
      [
        'a Value written into an existing cell in place',
        () => {
          const cell = document.getElementById('secrets')!.children[1]!.children[2]!;
          (cell.firstChild as Text).data = CLEAR;
        },
      ],
      [
        'the whole grid rendered again',
        () => {
          const grid = document.getElementById('secrets')!;
          const copy = grid.cloneNode(true) as Element;
          (copy.children[1]!.children[2]!.firstChild as Text).data = CLEAR;
          grid.replaceWith(copy);
        },
      ],
    ])('captures a secret that appears after the blade was read: %s', async (_name, show) => {
      busyCredentials();
      const { sent } = harness(context('app-credentials'));
      await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('portal/secret-masked'), { timeout: 8000 });
      const live = document.getElementById('live')!;
      for (let step = 0; step < 10; step++) churn(live, step);
      await new Promise((r) => setTimeout(r, 150));
      show();
      await vi.waitFor(() => expect(sent.filter((m) => m.type === 'portal/secret')).toHaveLength(1), { timeout: 2000 });
      expect(sent.find((m) => m.type === 'portal/secret')).toMatchObject({ value: CLEAR });
    });

    it('a secret in the documented format appearing on a page without a Value column is captured', async () => {
      document.body.innerHTML = '<div class="secrets-list"><p>No secrets yet.</p></div>';
      const { sent } = harness(context('app-credentials'));
      await flush();
      await new Promise((r) => setTimeout(r, 150));
      const item = document.createElement('div');
      item.innerHTML = `<span>TonicDM Office365 Secret</span> <span>27.11.2028</span> <span>${CLEAR}</span>`;
      document.querySelector('.secrets-list')!.append(item);
      await vi.waitFor(() => expect(sent.filter((m) => m.type === 'portal/secret')).toHaveLength(1), { timeout: 2000 });
    });
  });

  it('the guide is not woken by a live grid, only by changes beside it', async () => {
    const live = Array.from({ length: 150 }, (_, i) => `<div role="row"><div role="gridcell">${i}</div></div>`).join('');
    document.body.innerHTML = `<div id="blade"><button>Add a permission</button></div><div role="grid" id="live">${live}</div>`;
    const update = vi.fn();
    harness(context('app-api-permissions'), undefined, undefined, [{ update, stop: () => undefined }]);
    await vi.waitFor(() => expect(update).toHaveBeenCalled(), { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 600));
    const before = update.mock.calls.length;
    const grid = document.getElementById('live')!;
    for (let step = 0; step < 40; step++) {
      const row = grid.children[step]!;
      (row.firstElementChild!.firstChild as Text).data = `${step} ms`;
      grid.prepend(row.cloneNode(true));
      // A row updated, then streamed out in the same turn: its record names a node no longer shown.
      const oldest = grid.lastElementChild!;
      (oldest.firstElementChild!.firstChild as Text).data = 'gone';
      oldest.remove();
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 600));
    expect(update.mock.calls.length).toBe(before);
    document.getElementById('blade')!.append(Object.assign(document.createElement('div'), { role: 'dialog', textContent: 'Request API permissions' }));
    await vi.waitFor(() => expect(update.mock.calls.length).toBeGreaterThan(before), { timeout: 5000 });
  });

  describe('state flips the guide watches', () => {
    const MARK = 'data-tdm-guide';
    function page() {
      const rows = Array.from({ length: 150 }, (_, i) => `<div role="row" aria-selected="false"><div role="gridcell">${i}</div></div>`).join('');
      document.body.innerHTML = `<div role="checkbox" aria-checked="false" id="box"></div><div role="grid" id="live">${rows}</div>`;
      const live = document.getElementById('live')!;
      live.children[5]!.setAttribute(MARK, 'api-permissions.role.Mail.ReadWrite');
      return { live, box: document.getElementById('box')! };
    }

    it.each([
      ['a control beside the grid flips its state', ({ box }: ReturnType<typeof page>) => box.setAttribute('aria-checked', 'true'), true],
      ['rows of a live grid flip aria-selected', ({ live }: ReturnType<typeof page>) => live.children[3]!.setAttribute('aria-selected', 'true'), false],
      ['the page strips the guide\'s mark from a row of a big grid', ({ live }: ReturnType<typeof page>) => live.children[5]!.removeAttribute(MARK), true],
      ['an attribute the guide does not watch changes beside the grid', ({ box }: ReturnType<typeof page>) => box.setAttribute('class', 'flash'), false],
    ])('%s → the guide looks again: %s', async (_name, change, expected) => {
      const parts = page();
      const update = vi.fn();
      harness(context('app-api-permissions'), undefined, undefined, [
        { update, stop: () => undefined, attributes: { state: ['aria-checked', 'aria-selected'], own: [MARK] } },
      ]);
      await vi.waitFor(() => expect(update).toHaveBeenCalled(), { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 600));
      const before = update.mock.calls.length;
      change(parts);
      await new Promise((r) => setTimeout(r, 700));
      expect(update.mock.calls.length > before).toBe(expected);
    });
  });
});

describe('runPortalFrame: loading the guide', () => {
  /** A frame whose guide load brings nothing for the first `misses` tries (`Infinity`: never). */
  function guideHarness(initial: FrameContext, misses: number, failWith: 'nothing' | 'error' = 'nothing') {
    const update = vi.fn();
    let loads = 0;
    let push: (c: FrameContext) => void = () => undefined;
    runPortalFrame(document, {
      send: async (m) => (m.type === 'portal/where' ? initial : { ok: true }),
      onContext: (l) => (push = l),
      onTopNavigation: () => undefined,
      isValid: () => true,
      onInvalidated: () => undefined,
      async loadGuide() {
        if (loads++ < misses) {
          if (failWith === 'error') throw new Error('Could not establish connection');
          return undefined;
        }
        return { update, stop: () => undefined };
      },
    });
    return { update, loads: () => loads, push: (c: FrameContext) => push(c) };
  }

  it.each([
    ['brings nothing once', 1, 'nothing'],
    ['brings nothing twice', 2, 'nothing'],
    ['fails once (the worker could not be reached)', 1, 'error'],
  ] as const)('a load that %s is tried again by itself, and the guide runs', async (_name, misses, failWith) => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<button>New registration</button>';
      const frame = guideHarness(context('app-list'), misses, failWith);
      // A quiet page: no change follows, only the frame's own retry brings the guide.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(frame.loads()).toBe(misses + 1);
      expect(frame.update).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a guide that never comes is asked for a few times per blade, and again on the next blade', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<button>New registration</button>';
      const frame = guideHarness(context('app-list'), Infinity);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(frame.loads()).toBe(4);
      frame.push(context('app-overview'));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(frame.loads()).toBe(8);
      expect(frame.update).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
