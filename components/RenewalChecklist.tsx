import { useState } from 'react';
import { i18n } from '#i18n';
import { flowStatuses, RENEWAL_STEPS, type RenewalStepId } from '@/utils/steps';
import { activeApp, type AppRecord } from '@/utils/setup/setupState';
import { currentRenewal, oldSecretOf, renewalDone, type RenewalRecord, type RenewalSecret } from '@/utils/renewal/renewalRecord';
import { credentialsLink } from '@/utils/renewal/credentialsLink';
import { readPanelRoute, type PanelRoute } from '@/utils/renewal/renewalRoute';
import { renewedSecretName } from '@/utils/graph/secretName';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { adminLabel } from '@/utils/record/adminLabel';
import type { FillResult } from '@/utils/tonicdm/fillRequest';
import { SECURITY_FIELD_LABELS } from '@/utils/tonicdm/securityFields';
import { usePanelStore } from './panelStore';
import { useGraphStore } from './graph/graphStore';
import { CopyButton } from './CopyButton';
import { formatDay } from '@/utils/i18n/dates';
import { joinList } from '@/utils/i18n/lists';

/** Every user-visible string of the renewal checklist, in one place for translation. */
export const RENEWAL_CHECKLIST_TEXT = {
  heading: i18n.t('renewalChecklist.heading'),
  jump: i18n.t('renewalChecklist.jump'),
  progress: (done: number, total: number) => i18n.t('renewalChecklist.progress', [String(done), String(total)]),
  progressLabel: i18n.t('renewalChecklist.progressLabel'),
  intro: i18n.t('renewalChecklist.intro'),
  complete: i18n.t('renewalChecklist.complete'),
  markDone: (title: string) => i18n.t('renewalChecklist.markDone', [title]),
  markNotDone: (title: string) => i18n.t('renewalChecklist.markNotDone', [title]),
  open: i18n.t('renewalChecklist.open'),
  openHint: i18n.t('renewalChecklist.openHint'),
  started: i18n.t('renewalChecklist.started'),
  description: i18n.t('renewalChecklist.description'),
  expires: i18n.t('renewalChecklist.expires'),
  fill: i18n.t('renewalChecklist.fill'),
  filling: i18n.t('renewalChecklist.filling'),
  fillHint: i18n.t('renewalChecklist.fillHint'),
  oldSecret: (details: string) => i18n.t('renewalChecklist.oldSecret', [details]),
  newSecret: (details: string) => i18n.t('renewalChecklist.newSecret', [details]),
  secretLine: (secret: RenewalSecret) =>
    joinList(
      [
        secret.description ? i18n.t('renewalChecklist.secretDescription', [secret.description]) : undefined,
        secret.expiryIso ? i18n.t('renewalChecklist.secretExpires', [formatDay(secret.expiryIso)]) : undefined,
        secret.hint ? i18n.t('renewalChecklist.secretHint', [secret.hint]) : undefined,
        secret.keyId ? i18n.t('renewalChecklist.secretKeyId', [secret.keyId]) : undefined,
      ].filter((part): part is string => !!part),
    ) || i18n.t('renewalChecklist.secretUnknown'),
  keepOld: i18n.t('renewalChecklist.keepOld'),
  stop: i18n.t('renewalChecklist.stop'),
  filled: (fields: string[]) => i18n.t('renewalChecklist.filled', [joinList(fields)]),
  notFilled: i18n.t('renewalChecklist.notFilled'),
} as const;

function useRenewalView(route: PanelRoute): { app: AppRecord; record: RenewalRecord; implicit: boolean; complete: boolean } | undefined {
  const app = usePanelStore((s) => activeApp(s.setup));
  if (!app || app.archived) return undefined;
  const now = Date.now();
  const current = currentRenewal(app, now);
  if (current) return { app, ...current };
  // Asked for by a reminder or a link: a renewal can start before it is due.
  if (route.flow === 'renewal' && (!route.appId || route.appId === app.clientId)) {
    return { app, record: { startedAt: now, startedBy: 'panel', old: oldSecretOf(app), done: {} }, implicit: true, complete: false };
  }
  return undefined;
}

/** The latest renewal fill, kept by the checklist: the fill step closes when it succeeds, Go's step says so. */
interface FillState {
  busy: boolean;
  result?: FillResult;
  fill: () => void;
}

function useRenewalFill(): FillState {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FillResult>();
  const fill = async () => {
    setBusy(true);
    try {
      setResult(await sendToBackground<FillResult>({ type: 'panel/fill-tonicdm' }));
    } finally {
      setBusy(false);
    }
  };
  return { busy, result, fill: () => void fill() };
}

function FillStatus({ result }: { result: FillResult | undefined }) {
  if (!result) return null;
  return (
    <p className="small" data-testid="renewal-fill-status" role="status">
      {result.ok ? RENEWAL_CHECKLIST_TEXT.filled(result.filled.map((f) => SECURITY_FIELD_LABELS[f])) : RENEWAL_CHECKLIST_TEXT.notFilled}
    </p>
  );
}

function FillUpdateNow({ state }: { state: FillState }) {
  return (
    <div className="renewal-fill">
      <button type="button" data-testid="renewal-fill" disabled={state.busy} onClick={state.fill}>
        {state.busy ? RENEWAL_CHECKLIST_TEXT.filling : RENEWAL_CHECKLIST_TEXT.fill}
      </button>
      <p className="muted small">{RENEWAL_CHECKLIST_TEXT.fillHint}</p>
      <FillStatus result={state.result} />
    </div>
  );
}

