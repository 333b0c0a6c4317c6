import { describe, expect, it } from 'vitest';
import { FLOWS, flowStatuses, isRenewalStepId, isStepId, RENEWAL_STEP_IDS, STEP_IDS, STEPS, stepStatuses, type RenewalStepId, type StepId } from '../../../utils/steps';

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

describe('the renewal flow of the same model', () => {
  it('lists its steps in order, beside the setup flow', () => {
    expect(FLOWS.setup).toBe(STEPS);
    expect(FLOWS.renewal.map((s) => s.id)).toEqual([...RENEWAL_STEP_IDS]);
    expect(RENEWAL_STEP_IDS).toEqual(['renew-open', 'renew-new-secret', 'renew-fill', 'renew-go', 'renew-remove-old']);
  });

  it('keeps step ids apart between the flows', () => {
    for (const id of RENEWAL_STEP_IDS) {
      expect(isStepId(id)).toBe(false);
      expect(isRenewalStepId(id)).toBe(true);
    }
    for (const id of STEP_IDS) expect(isRenewalStepId(id)).toBe(false);
  });

  it('guides the new secret and the old row on Certificates & secrets, the fill and Go on TonicDM', () => {
    const site = Object.fromEntries(FLOWS.renewal.map((s) => [s.id, [s.site, ...s.blades]]));
    expect(site).toEqual({
      'renew-open': ['entra', 'app-credentials'],
      'renew-new-secret': ['entra', 'app-credentials'],
      'renew-fill': ['tonicdm'],
      'renew-go': ['tonicdm'],
      'renew-remove-old': ['entra', 'app-credentials'],
    });
  });

  it.each([
    { done: [], current: 'renew-open' },
    { done: ['renew-open', 'renew-new-secret'], current: 'renew-fill' },
    { done: ['renew-open', 'renew-new-secret', 'renew-fill', 'renew-go'], current: 'renew-remove-old' },
    { done: [...RENEWAL_STEP_IDS], current: undefined },
  ] as { done: RenewalStepId[]; current: RenewalStepId | undefined }[])('current is $current when done = $done', ({ done, current }) => {
    const statuses = flowStatuses('renewal', new Set(done));
    expect(Object.entries(statuses).filter(([, s]) => s === 'current').map(([id]) => id)).toEqual(current ? [current] : []);
  });
});
