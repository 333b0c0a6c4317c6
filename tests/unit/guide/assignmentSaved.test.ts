/**
 * "Assignment required?" counts as saved from what the page shows over time, not from one
 * reading: a Yes chosen on the page must first show an enabled Save (the change pending), since a
 * toolbar that lays itself out a frame later shows the old, disabled Save beside the new Yes.
 */
import { describe, expect, it } from 'vitest';
import { assignmentSaved } from '../../../utils/guide/observers/enterprise';
import type { AssignmentRequired } from '../../../utils/guide/read/assignmentRequired';

type Frame = [value: boolean | undefined, save: 'enabled' | 'disabled' | 'none'];

function readings(yes: HTMLElement, frames: Frame[]): boolean[] {
  return frames.map(([value, save]) => {
    const saveEnabled = save === 'enabled';
    const reading: AssignmentRequired = { yes, value, saveEnabled, saved: value === true && save === 'disabled', ...(save !== 'none' && { save: yes }) };
    return assignmentSaved(reading);
  });
}

describe('assignment required is saved', () => {
  it.each<[string, Frame[], boolean[]]>([
    ['Yes already saved when the blade opens', [[true, 'disabled']], [true]],
    ['Yes chosen, Save enabled, then saved', [[false, 'disabled'], [true, 'enabled'], [true, 'disabled']], [false, false, true]],
    [
      'Yes chosen while the toolbar still shows the old, disabled Save',
      [[false, 'disabled'], [true, 'disabled'], [true, 'disabled'], [true, 'enabled'], [true, 'disabled']],
      [false, false, false, false, true],
    ],
    ['Yes chosen, then Discard back to No', [[false, 'disabled'], [true, 'enabled'], [false, 'disabled']], [false, false, false]],
    ['Yes with no Save in sight proves nothing', [[true, 'none']], [false]],
    ['the value unreadable, then Yes read back', [[undefined, 'disabled'], [true, 'disabled'], [true, 'enabled'], [true, 'disabled']], [false, false, false, true]],
  ])('%s', (_name, frames, expected) => {
    expect(readings(document.createElement('div'), frames)).toEqual(expected);
  });

  it('nothing read: not saved', () => {
    expect(assignmentSaved(undefined)).toBe(false);
  });
});