function StepExtra({ step, app, record, fill }: { step: RenewalStepId; app: AppRecord; record: RenewalRecord; fill: FillState }) {
  switch (step) {
    case 'renew-open': {
      const link = credentialsLink(app);
      return link ? (
        <p>
          <a
            href={link}
            target="_blank"
            rel="noreferrer"
            data-testid="renewal-open-credentials"
            onClick={() => void sendToBackground({ type: 'panel/start-renewal', appId: app.clientId })}
          >
            {RENEWAL_CHECKLIST_TEXT.open}
          </a>
          <span className="muted small"> {record.startedBy === 'panel' && !!app.renewal ? RENEWAL_CHECKLIST_TEXT.started : RENEWAL_CHECKLIST_TEXT.openHint}</span>
        </p>
      ) : null;
    }
    case 'renew-new-secret': {
      const name = renewedSecretName(new Date());
      return (
        <>
          <dl className="values">
            <div className="value-row">
              <dt>{RENEWAL_CHECKLIST_TEXT.description}</dt>
              <dd>
                <span data-testid="renewal-description">
                  <code>{name}</code>
                </span>
                <span className="value-actions">
                  <CopyButton value={name} label={RENEWAL_CHECKLIST_TEXT.description} />
                </span>
              </dd>
            </div>
          </dl>
          <p className="muted small">{RENEWAL_CHECKLIST_TEXT.expires}</p>
        </>
      );
    }
    case 'renew-fill':
      return record.next ? <FillUpdateNow state={fill} /> : null;
    case 'renew-go':
      return <FillStatus result={fill.result} />;
    case 'renew-remove-old':
      return (
        <div data-testid="renewal-old-secret">
          <p className="small">
            {RENEWAL_CHECKLIST_TEXT.oldSecret(RENEWAL_CHECKLIST_TEXT.secretLine(record.old))}
          </p>
          {record.next ? (
            <p className="small">
              {RENEWAL_CHECKLIST_TEXT.newSecret(RENEWAL_CHECKLIST_TEXT.secretLine(record.next))}
            </p>
          ) : null}
          {!record.done['renew-go'] ? <p className="muted small">{RENEWAL_CHECKLIST_TEXT.keepOld}</p> : null}
        </div>
      );
  }
}

/**
 * The renewal of the active setup's client secret as a checklist of its own, from the one step
 * model (utils/steps.ts RENEWAL_STEPS), with its own progress. Shown while the secret is due or a
 * renewal is in progress (and for a few days after it completed), or when a reminder opened the
 * panel at `?flow=renewal`.
 */
export function RenewalChecklist({ route = readPanelRoute(location.search) }: { route?: PanelRoute }) {
  const view = useRenewalView(route);
  const fill = useRenewalFill();
  if (!view) return null;
  const { app, record, complete } = view;
  const done = renewalDone(record);
  const statuses = flowStatuses('renewal', done);
  const by = () => adminLabel(useGraphStore.getState().account);
  return (
    <section
      className="card renewal-checklist"
      id="renewal-checklist"
      data-testid="renewal-checklist"
      data-app-id={app.clientId}
      data-complete={complete ? 'true' : 'false'}
      aria-labelledby="renewal-checklist-heading"
    >
      <h2 id="renewal-checklist-heading">{RENEWAL_CHECKLIST_TEXT.heading}</h2>
      <p className="muted">{RENEWAL_CHECKLIST_TEXT.intro}</p>
      <p data-testid="renewal-progress">
        <progress max={RENEWAL_STEPS.length} value={done.size} aria-label={RENEWAL_CHECKLIST_TEXT.progressLabel} />{' '}
        {RENEWAL_CHECKLIST_TEXT.progress(done.size, RENEWAL_STEPS.length)}
      </p>
      {complete ? (
        <p className="notice notice-info" data-testid="renewal-complete" role="status">
          {RENEWAL_CHECKLIST_TEXT.complete}
        </p>
      ) : null}
      <ol className="checklist">
        {RENEWAL_STEPS.map((step) => {
          const status = statuses[step.id];
          return (
            <li key={step.id} className={`step step-${status}`} data-testid={`renewal-step-${step.id}`} data-status={status} aria-current={status === 'current' ? 'step' : undefined}>
              <label className="step-head">
                <input
                  type="checkbox"
                  checked={status === 'done'}
                  disabled={complete}
                  aria-label={status === 'done' ? RENEWAL_CHECKLIST_TEXT.markNotDone(step.title) : RENEWAL_CHECKLIST_TEXT.markDone(step.title)}
                  onChange={(e) => void sendToBackground({ type: 'panel/mark-renewal-step', appId: app.clientId, stepId: step.id, done: e.target.checked, by: by() })}
                />
                <span className="step-title">{step.title}</span>
              </label>
              {status !== 'done' && !complete ? (
                <div className="step-body">
                  <p className="step-action">{step.action}</p>
                  <StepExtra step={step.id} app={app} record={record} fill={fill} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {app.renewal && !complete ? (
        <button type="button" className="link" data-testid="renewal-stop" onClick={() => void sendToBackground({ type: 'panel/stop-renewal', appId: app.clientId })}>
          {RENEWAL_CHECKLIST_TEXT.stop}
        </button>
      ) : null}
    </section>
  );
}
