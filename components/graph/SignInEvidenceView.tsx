import type { RotationPlan } from '@/utils/graph/planRotation';
import type { SecretInfo } from '@/utils/graph/rotationRecord';
import { switchVerdict } from '@/utils/graph/signInEvidence';
import { useGraphStore } from './graphStore';
import { loadEvidence } from './rotationActions';
import { MessageBar } from '../MessageBar';
import { Icon } from '../Icons';

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
      <h4>Which secret TonicDM signs in with</h4>
      {evidence && !evidence.loading ? (
        evidence.available ? (
          <div data-testid="graph-signin-evidence" data-state="available">
            <ul className="note">
              {secrets.map((secret) => {
                const at = evidence.lastSignIn[secret.keyId.toLowerCase()];
                return (
                  <li key={secret.keyId} data-testid="graph-signin-evidence-row" data-key-id={secret.keyId} data-last-sign-in={at ?? ''}>
                    "{secret.displayName ?? 'unnamed'}" (hint {secret.hint ?? '?'}): {at ? `last signed in ${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : 'no sign-in recorded'}
                  </li>
                );
              })}
            </ul>
            {record?.newSecret ? <Verdict lastSignIn={evidence.lastSignIn} oldSecret={record.oldSecret} newSecret={record.newSecret} /> : null}
            <p className="note">Microsoft's report is updated with a delay; a sign-in of the last hours may not show yet.</p>
          </div>
        ) : (
          <MessageBar
            severity="warning"
            testId="graph-signin-evidence"
            data-state="unavailable"
            data-reason={evidence.reason}
            message={`Sign-in evidence is unavailable: ${evidence.detail}`}
          >
            <p className="fix">Without it, check in TonicDM that mail filing works with the new secret before you remove the old one.</p>
          </MessageBar>
        )
      ) : (
        <p className="note">
          Microsoft Entra can show when each secret last signed in, so you see TonicDM has switched before the old secret goes. This needs Microsoft Entra ID P1
          or P2 and the permission AuditLog.Read.All, which is asked for when you press the button.
        </p>
      )}
      <button type="button" className="button" data-testid="graph-signin-evidence-load" disabled={running || !!evidence?.loading} onClick={() => void loadEvidence()}>
        {evidence?.loading ? 'Reading sign-ins…' : evidence ? 'Check the sign-ins again' : 'Show when each secret last signed in'}
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
