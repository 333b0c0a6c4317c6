/**
 * The renewal of one setup's client secret, as the checklist and the page guide follow it: which
 * secret is being replaced (by identity only: key ID, the three-character hint, description,
 * expiry), the new one once captured, and which renewal steps are done. Stored with the setup in
 * local storage: no Value ever appears here.
 *
 * A renewal is "current" while it is in progress, and also, before anyone started it, while the
 * secret is due (within 30 days of its expiry): the panel then shows the renewal checklist and the
 * guide on Certificates & secrets already follows it. A finished one stays for a few days, so the
 * checklist can say it is complete (even if the admin ticked it through by hand and the recorded
 * expiry is still the old one).
 */
import { RENEWAL_STEP_IDS, type RenewalStepId } from '../steps';
import type { AppRecord, DoneMark } from '../setup/setupState';
import { isRenewalDue } from './renewalWindow';

/** A client secret named without its Value. */
export interface RenewalSecret {
  keyId?: string;
  /** The Value's first three characters, as the portal shows a masked Value. */
  hint?: string;
  description?: string;
  /** "YYYY-MM-DD". */
  expiryIso?: string;
}

export interface RenewalRecord {
  startedAt: number;
  /** The admin started it in the panel, or a new secret on a due app began it. */
  startedBy: 'panel' | 'page';
  /** The secret being replaced: the one TonicDM used when the renewal began. */
  old: RenewalSecret;
  /** The new secret, once captured. */
  next?: RenewalSecret & { capturedAt: number };
  done: Partial<Record<RenewalStepId, DoneMark>>;
  completedAt?: number;
}

/** How long a finished renewal stays on the panel, saying it is complete. */
export const COMPLETED_SHOWN_MS = 3 * 86_400_000;

export function renewalInProgress(app: AppRecord | undefined): RenewalRecord | undefined {
  return app?.renewal && !app.renewal.completedAt ? app.renewal : undefined;
}

/** The secret a renewal starting now replaces: the one the setup knows TonicDM uses. */
export function oldSecretOf(app: AppRecord): RenewalSecret {
  const { keyId, hint, description } = app.credential ?? {};
  return {
    ...(keyId ? { keyId } : {}),
    ...(hint ? { hint } : {}),
    ...(description ? { description } : {}),
    ...(app.expiry?.iso ? { expiryIso: app.expiry.iso } : {}),
  };
}

export interface CurrentRenewal {
  record: RenewalRecord;
  /** Nobody started it yet: the secret is due, so the checklist shows. */
  implicit: boolean;
  complete: boolean;
}

/**
 * The renewal the panel and the guide follow for a setup, if any: the one in progress, else (for
 * a live setup whose secret is due) one about to start, else a recently finished one.
 */
export function currentRenewal(app: AppRecord | undefined, now: number): CurrentRenewal | undefined {
  if (!app || app.archived) return undefined;
  const inProgress = renewalInProgress(app);
  if (inProgress) return { record: inProgress, implicit: false, complete: false };
  const finished = app.renewal;
  if (finished?.completedAt && now - finished.completedAt < COMPLETED_SHOWN_MS) return { record: finished, implicit: false, complete: true };
  if (isRenewalDue(app.expiry?.iso, now)) {
    return { record: { startedAt: now, startedBy: 'page', old: oldSecretOf(app), done: {} }, implicit: true, complete: false };
  }
  return undefined;
}

export function renewalDone(record: RenewalRecord | undefined): Set<RenewalStepId> {
  return new Set(RENEWAL_STEP_IDS.filter((id) => !!record?.done[id]));
}

/**
 * The expiry TonicDM works with: until Go is pressed with the new secret, TonicDM still uses the
 * old one, so reminders keep counting down to the old expiry even though the setup's own expiry
 * already follows the captured new secret.
 */
export function expiryInUse(app: AppRecord): string | undefined {
  const renewal = renewalInProgress(app);
  if (renewal?.next && !renewal.done['renew-go'] && renewal.old.expiryIso) return renewal.old.expiryIso;
  return app.expiry?.iso;
}
