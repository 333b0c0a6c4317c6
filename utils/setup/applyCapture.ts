/**
 * Pure transitions of the setup state. The background applies them to what content scripts,
 * the side panel and Graph report; keeping them pure makes every rule a table-driven test.
 */
import { APP_NAME, SECRET_LIFETIME_DAYS, type StepId } from '../steps';
import { daysUntil, type ParsedExpiry } from '../values/parseExpiry';
import { isGuid } from '../values/guid';
import type { AppRecord, DoneSource, Notice, SetupState } from './setupState';
import { offerValue } from './heldValues';

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
  /** The tenant pinned in the address (path or `#@…`): a GUID or a domain. */
  tenant?: string;
  /** The blade the values were read on, for the admin's question ("… appeared on Overview"). */
  bladeTitle?: string;
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
  if (url.tenant && isGuid(url.tenant) && url.tenant !== ids.tenantId) {
    // The address is pinned to one tenant and the page shows another: not this tenant's page.
    return upsertNotice(state, {
      id: 'tenant-mismatch',
      severity: 'warning',
      message: `The page shows tenant ID ${ids.tenantId}, but the address is for tenant ${url.tenant}. Nothing was captured.`,
      fix: 'Reload the app Overview from the Entra admin center of your own tenant.',
      at: now,
    });
  }
  let next = dropNotice(dropNotice(state, 'ids-mismatch'), 'tenant-mismatch');
  const isOtherApp = !!next.activeAppId && next.activeAppId !== ids.clientId;

  // A tenant ID already held for this app is replaced only by the admin (or never, once Graph confirmed it).
  const known = next.apps[ids.clientId];
  let tenantId = ids.tenantId;
  if (known?.tenantId && known.tenantId !== ids.tenantId) {
    tenantId = known.tenantId;
    next =
      known.tenantConfirmed === 'graph'
        ? upsertNotice(next, {
            id: 'tenant-differs',
            severity: 'warning',
            message: `The page showed tenant ID ${ids.tenantId}, but Microsoft Graph confirmed ${known.tenantId} for this app. The page's value was ignored.`,
            appId: ids.clientId,
            at: now,
          })
        : offerValue(next, { appId: ids.clientId, field: 'tenantId', value: ids.tenantId, blade: url.bladeTitle ?? 'Overview', at: now });
  }

  const audienceSingle = url.audience ? url.audience === 'AzureADMyOrg' : ids.singleTenant;
  next = withApp(next, ids.clientId, (app) => {
    let updated: AppRecord = {
      ...app,
      clientId: ids.clientId,
      tenantId,
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
      message: 'This app is not single tenant. TonicDM expects "Single tenant only" (older portals: "Accounts in this organizational directory only").',
      fix: 'Authentication → Supported account types → "Single tenant only", then Save.',
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
      const { expiryChoice: _dropped, ...rest } = app;
      let updated: AppRecord = { ...rest, secretMaskedOnPage: false };
      if (expiry && !expiry.ambiguous) updated.expiry = { iso: expiry.iso, text: expiryText, ambiguous: false };
      else if (expiry?.ambiguous && expiryText) {
        // Two readings and no locale to choose: no date goes to TonicDM until the admin picks one.
        const { expiry: _old, ...withoutExpiry } = updated;
        updated = { ...withoutExpiry, expiryChoice: { text: expiryText, candidates: expiry.candidates } };
      }
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

  if (expiry && !expiry.ambiguous) next = checkExpiryLifetime(next, target, expiry.iso, today, now);
  else if (!expiry && expiryText !== undefined) {
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

/** Calls out an expiry far from the guide's 24 months (a tenant policy, or another choice in the pane). */
function checkExpiryLifetime(state: SetupState, appId: string | undefined, iso: string, today: Date, now: number): SetupState {
  const days = daysUntil(iso, today);
  if (Math.abs(days - SECRET_LIFETIME_DAYS) <= EXPIRY_TOLERANCE_DAYS) return dropNotice(state, 'expiry-not-24-months');
  return upsertNotice(state, {
    id: 'expiry-not-24-months',
    severity: 'warning',
    message: `The secret expires on ${iso}, about ${Math.round(days / 30.4)} months from now. TonicDM's guide uses 24 months.`,
    fix: 'If your tenant allows it, create a new secret with Expires "730 days (24 months)"; otherwise note the earlier renewal date.',
    appId,
    at: now,
  });
}

/** The admin picked which reading of an ambiguous expiry the portal meant. */
export function applyExpiryPick(state: SetupState, appId: string, iso: string, today: Date, now: number): SetupState {
  const app = state.apps[appId];
  if (!app?.expiryChoice?.candidates.includes(iso)) return state;
  const { expiryChoice, ...rest } = app;
  const next = { ...state, apps: { ...state.apps, [appId]: { ...rest, expiry: { iso, text: expiryChoice.text, ambiguous: false } } } };
  return checkExpiryLifetime(next, appId, iso, today, now);
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
