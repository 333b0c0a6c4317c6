// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { watchPageActivity } from '../../../utils/overlay/watchPageActivity';

describe('watchPageActivity', () => {
  it('looks again after text is put into a field (no node changes), once per burst, until stopped', async () => {
    document.body.innerHTML = '<input id="name">';
    const onActivity = vi.fn();
    const stop = watchPageActivity(document, onActivity, 20);
    const input = document.getElementById('name') as HTMLInputElement;
    for (const ch of 'TonicDM') {
      input.value += ch;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((r) => setTimeout(r, 80));
    expect(onActivity).toHaveBeenCalledTimes(1);
    stop();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 80));
    expect(onActivity).toHaveBeenCalledTimes(1);
  });
});
