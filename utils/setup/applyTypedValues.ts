/**
 * Values the admin typed or pasted into the panel, applied to the setup state. The admin is
 * the authority on what they type, with two limits: a value that replaces one already held
 * needs their explicit confirmation (as a value offered by a page does, see heldValues.ts), and
 * a tenant ID Microsoft Graph confirmed for the app is never replaced (a single-tenant app
 * lives in exactly one tenant). Nothing is applied unless everything can be: the admin sees
 * one question, not half a change.
 */
import type { StepId } from '../steps';
import type { AppRecord, DoneSource, SetupState } from './setupState';
import { checkExpiryLifetime, dropNotice, upsertNotice } from './applyCapture';
import { dropOffer } from './heldValues';

export const TYPED_FIELDS = ['clientId', 'tenantId', 'secret', 'expiry'] as const;
export type TypedField = (typeof TYPED_FIELDS)[number];

/** Validated values (the secret is held elsewhere, in session storage; only its arrival counts here). */
export interface TypedValues {
  clientId?: string;
  tenantId?: string;
  expiryIso?: string;
}

export type TypedRefusal =
  /** A tenant ID or expiry belongs to an app: a client ID is needed first. */
  | 'no-app'
  /** Microsoft Graph confirmed another tenant for this app. */
  | 'tenant-confirmed-by-graph';

export type TypedOutcome =
  | { ok: true; state: SetupState }
  | { ok: false; needsConfirm: TypedField[]; refused: { field: TypedField; reason: TypedRefusal }[] };

const USER: DoneSource = 'user';

function markDone(app: AppRecord, stepId: StepId, now: number): AppRecord {
  return app.done[stepId] ? app : { ...app, done: { ...app.done, [stepId]: { at: now, source: USER } } };
}

export function applyTypedValues(state: SetupState, typed: TypedValues, confirmed: ReadonlySet<TypedField>, today: Date, now: number): TypedOutcome {
  const needsConfirm: TypedField[] = [];
  const refused: { field: TypedField; reason: TypedRefusal }[] = [];

  const clientId = typed.clientId ?? state.activeAppId;
  if (typed.clientId && state.activeAppId && state.activeAppId !== typed.clientId && !confirmed.has('clientId')) needsConfirm.push('clientId');
  const known: AppRecord | undefined = clientId ? state.apps[clientId] : undefined;

  if (typed.tenantId) {
    if (!clientId) refused.push({ field: 'tenantId', reason: 'no-app' });
    else if (known?.tenantId && known.tenantId !== typed.tenantId) {
      if (known.tenantConfirmed === 'graph') refused.push({ field: 'tenantId', reason: 'tenant-confirmed-by-graph' });
      else if (!confirmed.has('tenantId')) needsConfirm.push('tenantId');
    }
  }
  if (typed.expiryIso) {
    if (!clientId) refused.push({ field: 'expiry', reason: 'no-app' });
    else if (known?.expiry && known.expiry.iso !== typed.expiryIso && !confirmed.has('expiry')) needsConfirm.push('expiry');
  }
  if (needsConfirm.length > 0 || refused.length > 0) return { ok: false, needsConfirm, refused };
  if (!clientId) return { ok: true, state };

  let app: AppRecord = known ?? { clientId, done: {} };
  const enteredByHand = { ...app.enteredByHand };
  if (typed.clientId) {
    // Typing the client ID of an archived setup takes it up again.
    if (app.archived) {
      const { archived: _resumed, ...rest } = app;
      app = rest;
    }
    enteredByHand.clientId = typed.clientId;
    // A client ID exists only once the app is registered.
    app = markDone(app, 'register', now);
  }
  if (typed.tenantId) {
    app = { ...app, tenantId: typed.tenantId };
    enteredByHand.tenantId = typed.tenantId;
  }
  if (typed.expiryIso) {
    const { expiryChoice: _resolved, ...rest } = app;
    app = { ...rest, expiry: { iso: typed.expiryIso } };
    enteredByHand.expiry = typed.expiryIso;
  }
  app = { ...app, enteredByHand };
  if ((typed.clientId || typed.tenantId) && app.tenantId) app = markDone(app, 'copy-ids', now);

  let next: SetupState = { ...state, activeAppId: clientId, apps: { ...state.apps, [clientId]: app } };
  if (typed.clientId) for (const id of ['different-app', 'secret-other-app', 'ids-mismatch']) next = dropNotice(next, id);
  const offer = next.offers?.find((o) => o.appId === clientId && o.field === 'tenantId');
  if (offer && typed.tenantId) next = dropOffer(next, offer.id);
  if (typed.expiryIso) next = checkExpiryLifetime(dropNotice(next, 'expiry-unreadable'), clientId, typed.expiryIso, today, now);
  return { ok: true, state: next };
}

/**
 * A secret Value typed by the admin is now held: the step is done, and an earlier "masked"
 * warning is moot. A Value in an unusual format that the admin chose to use anyway stays
 * called out, as one accepted from a page is.
 */
export function applyTypedSecret(state: SetupState, appId: string | undefined, unusualFormat: boolean, now: number): SetupState {
  let next = dropNotice(state, 'secret-masked');
  next = unusualFormat
    ? upsertNotice(next, {
        id: 'secret-format',
        severity: 'warning',
        message: 'The secret you entered does not look like a current Entra client secret Value.',
        fix: 'Check that it is the Value column, not the Secret ID, before using it.',
        at: now,
      })
    : dropNotice(next, 'secret-format');
  if (!appId || !next.apps[appId]) return next;
  const app = markDone({ ...next.apps[appId]!, secretMaskedOnPage: false }, 'client-secret', now);
  return { ...next, apps: { ...next.apps, [appId]: app } };
}
