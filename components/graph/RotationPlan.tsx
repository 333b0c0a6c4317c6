import type { CurrentBasis, RotationPlan as Plan, SecretSummary } from '@/utils/graph/planRotation';
import type { SecretInfo } from '@/utils/graph/rotationRecord';
import { AppCandidates } from './AppCandidates';
import { useGraphStore } from './graphStore';
import { fillTonicdmWithNewSecret, removeOldSecretNow, runRotation } from './rotationActions';
import { SecretOptions } from './SecretOptions';
import { SignInEvidenceView } from './SignInEvidenceView';
import { MessageBar } from '../MessageBar';

const BASIS: Record<CurrentBasis, string> = {
  held: 'its hint matches the secret the assistant holds',
  'recorded-expiry': 'its expiry is the one recorded for this setup',
  only: 'it is the only secret on the app',
  latest: 'a guess: it expires last — check its hint in TonicDM',
  record: 'the secret the interrupted rotation was replacing',
};

/** The rotation plan (which app, the secret TonicDM uses now, the new one), its run button, and what follows a rotation. */
export function RotationPlan() {
  const plan = useGraphStore((s) => s.rotation);
  const running = useGraphStore((s) => s.status === 'running');
  if (!plan) return null;
  return (
    <section className="graph-rotation" data-testid="graph-rotation">
      <AppCandidates choosable allowNew={false} />
      <h4>Rotate the client secret</h4>
      {plan.blocked ? (
        <MessageBar severity="error" testId="graph-plan-blocked" message={plan.blocked} />
      ) : (
        <>
          <RotationSteps plan={plan} />
          {plan.current ? <SecretDetails testId="graph-rotation-current" title="The secret TonicDM uses now" secret={plan.current} note={BASIS[plan.current.basis]} /> : null}
          {plan.add.state === 'todo' ? (
            <SecretDetails
              testId="graph-rotation-new"
              title="The new secret"
              secret={{ keyId: '', hint: null, displayName: plan.add.displayName, endDateTime: plan.add.endDateTime }}
              note={`valid for ${plan.add.months} months; its Value goes straight to the captured values, for TonicDM`}
            />
          ) : null}
        </>
      )}
      {plan.warnings.length > 0 ? (
        <ul className="note graph-notes" data-testid="graph-plan-warnings">
          {plan.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {plan.blocked || plan.record?.newSecret ? null : <SecretOptions alwaysNew />}
      <button type="button" className="primary" data-testid="graph-run-plan" disabled={running || !!plan.blocked} onClick={() => void runRotation()}>
        Run plan
      </button>
      {plan.record?.newSecret ? <AfterRotation plan={plan} /> : null}
      {plan.blocked ? null : <SignInEvidenceView />}
    </section>
  );
}

function RotationSteps({ plan }: { plan: Plan }) {
  const steps: { key: string; state: 'todo' | 'exists'; text: string }[] = [];
  if (plan.current) steps.push({ key: 'current', state: 'exists', text: `TonicDM uses ${describe(plan.current)} now.` });
  for (const lost of plan.lost) {
    steps.push({ key: `remove-lost:${lost.keyId}`, state: 'todo', text: `Remove ${describe(lost)}: an interrupted rotation added it and its Value was lost, so nobody can use it.` });
  }
  steps.push(
    plan.add.state === 'todo'
      ? { key: 'add-secret', state: 'todo', text: `Add the client secret "${plan.add.displayName}", valid for ${plan.add.months} months (until ${plan.add.endDateTime.slice(0, 10)}).` }
      : { key: 'add-secret', state: 'exists', text: plan.add.reason },
  );
  const old = plan.record?.newSecret ? plan.record.oldSecret : plan.current;
  if (old && !plan.record?.oldRemovedAt) {
    steps.push({ key: 'keep-old', state: 'exists', text: `Keep ${describe(old)} until TonicDM has the new one; you remove it afterwards.` });
  }
  return (
    <ol className="graph-plan" data-testid="graph-plan">
      {steps.map((step) => (
        <li key={step.key} data-testid="graph-plan-action" data-key={step.key} data-state={step.state}>
          <span className="tag">{step.state === 'todo' ? 'will change' : 'exists'}</span> {step.text}
        </li>
      ))}
    </ol>
  );
}

function SecretDetails({ testId, title, secret, note }: { testId: string; title: string; secret: SecretInfo | SecretSummary; note?: string }) {
  return (
    <div className="secret-details" data-testid={testId} data-key-id={secret.keyId || undefined}>
      <p>
        <strong>{title}</strong>
        {note ? <span className="muted"> ({note})</span> : null}
      </p>
      <ul>
        <li>
          Description: <code data-testid={`${testId}-description`}>{secret.displayName ?? '(none)'}</code>
        </li>
        {secret.hint ? (
          <li>
            Hint (first characters of the Value): <code data-testid={`${testId}-hint`}>{secret.hint}</code>
          </li>
        ) : null}
        {secret.keyId ? (
          <li>
            Secret ID (keyId): <code data-testid={`${testId}-key-id`}>{secret.keyId}</code>
          </li>
        ) : null}
        <li>
          Expires: <code data-testid={`${testId}-expiry`}>{secret.endDateTime ? secret.endDateTime.slice(0, 10) : 'unknown'}</code>
        </li>
      </ul>
    </div>
  );
}

/** After a rotation: the new secret, how TonicDM gets it, and (once it has) the removal of the old one. */
function AfterRotation({ plan }: { plan: Plan }) {
  const record = plan.record!;
  const running = useGraphStore((s) => s.status === 'running');
  const oldSecret = record.oldSecret;
  return (
    <div className="message message-success graph-rotation-done" data-testid="graph-rotation-done">
      <SecretDetails testId="graph-rotation-added" title="New secret, captured for TonicDM" secret={record.newSecret!} />
      {oldSecret && !record.oldRemovedAt ? (
        <>
          <p className="fix" data-testid="graph-remove-old-warning">
            TonicDM must have the new secret before the old one goes: fill TonicDM's Security Set Up ("Update Now") with the new secret and its expiry, and
            press Go. Removing the old secret first stops mail filing until TonicDM has the new one.
          </p>
          <div className="message-actions">
            <button type="button" className="button" data-testid="graph-rotation-fill" onClick={() => void fillTonicdmWithNewSecret()}>
              Fill TonicDM with the new secret
            </button>
            <button type="button" className="button" data-testid="graph-remove-old-secret" disabled={running} onClick={() => void removeOldSecretNow()}>
              Remove the old secret ({describe(oldSecret)})
            </button>
          </div>
        </>
      ) : oldSecret ? (
        <p data-testid="graph-old-secret-removed">
          The old secret ({describe(oldSecret)}) was removed on {record.oldRemovedAt!.slice(0, 10)}.
        </p>
      ) : (
        <p className="note">The app had no other secret to remove.</p>
      )}
    </div>
  );
}

function describe(secret: SecretInfo): string {
  return `"${secret.displayName ?? 'unnamed'}" (hint ${secret.hint ?? '?'}, expires ${secret.endDateTime?.slice(0, 10) ?? '?'})`;
}
