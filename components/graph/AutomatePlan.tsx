import { i18n } from '#i18n';
import { AppCandidates } from './AppCandidates';
import { AssigneePicker } from './AssigneePicker';
import { useGraphStore } from './graphStore';
import { isConsentRoleWarning } from './GraphWarnings';
import { PlanList } from './PlanList';
import { runPlan } from './runActions';
import { SecretOptions } from './SecretOptions';
import { MessageBar } from '../MessageBar';

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('automatePlan.heading'),
  run: i18n.t('automatePlan.run'),
} as const;

/** The plan an Automate produced, the admin's choices that shape it, and the button that runs it. */
export function AutomatePlan() {
  const plan = useGraphStore((s) => s.plan);
  const canConsent = useGraphStore((s) => s.verification?.admin.canConsent ?? false);
  const running = useGraphStore((s) => s.status === 'running');
  if (!plan) return null;
  // AdminRoleWarning already explains the missing role, and the run skips consent rather than being refused.
  const warnings = plan.warnings.filter((w) => canConsent || !isConsentRoleWarning(w));
  return (
    <section className="graph-automate">
      <AppCandidates choosable />
      <h4>{STRINGS.heading}</h4>
      {plan.blocked ? (
        <MessageBar severity="error" testId="graph-plan-blocked" message={plan.blocked} />
      ) : (
        <PlanList plan={plan} canConsent={canConsent} />
      )}
      {warnings.length > 0 ? (
        <ul className="note graph-notes" data-testid="graph-plan-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <SecretOptions />
      <AssigneePicker />
      <button type="button" className="primary" data-testid="graph-run-plan" disabled={running || !!plan.blocked} onClick={() => void runPlan()}>
        {STRINGS.run}
      </button>
    </section>
  );
}
