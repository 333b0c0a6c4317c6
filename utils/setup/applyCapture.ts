/**
 * Pure transitions of the setup state. The background applies them to what content scripts,
 * the side panel and Graph report; keeping them pure makes every rule a table-driven test.
 */
import { APP_NAME, SECRET_LIFETIME_DAYS, type StepId } from '../steps';
import { daysUntil, type ParsedExpiry } from '../values/parseExpiry';
import type { AppRecord, DoneSource, Notice, SetupState } from './setupState';

/** How far (days) a captured expiry may be from today + 24 months before it is called out. */
const EXPIRY_TOLERANCE_DAYS = 10;

export interface IdsCapture {
  clientId: string;
  tenantId: string;
  objectId?: string;
  displayName?: string;
  singleTenant?: boolean;
}

export interface UrlFacts {
  appId?: string;
  /** appSignInAudience from the address, when present. */
  audience?: string;
}

export function upsertNotice(state: SetupState, notice: Notice): SetupState {
  return { ...state, notices: [...state.notices.filter((n) => n.id !== notice.id), notice] };
}

export function dropNotice(state: SetupState, id: string): SetupState {
  return state.notices.some((n) => n.id === id) ? { ...state, notices: state.notices.filter((n) => n.id !== id) } : state;
}

function withApp(state: SetupState, appId: string, update: (app: AppRecord) => AppRecord): SetupState {
  const current = state.apps[appId] ?? { clientId: appId, done: {} };
  return { ...state, apps: { ...state.apps, [appId]: update(current) } };
}

function markDone(app: AppRecord, stepId: StepId, source: DoneSource, now: number): AppRecord {
  if (app.done[stepId]) return app;
  return { ...app, done: { ...app.done, [stepId]: { at: now, source } } };
}

/** The Overview showed the two IDs. */
export function applyIds(state: SetupState, ids: IdsCapture, url: UrlFacts, now: number): SetupState {
  if (url.appId && url.appId !== ids.clientId) {
    // The frame shows another app than the address bar: a stale blade. Trust neither.
    return upsertNotice(state, {
      id: 'ids-mismatch',
      severity: 'warning',
      message: `The page shows client ID ${ids.clientId}, but the address is for app ${url.appId}. Nothing was captured.`,
      fix: 'Reload the app Overview and wait for it to finish loading.',
      at: now,
    });
  }
  let next = dropNotice(state, 'ids-mismatch');
  const isOtherApp = !!next.activeAppId && next.activeAppId !== ids.clientId;

  const audienceSingle = url.audience ? url.audience === 'AzureADMyOrg' : ids.singleTenant;
  next = withApp(next, ids.clientId, (app) => {
    let updated: AppRecord = {
      ...app,
      clientId: ids.clientId,
      tenantId: ids.tenantId,
      objectId: ids.objectId ?? app.objectId,
      displayName: ids.displayName ?? app.displayName,
      singleTenant: audienceSingle ?? app.singleTenant,
    };
    updated = markDone(updated, 'copy-ids', 'page', now);
    // The app exists; only a known non-single-tenant audience keeps "register" open.
    if (audienceSingle !== false) updated = markDone(updated, 'register', 'page', now);
    return updated;
  });

  if (isOtherApp) {
    const active = next.apps[next.activeAppId!];
    return upsertNotice(next, {
      id: 'different-app',
      severity: 'warning',
      message: `You are on app ${ids.displayName ?? ids.clientId}, not ${active?.displayName ?? next.activeAppId}, the one being set up. Its IDs were kept apart.`,
      fix: 'Go back to the app you are setting up, or switch to this one.',
      switchTo: ids.clientId,
      at: now,
    });
  }
  next = { ...dropNotice(next, 'different-app'), activeAppId: ids.clientId };
  if (audienceSingle === false) {
    next = upsertNotice(next, {
      id: 'not-single-tenant',
      severity: 'error',
      message: 'This app is not single tenant. TonicDM expects "Accounts in this organizational directory only".',
      fix: 'Authentication → Supported account types → "Accounts in this organizational directory only", then Save.',
      appId: ids.clientId,
      at: now,
    });
  } else next = dropNotice(next, 'not-single-tenant');
  const name = ids.displayName ?? next.apps[ids.clientId]?.displayName;
  if (name && !/tonic/i.test(name)) {
    next = upsertNotice(next, {
      id: 'unexpected-name',
      severity: 'info',
      message: `The app is named "${name}". The TonicDM guide names it "${APP_NAME}", which makes it easy to find again.`,
      appId: ids.clientId,
      at: now,
    });
  } else next = dropNotice(next, 'unexpected-name');
  return next;
}

