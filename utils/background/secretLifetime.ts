/**
 * How long a secret is held. Its deadline is derived from what is stored (last use + the idle
 * minutes, or an earlier hard deadline once TonicDM has it), so a worker restart neither moves
 * nor forgets it. An alarm fires at the deadline, and every use checks the deadline again,
 * because alarms can run late and the worker may have slept through one.
 * Secrets offered to the admin (heldSecret.ts) follow the same idle rule.
 */
import { browser } from 'wxt/browser';
import { readOptions, secretItem, secretOffersItem, optionsItem, type CapturedSecret, type SecretOffer } from '../storage';

export const FORGET_ALARM = 'secret-forget';
/** The periodic alarm of earlier versions: re-created at every worker start, it never fired on a busy worker. */
const LEGACY_ALARM = 'secret-idle-check';
/** After the admin presses Go on TonicDM, the secret is needed only for a retry. */
export const FORGET_AFTER_SUBMIT_MS = 5 * 60_000;

export function secretDeadline(secret: Pick<CapturedSecret, 'lastUsedAt' | 'forgetAt'>, idleMinutes: number): number {
  const idle = secret.lastUsedAt + idleMinutes * 60_000;
  return typeof secret.forgetAt === 'number' ? Math.min(idle, secret.forgetAt) : idle;
}

export function shouldForget(lastUsedAt: number, idleMinutes: number, now: number): boolean {
  return now >= secretDeadline({ lastUsedAt }, idleMinutes);
}

function offerDeadline(offer: SecretOffer, idleMinutes: number): number {
  return offer.at + idleMinutes * 60_000;
}

/**
 * Forgets whatever is past its deadline and sets the alarm for the next one. Returns the held
 * secret if it is still alive. Call it before every use of the secret.
 */
export async function enforceSecretLifetime(now: number): Promise<CapturedSecret | null> {
  const [secret, offers, { secretIdleMinutes }] = await Promise.all([secretItem.getValue(), secretOffersItem.getValue(), readOptions()]);
  let live = secret;
  if (secret && now >= secretDeadline(secret, secretIdleMinutes)) {
    await secretItem.removeValue();
    live = null;
  }
  const liveOffers = (offers ?? []).filter((o) => now < offerDeadline(o, secretIdleMinutes));
  if (liveOffers.length !== (offers ?? []).length) await secretOffersItem.setValue(liveOffers);
  const deadlines = [...(live ? [secretDeadline(live, secretIdleMinutes)] : []), ...liveOffers.map((o) => offerDeadline(o, secretIdleMinutes))];
  await scheduleForgetAlarm(deadlines.length > 0 ? Math.min(...deadlines) : undefined);
  return live;
}

/** Sets the alarm to `when`, leaving an alarm already set for that time untouched. */
async function scheduleForgetAlarm(when: number | undefined): Promise<void> {
  const existing = await browser.alarms.get(FORGET_ALARM);
  if (when === undefined) {
    if (existing) await browser.alarms.clear(FORGET_ALARM);
    return;
  }
  if (existing?.scheduledTime === when) return;
  await browser.alarms.create(FORGET_ALARM, { when });
}

/** Kept for callers that only want to know whether the secret went. */
export async function forgetIdleSecret(now: number): Promise<boolean> {
  const before = await secretItem.getValue();
  return !!before && (await enforceSecretLifetime(now)) === null;
}

/** TonicDM has the secret (the admin pressed Go): forget it in 5 minutes at the latest. */
export async function forgetSecretAfterSubmit(now: number): Promise<void> {
  const secret = await secretItem.getValue();
  if (!secret) return;
  const forgetAt = Math.min(secret.forgetAt ?? Infinity, now + FORGET_AFTER_SUBMIT_MS);
  if (forgetAt !== secret.forgetAt) await secretItem.setValue({ ...secret, forgetAt });
  await enforceSecretLifetime(now);
}

export async function forgetSecretNow(): Promise<void> {
  await Promise.all([secretItem.removeValue(), secretOffersItem.setValue([])]);
  await browser.alarms.clear(FORGET_ALARM);
}

export function watchSecretLifetime(now: () => number): void {
  void browser.alarms.clear(LEGACY_ALARM);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FORGET_ALARM) void enforceSecretLifetime(now());
  });
  // A new secret, a fill (new last use) or new idle minutes move the deadline.
  secretItem.watch(() => void enforceSecretLifetime(now()));
  secretOffersItem.watch(() => void enforceSecretLifetime(now()));
  optionsItem.watch(() => void enforceSecretLifetime(now()));
  void enforceSecretLifetime(now());
}
