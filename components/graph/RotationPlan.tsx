import { i18n } from '#i18n';
import { formatDay } from '@/utils/i18n/dates';
import type { CurrentBasis, RotationPlan as Plan, SecretSummary } from '@/utils/graph/planRotation';
import type { SecretInfo } from '@/utils/graph/rotationRecord';
import { AppCandidates } from './AppCandidates';
import { useGraphStore } from './graphStore';
import { fillTonicdmWithNewSecret, removeOldSecretNow, runRotation } from './rotationActions';
import { SecretOptions } from './SecretOptions';
import { SignInEvidenceView } from './SignInEvidenceView';
import { MessageBar } from '../MessageBar';

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('rotationPlan.heading'),
  current: i18n.t('rotationPlan.current'),
  newSecret: i18n.t('rotationPlan.newSecret'),
  newSecretNote: (months: number) => i18n.t('rotationPlan.newSecretNote', months),
  run: i18n.t('rotationPlan.run'),
  usesNow: (secret: string) => i18n.t('rotationPlan.usesNow', [secret]),
  removeLost: (secret: string) => i18n.t('rotationPlan.removeLost', [secret]),
  add: (name: string, months: number, until: string) => i18n.t('rotationPlan.add', months, [name, String(months), until]),
  keepOld: (secret: string) => i18n.t('rotationPlan.keepOld', [secret]),
  todo: i18n.t('rotationPlan.todo'),
  exists: i18n.t('rotationPlan.exists'),
  note: (note: string) => i18n.t('rotationPlan.note', [note]),
  description: i18n.t('rotationPlan.description'),
  none: i18n.t('rotationPlan.none'),
  hint: i18n.t('rotationPlan.hint'),
  keyId: i18n.t('rotationPlan.keyId'),
  expires: i18n.t('rotationPlan.expires'),
  unknown: i18n.t('rotationPlan.unknown'),
  added: i18n.t('rotationPlan.added'),
  removeOldWarning: i18n.t('rotationPlan.removeOldWarning'),
  fill: i18n.t('rotationPlan.fill'),
  removeOld: (secret: string) => i18n.t('rotationPlan.removeOld', [secret]),
  oldRemoved: (secret: string, day: string) => i18n.t('rotationPlan.oldRemoved', [secret, day]),
  noOther: i18n.t('rotationPlan.noOther'),
  unnamed: i18n.t('rotationPlan.unnamed'),
  describe: (name: string, hint: string, expires: string) => i18n.t('rotationPlan.describe', [name, hint, expires]),
} as const;

const BASIS: Record<CurrentBasis, string> = {
  held: i18n.t('rotationPlan.basisHeld'),
  'recorded-expiry': i18n.t('rotationPlan.basisRecordedExpiry'),
  only: i18n.t('rotationPlan.basisOnly'),
  latest: i18n.t('rotationPlan.basisLatest'),
  record: i18n.t('rotationPlan.basisRecord'),
};

/** The rotation plan (which app, the secret TonicDM uses now, the new one), its run button, and what follows a rotation. */
export function RotationPlan() {
  const plan = useGraphStore((s) => s.rotation);
  const running = useGraphStore((s) => s.status === 'running');
  if (!plan) return null;
  return (
    <section className="graph-rotation" data-testid="graph-rotation">
      <AppCandidates choosable allowNew={false} />
      <h4>{STRINGS.heading}</h4>
      {plan.blocked ? (
        <MessageBar severity="error" testId="graph-plan-blocked" message={plan.blocked} />
      ) : (
        <>
          <RotationSteps plan={plan} />
          {plan.current ? <SecretDetails testId="graph-rotation-current" title={STRINGS.current} secret={plan.current} note={BASIS[plan.current.basis]} /> : null}
          {plan.add.state === 'todo' ? (
            <SecretDetails
              testId="graph-rotation-new"
              title={STRINGS.newSecret}
              secret={{ keyId: '', hint: null, displayName: plan.add.displayName, endDateTime: plan.add.endDateTime }}
              note={STRINGS.newSecretNote(plan.add.months)}
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
        {STRINGS.run}
      </button>
      {plan.record?.newSecret ? <AfterRotation plan={plan} /> : null}
      {plan.blocked ? null : <SignInEvidenceView />}
    </section>
  );
}

function RotationSteps({ plan }: { plan: Plan }) {
  const steps: { key: string; state: 'todo' | 'exists'; text: string }[] = [];
  if (plan.current) steps.push({ key: 'current', state: 'exists', text: STRINGS.usesNow(describe(plan.current)) });
  for (const lost of plan.lost) {
    steps.push({ key: `remove-lost:${lost.keyId}`, state: 'todo', text: STRINGS.removeLost(describe(lost)) });
  }
  steps.push(
    plan.add.state === 'todo'
      ? { key: 'add-secret', state: 'todo', text: STRINGS.add(plan.add.displayName, plan.add.months, formatDay(plan.add.endDateTime)) }
      : { key: 'add-secret', state: 'exists', text: plan.add.reason },
  );
  const old = plan.record?.newSecret ? plan.record.oldSecret : plan.current;
  if (old && !plan.record?.oldRemovedAt) {
    steps.push({ key: 'keep-old', state: 'exists', text: STRINGS.keepOld(describe(old)) });
  }
  return (
    <ol className="graph-plan" data-testid="graph-plan">
      {steps.map((step) => (
        <li key={step.key} data-testid="graph-plan-action" data-key={step.key} data-state={step.state}>
          <span className="tag">{step.state === 'todo' ? STRINGS.todo : STRINGS.exists}</span> {step.text}
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
        {note ? <span className="muted"> {STRINGS.note(note)}</span> : null}
      </p>
      <ul>
        <li>
          {STRINGS.description} <code data-testid={`${testId}-description`}>{secret.displayName ?? STRINGS.none}</code>
        </li>
        {secret.hint ? (
          <li>
            {STRINGS.hint} <code data-testid={`${testId}-hint`}>{secret.hint}</code>
          </li>
        ) : null}
        {secret.keyId ? (
          <li>
            {STRINGS.keyId} <code data-testid={`${testId}-key-id`}>{secret.keyId}</code>
          </li>
        ) : null}
        <li>
          {STRINGS.expires} <code data-testid={`${testId}-expiry`}>{secret.endDateTime ? formatDay(secret.endDateTime) : STRINGS.unknown}</code>
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
      <SecretDetails testId="graph-rotation-added" title={STRINGS.added} secret={record.newSecret!} />
      {oldSecret && !record.oldRemovedAt ? (
        <>
          <p className="fix" data-testid="graph-remove-old-warning">
            {STRINGS.removeOldWarning}
          </p>
          <div className="message-actions">
            <button type="button" className="button" data-testid="graph-rotation-fill" onClick={() => void fillTonicdmWithNewSecret()}>
              {STRINGS.fill}
            </button>
            <button type="button" className="button" data-testid="graph-remove-old-secret" disabled={running} onClick={() => void removeOldSecretNow()}>
              {STRINGS.removeOld(describe(oldSecret))}
            </button>
          </div>
        </>
      ) : oldSecret ? (
        <p data-testid="graph-old-secret-removed">
          {STRINGS.oldRemoved(describe(oldSecret), formatDay(record.oldRemovedAt!))}
        </p>
      ) : (
        <p className="note">{STRINGS.noOther}</p>
      )}
    </div>
  );
}

function describe(secret: SecretInfo): string {
  return STRINGS.describe(secret.displayName ?? STRINGS.unnamed, secret.hint ?? '?', secret.endDateTime ? formatDay(secret.endDateTime) : '?');
}
