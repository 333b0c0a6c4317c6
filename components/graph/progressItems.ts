/**
 * The run's progress list: every planned action from the start (so the admin sees what is still to
 * come), updated by the engine's start/finish events.
 */
import { i18n } from '#i18n';
import type { ProgressEvent } from '@/utils/graph/executePlan';
import type { SetupAction, SetupPlan } from '@/utils/graph/planSetup';
import type { ProgressItem } from './graphStore';

export function initialProgress(plan: SetupPlan, skipped: readonly SetupAction[]): ProgressItem[] {
  return plan.actions
    .filter((action) => action.kind !== 'nothing')
    .map((action) => ({
      key: action.key,
      title: action.title,
      outcome: skipped.includes(action) ? 'skipped' : action.state === 'exists' ? 'exists' : 'not-run',
      ...(skipped.includes(action) ? { detail: i18n.t('progressItems.needsRole') } : {}),
    }));
}

export function withProgressEvent(items: readonly ProgressItem[], event: ProgressEvent): ProgressItem[] {
  if (event.type === 'retry') return [...items];
  const next: ProgressItem =
    event.type === 'start'
      ? { key: event.key, title: event.title, outcome: 'running' }
      : {
          key: event.report.key,
          title: event.report.title,
          outcome: event.report.outcome,
          ...(event.report.error ? { detail: `${event.report.error.message} ${event.report.error.explanation}` } : {}),
        };
  return items.some((item) => item.key === next.key) ? items.map((item) => (item.key === next.key ? next : item)) : [...items, next];
}

/** A retry as one status line ("Microsoft Graph asked to wait 2 s…"). */
export function retryMessage(event: Extract<ProgressEvent, { type: 'retry' }>): string {
  const seconds = Math.max(1, Math.round(event.retry.delayMs / 1000));
  switch (event.retry.reason) {
    case 'throttled':
      return i18n.t('progressItems.throttled', [String(seconds)]);
    case 'replication':
      return i18n.t('progressItems.replication', [String(seconds)]);
    case 'network':
      return i18n.t('progressItems.network', [String(seconds)]);
  }
}
