import { i18n } from '#i18n';
import type { SetupPlan } from '@/utils/graph/planSetup';
import { planForRole } from './planForRole';

const LABEL = { todo: i18n.t('planList.todo'), exists: i18n.t('planList.exists'), skipped: i18n.t('planList.skipped') } as const;

/** What a run would do: each action marked as already there, to be created or changed, or skipped for lack of role. */
export function PlanList({ plan, canConsent }: { plan: SetupPlan; canConsent: boolean }) {
  const { skipped } = planForRole(plan, canConsent);
  return (
    <ol className="graph-plan" data-testid="graph-plan">
      {plan.actions.map((action) => {
        const state = skipped.includes(action) ? 'skipped' : action.state;
        return (
          <li key={action.key} data-testid="graph-plan-action" data-key={action.key} data-state={state}>
            <span className="tag">{LABEL[state]}</span> {action.title}
          </li>
        );
      })}
    </ol>
  );
}
