// @vitest-environment jsdom
/**
 * A native <select> for Expires (older blades). happy-dom mis-reads `<option selected>`, so this
 * file runs under jsdom, which also checks the finders without checkVisibility.
 */
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../../../utils/steps';
import { locateCredentials } from '../../../utils/guide/locators/credentials';
import { readPageState } from '../../../utils/guide/readPageState';
import { doneBefore } from './snippets';

function pane(selected: string): string {
  const presets = ['Recommended: 180 days (6 months)', '90 days (3 months)', '365 days (12 months)', '730 days (24 months)', 'Custom'];
  const options = presets.map((p) => `<option${p === selected ? ' selected' : ''}>${p}</option>`).join('');
  return `<div role="dialog" aria-label="Add a client secret">
    <label for="d">Description</label><input id="d" type="text" value="TonicDM Office365 Secret">
    <label for="e">Expires</label><select id="e">${options}</select>
    <button type="button">Add</button><button type="button">Cancel</button>
  </div>`;
}

describe('Expires as a native select', () => {
  it.each([
    ['730 days (24 months)', 'client-secret.add', []],
    ['365 days (12 months)', 'client-secret.expires', ['secret-expiry-not-24-months']],
    ['Custom', 'client-secret.expires', ['secret-expiry-not-24-months']],
  ])('%s selected -> %s', (selected, subStepId, wrongTurns) => {
    document.body.innerHTML = pane(selected);
    const target = locateCredentials(document, {
      blade: 'app-credentials',
      doneSteps: doneBefore('client-secret'),
      appName: APP_NAME,
    });
    expect(target?.subStepId).toBe(subStepId);
    const expectedTag = subStepId === 'client-secret.add' ? 'BUTTON' : 'SELECT';
    expect(target?.element.tagName).toBe(expectedTag);
    expect(readPageState(document, 'app-credentials').wrongTurns.map((w) => w.id)).toEqual(wrongTurns);
  });
});
