import { i18n } from '#i18n';
import { STEPS, stepStatuses, type StepId } from '@/utils/steps';
import { doneSteps } from '@/utils/setup/setupState';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';
import { ScopeMailboxes } from './ScopeMailboxes';
import { OpenInEntra } from './OpenInEntra';
import { stepLink } from '@/utils/setup/stepLink';
import { Icon, type IconName } from './Icons';
import type { ReactNode } from 'react';
import { adminLabel } from '@/utils/record/adminLabel';
import { useGraphStore } from './graph/graphStore';

export interface StepAnnotation {
  verified: 'yes' | 'no' | 'unknown';
  reason: string;
}

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('checklist.heading'),
  now: i18n.t('checklist.now'),
  verified: {
    yes: i18n.t('checklist.verified.yes'),
    no: i18n.t('checklist.verified.no'),
    unknown: i18n.t('checklist.verified.unknown'),
  } satisfies Record<StepAnnotation['verified'], string>,
} as const;

const VERIFY_ICONS: Record<StepAnnotation['verified'], IconName> = { yes: 'success', no: 'error', unknown: 'info' };

/**
 * The setup steps, their status, and how each is done. Built from the one step model. Each
 * checkbox is named by its step alone (checked means done); the step to do now is marked for
 * assistive technology too. Its instructions are in the current-step card above, so here it
 * carries only what Graph verification found and its extras.
 */
export function Checklist({ verification, extra }: { verification?: Partial<Record<StepId, StepAnnotation>>; extra?: Partial<Record<StepId, ReactNode>> }) {
  const setup = usePanelStore((s) => s.setup);
  const done = doneSteps(setup);
  const statuses = stepStatuses(done);
  return (
    <section className="card" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{STRINGS.heading}</h2>
      <ol className="checklist">
        {STEPS.map((step) => {
          const status = statuses[step.id];
          const check = verification?.[step.id];
          // Once the app exists, a link to register another one only invites a duplicate.
          const link = stepLink(setup, step.id);
          const linked = !!link && !(status === 'done' && link.blade === 'app-create');
          const scoping = (step.id === 'scope-mailboxes' || step.id === 'assign-users') && (status !== 'done' || !!check);
          const body =
            status === 'todo' || check || linked || scoping || extra?.[step.id] ? (
              <div className="step-body">
                {status === 'todo' ? <p className="step-action">{step.action}</p> : null}
                {check ? (
                  <p className={`verify verify-${check.verified}`}>
                    <Icon name={VERIFY_ICONS[check.verified]} />
                    <span>
                      <span className="visually-hidden">{STRINGS.verified[check.verified]}: </span>
                      {check.reason}
                    </span>
                  </p>
                ) : null}
                {linked ? <OpenInEntra stepId={step.id} /> : null}
                {scoping ? <ScopeMailboxes stepId={step.id as 'assign-users' | 'scope-mailboxes'} /> : null}
                {extra?.[step.id]}
              </div>
            ) : null;
          return (
            <li
              key={step.id}
              className={`step step-${status}`}
              data-testid={`step-${step.id}`}
              data-status={status}
              aria-current={status === 'current' ? 'step' : undefined}
              {...(verification ? { 'data-verified': check?.verified ?? 'unknown' } : {})}
            >
              <div className="step-head">
                <input
                  id={`step-check-${step.id}`}
                  type="checkbox"
                  checked={status === 'done'}
                  onChange={(e) => void sendToBackground({ type: 'panel/mark-step', stepId: step.id, done: e.target.checked, by: adminLabel(useGraphStore.getState().account) })}
                />
                <label className="step-title" htmlFor={`step-check-${step.id}`}>
                  {step.title}
                </label>
                {status === 'current' ? (
                  <span className="tag tag-brand" aria-hidden="true">
                    {STRINGS.now}
                  </span>
                ) : null}
              </div>
              {body}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
