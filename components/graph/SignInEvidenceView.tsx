import { i18n } from '#i18n';
import { formatMoment } from '@/utils/i18n/dates';
import type { RotationPlan } from '@/utils/graph/planRotation';
import type { SecretInfo } from '@/utils/graph/rotationRecord';
import { switchVerdict } from '@/utils/graph/signInEvidence';
import { useGraphStore } from './graphStore';
import { loadEvidence } from './rotationActions';
import { MessageBar } from '../MessageBar';
import { Icon } from '../Icons';

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('signInEvidenceView.heading'),
  unnamed: i18n.t('signInEvidenceView.unnamed'),
  lastSignIn: (name: string, hint: string, at: string) => i18n.t('signInEvidenceView.lastSignIn', [name, hint, at]),
  noSignIn: (name: string, hint: string) => i18n.t('signInEvidenceView.noSignIn', [name, hint]),
  delay: i18n.t('signInEvidenceView.delay'),
  unavailable: (detail: string) => i18n.t('signInEvidenceView.unavailable', [detail]),
  without: i18n.t('signInEvidenceView.without'),
  intro: i18n.t('signInEvidenceView.intro'),
  reading: i18n.t('signInEvidenceView.reading'),
  again: i18n.t('signInEvidenceView.again'),
  show: i18n.t('signInEvidenceView.show'),
} as const;

/**
 * When each secret of the app last signed in, on request: the evidence that TonicDM has switched to the new
 * secret before the old one is removed. Needs Entra ID P1/P2 and AuditLog.Read.All; without them it says so.
 */
export function SignInEvidenceView() {
  const plan = useGraphStore((s) => s.rotation);
  const evidence = useGraphStore((s) => s.evidence);
  const running = useGraphStore((s) => s.status === 'running');
  if (!plan?.app) return null;
  const secrets = listed(plan);
  const record = plan.record;
  return (
    <section className="graph-evidence">
      <h4>{STRINGS.heading}</h4>
      {evidence && !evidence.loading ? (
        evidence.available ? (
          <div data-testid="graph-signin-evidence" data-state="available">
            <ul className="note">
              {secrets.map((secret) => {
                const at = evidence.lastSignIn[secret.keyId.toLowerCase()];
                return (
                  <li key={secret.keyId} data-testid="graph-signin-evidence-row" data-key-id={secret.keyId} data-last-sign-in={at ?? ''}>
                    {at
                      ? STRINGS.lastSignIn(secret.displayName ?? STRINGS.unnamed, secret.hint ?? '?', formatMoment(Date.parse(at)))
                      : STRINGS.noSignIn(secret.displayName ?? STRINGS.unnamed, secret.hint ?? '?')}
                  </li>
                );
              })}
            </ul>
            {record?.newSecret ? <Verdict lastSignIn={evidence.lastSignIn} oldSecret={record.oldSecret} newSecret={record.newSecret} /> : null}
            <p className="note">{STRINGS.delay}</p>
          </div>
        ) : (
          <MessageBar
            severity="warning"
            testId="graph-signin-evidence"
            data-state="unavailable"
            data-reason={evidence.reason}
            message={STRINGS.unavailable(evidence.detail)}
          >
            <p className="fix">{STRINGS.without}</p>
          </MessageBar>
        )
      ) : (
        <p className="note">{STRINGS.intro}</p>
      )}
      <button type="button" className="button" data-testid="graph-signin-evidence-load" disabled={running || !!evidence?.loading} onClick={() => void loadEvidence()}>
        {evidence?.loading ? STRINGS.reading : evidence ? STRINGS.again : STRINGS.show}
      </button>
    </section>
  );
}

function Verdict({ lastSignIn, oldSecret, newSecret }: { lastSignIn: Record<string, string | null>; oldSecret: SecretInfo | null; newSecret: SecretInfo }) {
  const { verdict, sentence } = switchVerdict(lastSignIn, oldSecret, newSecret);
  return (
    <p className={`verify verify-${verdict === 'switched' ? 'yes' : 'no'}`} data-testid="graph-signin-verdict" data-verdict={verdict}>
      <Icon name={verdict === 'switched' ? 'success' : 'warning'} />
      <span>{sentence}</span>
    </p>
  );
}

/** Every secret the plan or the rotation names, once. */
function listed(plan: RotationPlan): SecretInfo[] {
  const all: SecretInfo[] = [
    ...(plan.record?.newSecret ? [plan.record.newSecret] : []),
    ...(plan.record?.oldSecret && !plan.record.oldRemovedAt ? [plan.record.oldSecret] : []),
    ...(plan.current ? [plan.current] : []),
    ...(plan.add.state === 'exists' && plan.add.secret ? [plan.add.secret] : []),
    ...plan.otherSecrets,
  ];
  const seen = new Set<string>();
  return all.filter((s) => (seen.has(s.keyId.toLowerCase()) ? false : (seen.add(s.keyId.toLowerCase()), true)));
}