/** A clear secret Value was captured (the value itself goes to session storage elsewhere). */
export function applySecretCaptured(
  state: SetupState,
  appId: string | undefined,
  expiry: ParsedExpiry | undefined,
  expiryText: string | undefined,
  today: Date,
  now: number,
): SetupState {
  // A secret captured before the Overview was seen still names its app: make it the active one.
  let next = !state.activeAppId && appId ? { ...state, activeAppId: appId } : state;
  const target = appId ?? state.activeAppId;
  if (target) {
    next = withApp(next, target, (app) => {
      const updated: AppRecord = {
        ...app,
        secretMaskedOnPage: false,
        expiry: expiry ? { iso: expiry.iso, text: expiryText, ambiguous: expiry.ambiguous } : app.expiry,
      };
      return markDone(updated, 'client-secret', 'page', now);
    });
  }
  next = dropNotice(next, 'secret-masked');
  if (appId && state.activeAppId && appId !== state.activeAppId) {
    next = upsertNotice(next, {
      id: 'secret-other-app',
      severity: 'warning',
      message: `This secret was created on app ${state.apps[appId]?.displayName ?? appId}, not on the app being set up.`,
      fix: 'Switch to that app, or create the secret on the app you are setting up.',
      switchTo: appId,
      at: now,
    });
  } else next = dropNotice(next, 'secret-other-app');

  if (expiry) {
    const days = daysUntil(expiry.iso, today);
    if (Math.abs(days - SECRET_LIFETIME_DAYS) > EXPIRY_TOLERANCE_DAYS) {
      next = upsertNotice(next, {
        id: 'expiry-not-24-months',
        severity: 'warning',
        message: `The secret expires on ${expiry.iso}, about ${Math.round(days / 30.4)} months from now. TonicDM's guide uses 24 months.`,
        fix: 'If your tenant allows it, create a new secret with Expires "730 days (24 months)"; otherwise note the earlier renewal date.',
        appId: target,
        at: now,
      });
    } else next = dropNotice(next, 'expiry-not-24-months');
  } else if (expiryText !== undefined) {
    next = upsertNotice(next, {
      id: 'expiry-unreadable',
      severity: 'warning',
      message: `The expiry "${expiryText}" could not be read as a date.`,
      fix: 'Check the Expires column and enter the date in TonicDM yourself.',
      appId: target,
      at: now,
    });
  }
  return next;
}

/** Only a masked Value was on the page: it cannot be recovered. */
export function applySecretMasked(state: SetupState, appId: string | undefined, now: number): SetupState {
  const target = appId ?? state.activeAppId;
  let next = !state.activeAppId && appId ? { ...state, activeAppId: appId } : state;
  next = target ? withApp(next, target, (app) => ({ ...app, secretMaskedOnPage: true })) : next;
  next = upsertNotice(next, {
    id: 'secret-masked',
    severity: 'warning',
    message: 'The secret Value is no longer visible: the portal shows it only once, right after Add.',
    fix: 'Create a new client secret; the assistant captures its Value as it appears.',
    appId: target,
    at: now,
  });
  return next;
}

export function applyStepMark(state: SetupState, stepId: StepId, done: boolean, source: DoneSource, now: number, by?: string): SetupState {
  const appId = state.activeAppId;
  if (!appId) {
    const pendingDone = { ...state.pendingDone };
    if (done) pendingDone[stepId] ??= { at: now, source, ...(by ? { by } : {}) };
    else delete pendingDone[stepId];
    return { ...state, pendingDone };
  }
  return withApp(state, appId, (app) => {
    const doneMap = { ...app.done };
    if (done) doneMap[stepId] ??= { at: now, source, ...(by ? { by } : {}) };
    else delete doneMap[stepId];
    return { ...app, done: doneMap };
  });
}

/** Steps a page observation reports done, for the app the tab shows. */
export function applyObservedDone(state: SetupState, appId: string | undefined, steps: StepId[], now: number): SetupState {
  const target = appId ?? state.activeAppId;
  if (!target || !state.apps[target] || steps.length === 0) return state;
  return withApp(state, target, (app) => steps.reduce((a, s) => markDone(a, s, 'page', now), app));
}

export function applySwitchApp(state: SetupState, appId: string): SetupState {
  if (!state.apps[appId]) return state;
  let next: SetupState = { ...state, activeAppId: appId };
  for (const id of ['different-app', 'secret-other-app']) next = dropNotice(next, id);
  return next;
}
