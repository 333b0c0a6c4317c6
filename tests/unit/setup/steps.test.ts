import { describe, expect, it } from 'vitest';
import { STEP_IDS, STEPS, stepStatuses, type StepId } from '../../../utils/steps';

describe('step model', () => {
  it('lists the steps in the contract order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([
      'register', 'copy-ids', 'api-permissions', 'admin-consent', 'client-secret', 'tonicdm-setup', 'assignment-required', 'assign-users', 'scope-mailboxes',
    ]);
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it.each([
    { done: [], current: 'register' },
    { done: ['register', 'copy-ids'], current: 'api-permissions' },
    { done: ['register', 'api-permissions'], current: 'copy-ids' },
    { done: STEP_IDS.filter((s) => s !== 'scope-mailboxes'), current: 'scope-mailboxes' },
    { done: [...STEP_IDS], current: undefined },
  ] as { done: StepId[]; current: StepId | undefined }[])('current is $current when done = $done', ({ done, current }) => {
    const statuses = stepStatuses(new Set(done));
    const currents = Object.entries(statuses).filter(([, s]) => s === 'current').map(([id]) => id);
    expect(currents).toEqual(current ? [current] : []);
    for (const id of done) expect(statuses[id]).toBe('done');
  });
});
