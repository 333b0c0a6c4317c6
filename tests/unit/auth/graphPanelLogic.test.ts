import { describe, expect, it } from 'vitest';
import { planForRole } from '../../../components/graph/planForRole';
import { initialProgress, retryMessage, withProgressEvent } from '../../../components/graph/progressItems';
import { toStepAnnotations, verifiedStepIds } from '../../../components/graph/toStepAnnotations';
import type { ProgressEvent } from '../../../utils/graph/executePlan';
import type { SetupAction, SetupPlan } from '../../../utils/graph/planSetup';
import type { CheckStatus, StepCheck } from '../../../utils/graph/verifySetup';
import { STEP_IDS, type StepId } from '../../../utils/steps';

function steps(statuses: Partial<Record<StepId, CheckStatus>>): Record<StepId, StepCheck> {
  return Object.fromEntries(STEP_IDS.map((id) => [id, { status: statuses[id] ?? 'unknown', reason: `${id} reason` }])) as Record<StepId, StepCheck>;
}

describe('toStepAnnotations', () => {
  it.each<[CheckStatus, 'yes' | 'no' | 'unknown']>([
    ['verified', 'yes'],
    ['missing', 'no'],
    ['wrong', 'no'],
    ['unknown', 'unknown'],
  ])('%s → %s, with the reason, on every step', (status, verdict) => {
    const all = Object.fromEntries(STEP_IDS.map((id) => [id, status])) as Record<StepId, CheckStatus>;
    const annotations = toStepAnnotations(steps(all));
    expect(Object.keys(annotations)).toEqual([...STEP_IDS]);
    for (const id of STEP_IDS) expect(annotations[id]).toEqual({ verified: verdict, reason: `${id} reason` });
  });

  it('only verified steps count as done', () => {
    expect(verifiedStepIds(steps({ register: 'verified', 'copy-ids': 'verified', 'api-permissions': 'wrong', 'admin-consent': 'missing' }))).toEqual(['register', 'copy-ids']);
  });
});

const action = (key: string, kind: SetupAction['kind'], state: 'todo' | 'exists'): SetupAction =>
  ({ key, kind, state, title: key, ...(kind === 'grant-role' ? { role: 'Mail.ReadWrite', appRoleId: 'r' } : {}) }) as SetupAction;

const plan = (actions: SetupAction[]): SetupPlan => ({ tenantId: 't', warnings: [], actions, target: { graphServicePrincipalId: 'g' } });

describe('planForRole', () => {
  const full = plan([action('create-app', 'create-app', 'todo'), action('grant-role:Mail.ReadWrite', 'grant-role', 'todo'), action('grant-role:User.Read.All', 'grant-role', 'exists'), action('add-secret', 'add-secret', 'todo')]);
  it.each<[string, boolean, string[], string[]]>([
    ['a consent role runs everything', true, ['create-app', 'grant-role:Mail.ReadWrite', 'grant-role:User.Read.All', 'add-secret'], []],
    ['without one, grants still to do are left out', false, ['create-app', 'grant-role:User.Read.All', 'add-secret'], ['grant-role:Mail.ReadWrite']],
  ])('%s', (_, canConsent, runs, skipped) => {
    const result = planForRole(full, canConsent);
    expect(result.plan.actions.map((a) => a.key)).toEqual(runs);
    expect(result.skipped.map((a) => a.key)).toEqual(skipped);
  });
});

describe('progress items', () => {
  const p = plan([action('create-app', 'create-app', 'todo'), action('update-sp', 'update-sp', 'exists'), action('grant-role:Mail.ReadWrite', 'grant-role', 'todo')]);
  const skipped = [p.actions[2]!];

  it('lists every planned action from the start', () => {
    expect(initialProgress(p, skipped).map((i) => [i.key, i.outcome])).toEqual([
      ['create-app', 'not-run'],
      ['update-sp', 'exists'],
      ['grant-role:Mail.ReadWrite', 'skipped'],
    ]);
  });

  it.each<[string, ProgressEvent, string, string | undefined]>([
    ['start', { type: 'start', key: 'create-app', kind: 'create-app', title: 'create-app' }, 'running', undefined],
    ['finish', { type: 'finish', report: { key: 'create-app', kind: 'create-app', title: 'create-app', outcome: 'created' } }, 'created', undefined],
    [
      'failure, with the explanation',
      { type: 'finish', report: { key: 'create-app', kind: 'create-app', title: 'create-app', outcome: 'failed', error: { status: 403, code: 'Authorization_RequestDenied', kind: 'forbidden', message: 'Insufficient privileges.', explanation: 'Needs a role.' } } },
      'failed',
      'Insufficient privileges. Needs a role.',
    ],
  ])('%s', (_, event, outcome, detail) => {
    const item = withProgressEvent(initialProgress(p, skipped), event).find((i) => i.key === 'create-app');
    expect(item?.outcome).toBe(outcome);
    expect(item?.detail).toBe(detail);
  });

  it.each<['throttled' | 'replication' | 'network', number, RegExp]>([
    ['throttled', 2_000, /slow down; retrying in 2 s/],
    ['replication', 400, /still copying a new object; retrying in 1 s/],
    ['network', 8_000, /could not be reached; retrying in 8 s/],
  ])('retry %s', (reason, delayMs, text) => {
    expect(retryMessage({ type: 'retry', retry: { reason, method: 'POST', path: '/x', status: 429, attempt: 1, delayMs } })).toMatch(text);
  });
});
