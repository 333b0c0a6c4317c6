// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { watchPageActivity } from '../../../utils/overlay/watchPageActivity';
import { GUIDE_ATTRIBUTE } from '../../../utils/overlay/guideAttribute';

function page() {
  const rows = Array.from({ length: 150 }, (_, i) => `<div role="row" aria-selected="false"><div role="gridcell">${i}</div></div>`).join('');
  document.body.innerHTML = `<div role="checkbox" aria-checked="false" id="box"></div><div role="grid" id="live">${rows}</div>`;
  return { live: document.getElementById('live')!, box: document.getElementById('box')! };
}

const settle = () => new Promise((r) => setTimeout(r, 250));

describe('watchPageActivity', () => {
  it.each([
    ['a control beside the grid flips its state', ({ box }: ReturnType<typeof page>) => box.setAttribute('aria-checked', 'true'), true],
    ['rows of a live grid flip aria-selected', ({ live }: ReturnType<typeof page>) => live.children[3]!.setAttribute('aria-selected', 'true'), false],
    ['the page strips the guide\'s marker from a row of a big grid', ({ live }: ReturnType<typeof page>) => live.children[5]!.removeAttribute(GUIDE_ATTRIBUTE), true],
  ])('%s → looks again: %s', async (_name, change, expected) => {
    const parts = page();
    parts.live.children[5]!.setAttribute(GUIDE_ATTRIBUTE, 'api-permissions.role.Mail.ReadWrite');
    const onActivity = vi.fn();
    const stop = watchPageActivity(document, onActivity, 20);
    change(parts);
    await settle();
    stop();
    expect(onActivity.mock.calls.length > 0).toBe(expected);
  });
});
