import { STEPS, stepStatuses, type StepId } from '@/utils/steps';
import { doneSteps } from '@/utils/setup/setupState';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { usePanelStore } from './panelStore';
import { ScopeMailboxes } from './ScopeMailboxes';
import { OpenInEntra } from './OpenInEntra';
import { stepLink } from '@/utils/setup/stepLink';
import type { ReactNode } from 'react';
import { adminLabel } from '@/utils/record/adminLabel';
import { useGraphStore } from './graph/graphStore';

export interface StepAnnotation {
  verified: 'yes' | 'no' | 'unknown';
  reason: string;
}

/** The setup steps, their status, and how each is done. Built from the one step model. */
export function Checklist({ verification, extra }: { verification?: Partial<Record<StepId, StepAnnotation>>; extra?: Partial<Record<StepId, ReactNode>> }) {
  const setup = usePanelStore((s) => s.setup);
  const done = doneSteps(setup);
  const statuses = stepStatuses(done);
  return (
    <ol className="checklist">
      {STEPS.map((step) => {
        const status = statuses[step.id];
        const check = verification?.[step.id];
        // Once the app exists, a link to register another one only invites a duplicate.
        const link = stepLink(setup, step.id);
        const linked = !!link && !(status === 'done' && link.blade === 'app-create');
        return (
          <li
            key={step.id}
            className={`step step-${status}`}
            data-testid={`step-${step.id}`}
            data-status={status}
            {...(verification ? { 'data-verified': check?.verified ?? 'unknown' } : {})}
          >
            <label className="step-head">
              <input
                type="checkbox"
                checked={status === 'done'}
                aria-label={`Mark "${step.title}" ${status === 'done' ? 'not done' : 'done'}`}
                onChange={(e) => void sendToBackground({ type: 'panel/mark-step', stepId: step.id, done: e.target.checked, by: adminLabel(useGraphStore.getState().account) })}
              />
              <span className="step-title">
                {step.title}
                {step.optional ? <span className="tag">optional</span> : null}
              </span>
            </label>
            {status !== 'done' || check || linked ? (
              <div className="step-body">
                {status !== 'done' ? <p className="step-action">{step.action}</p> : null}
                {check ? <p className={`verify verify-${check.verified}`}>{check.reason}</p> : null}
                {linked ? <OpenInEntra stepId={step.id} /> : null}
                {step.id === 'scope-mailboxes' || step.id === 'assign-users' ? <ScopeMailboxes stepId={step.id} /> : null}
                {extra?.[step.id]}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
