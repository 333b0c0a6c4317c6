/**
 * Pure transitions of a setup's renewal (see renewalRecord.ts). The background applies them to
 * what the panel, the portal and TonicDM report; pure, so every rule is a table-driven test.
 */
import { RENEWAL_STEP_IDS, type RenewalStepId } from '../steps';
import type { AppRecord, DoneSource, SetupState } from '../setup/setupState';
import { currentRenewal, oldSecretOf, renewalInProgress, type RenewalRecord, type RenewalSecret } from './renewalRecord';

function withRenewal(state: SetupState, appId: string, renewal: RenewalRecord | undefined): SetupState {
  const app = state.apps[appId];
  if (!app) return state;
  const { renewal: _old, ...rest } = app;
  const next: AppRecord = renewal ? { ...rest, renewal } : rest;
  return { ...state, apps: { ...state.apps, [appId]: next } };
}

function mark(record: RenewalRecord, steps: readonly RenewalStepId[], source: DoneSource, now: number, by?: string): RenewalRecord {
  const done = { ...record.done };
  for (const step of steps) done[step] ??= { at: now, source, ...(by ? { by } : {}) };
  const complete = RENEWAL_STEP_IDS.every((id) => done[id]);
  return { ...record, done, ...(complete ? { completedAt: now } : {}) };
}

/**
 * The admin started the renewal in the panel (or a page showed its first sign). A renewal already
 * in progress is kept as it is; a finished one is followed by a fresh one.
 */
export function startRenewal(state: SetupState, appId: string, now: number, startedBy: RenewalRecord['startedBy'] = 'panel'): SetupState {
  const app = state.apps[appId];
  if (!app || app.archived || renewalInProgress(app)) return state;
  return withRenewal(state, appId, { startedAt: now, startedBy, old: oldSecretOf(app), done: {} });
}

/** The admin stopped following the renewal. Nothing in the tenant or TonicDM changes. */
export function stopRenewal(state: SetupState, appId: string): SetupState {
  const app = state.apps[appId];
  return renewalInProgress(app) ? withRenewal(state, appId, undefined) : state;
}

/** A tick in the renewal checklist. Ticking a step of a renewal nobody started starts it. */
export function markRenewalStep(state: SetupState, appId: string, step: RenewalStepId, done: boolean, source: DoneSource, now: number, by?: string): SetupState {
  const app = state.apps[appId];
  if (!app || app.archived) return state;
  if (!done) {
    const record = renewalInProgress(app);
    if (!record?.done[step]) return state;
    const { [step]: _dropped, ...rest } = record.done;
    return withRenewal(state, appId, { ...record, done: rest });
  }
  const started = startRenewal(state, appId, now);
  const record = renewalInProgress(started.apps[appId]);
  return record ? withRenewal(started, appId, mark(record, [step], source, now, by)) : started;
}

/** Whether a new secret on this app belongs to a renewal (one in progress, or due now). */
export function expectsRenewalSecret(app: AppRecord | undefined, now: number): boolean {
  const current = currentRenewal(app, now);
  return !!current && !current.complete;
}

/**
 * A new secret was captured on the app (call before the capture updates the setup's own expiry and
 * identity, which still describe the old secret). It is the renewal's new secret: Certificates &
 * secrets was open and the secret is made. A different new secret after an earlier one (the admin
 * accepted another) undoes a fill made with the earlier one.
 */
export function applyRenewalSecret(state: SetupState, appId: string | undefined, secret: RenewalSecret, now: number): SetupState {
  const app = appId ? state.apps[appId] : undefined;
  if (!appId || !app || !expectsRenewalSecret(app, now)) return state;
  const started = startRenewal(state, appId, now, 'page');
  const record = renewalInProgress(started.apps[appId]);
  if (!record) return started;
  let done = record.done;
  if (record.next && record.next.hint !== secret.hint && !done['renew-go']) {
    const { 'renew-fill': _fill, ...rest } = done;
    done = rest;
  }
  const next = { ...secret, capturedAt: now };
  return withRenewal(started, appId, mark({ ...record, done, next }, ['renew-open', 'renew-new-secret'], 'page', now));
}

/** The new expiry, once the page's date is read (or the admin picked one of two readings). */
export function applyRenewalExpiry(state: SetupState, appId: string, expiryIso: string): SetupState {
  const record = renewalInProgress(state.apps[appId]);
  if (!record?.next) return state;
  return withRenewal(state, appId, { ...record, next: { ...record.next, expiryIso } });
}

/** Certificates & secrets of the app is open while its renewal is current. */
export function applyRenewalBladeOpen(state: SetupState, appId: string, now: number): SetupState {
  const app = state.apps[appId];
  if (!expectsRenewalSecret(app, now) || renewalInProgress(app)?.done['renew-open']) return state;
  const started = startRenewal(state, appId, now, 'page');
  const record = renewalInProgress(started.apps[appId]);
  return record ? withRenewal(started, appId, mark(record, ['renew-open'], 'page', now)) : started;
}

/** TonicDM's form took the renewal's new secret. */
export function applyRenewalFilled(state: SetupState, appId: string, now: number): SetupState {
  const record = renewalInProgress(state.apps[appId]);
  if (!record?.next) return state;
  return withRenewal(state, appId, mark(record, ['renew-fill'], 'page', now));
}

/** Go was pressed on a form the renewal filled: TonicDM uses the new secret from now on. */
export function applyRenewalSubmitted(state: SetupState, appId: string, now: number): SetupState {
  const record = renewalInProgress(state.apps[appId]);
  if (!record?.done['renew-fill']) return state;
  return withRenewal(state, appId, mark(record, ['renew-go'], 'page', now));
}

/** Certificates & secrets lists the new secret and no longer the old one. */
export function applyOldSecretGone(state: SetupState, appId: string, source: DoneSource, now: number, by?: string): SetupState {
  const record = renewalInProgress(state.apps[appId]);
  if (!record?.next) return state;
  return withRenewal(state, appId, mark(record, ['renew-remove-old'], source, now, by));
}
