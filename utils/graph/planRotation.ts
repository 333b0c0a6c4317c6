/**
 * Plans the rotation of TonicDM's client secret through Graph: which app (only one the admin chose under the
 * same ownership rules as Automate), which secret TonicDM uses now and why the assistant thinks so, and the new
 * secret to add ("TonicDM Office365 Secret <Mon YYYY>", 24 months unless the tenant's policy wants less). The
 * old secret is never removed here; the admin removes it later, once TonicDM has the new one.
 *
 * Pure, and idempotent by construction: a rotation this session finished (its record), or a secret of this
 * month's name already on the app, plans nothing to add; an interrupted one is found again by its record.
 */
import { i18n } from '#i18n';
import { formatDay, formatTime } from '../i18n/dates';
import { existingAppProblem, type AppChoice } from './appChoice';
import type { PasswordCredentialInfo } from './graphTypes';
import { addMonths, DEFAULT_SECRET_LIFETIME_MONTHS } from './planSetup';
import { recordFor, type RotationRecord, type SecretInfo } from './rotationRecord';
import { renewedSecretName } from './secretName';
import type { Verification } from './verifySetup';

/** How the assistant knows which secret TonicDM uses now. */
export type CurrentBasis =
  /** Graph's three-character hint matches the secret the assistant holds for this app. */
  | 'held'
  /** Its expiry is the one recorded in the setup (captured, or written by an earlier run). */
  | 'recorded-expiry'
  /** It is the app's only secret. */
  | 'only'
  /** A guess: the secret that expires last. */
  | 'latest'
  /** The one an interrupted rotation was replacing. */
  | 'record';

export interface SecretSummary extends SecretInfo {
  startDateTime: string | null;
  expired: boolean;
}

export type RotationAdd =
  | { state: 'todo'; displayName: string; endDateTime: string; months: number }
  | { state: 'exists'; reason: string; secret?: SecretSummary };

export interface RotationPlan {
  tenantId: string;
  signedInUserId?: string;
  /** Why it must not run (no app chosen, risk not confirmed); nothing is then planned. */
  blocked?: string;
  app?: { id: string; appId: string; displayName: string };
  /** The app's owners and credentials as the admin saw them; checked again right before the secret is added. */
  fingerprint?: string;
  knownCredentialIds?: string[];
  approval?: 'chosen' | 'confirmed-risk';
  /** The secret TonicDM uses now (the one a finished rotation lets the admin remove). */
  current?: SecretSummary & { basis: CurrentBasis };
  /** The app's other secrets, listed so the admin sees the whole picture. */
  otherSecrets: SecretSummary[];
  /** Secrets an interrupted rotation added whose value was lost with the closed panel: removed before the new one is added. */
  lost: SecretSummary[];
  /** An interrupted rotation's secret whose value the assistant does hold: taken as this rotation's new secret, nothing sent. */
  adopt?: SecretSummary;
  add: RotationAdd;
  /** This session's rotation on this app: what it added and whether the old secret is gone. */
  record?: RotationRecord;
  warnings: string[];
}

export interface RotationOptions {
  app?: AppChoice;
  /** 1–24; TonicDM's guide asks for 24. */
  lifetimeMonths?: number;
  now: Date;
  /** The secret the assistant holds: its app and Graph's hint (first three characters). */
  held?: { appId: string; hint: string };
  /** The setup's recorded expiry (YYYY-MM-DD). */
  recordedExpiry?: string;
  /** The rotation record in session storage, whatever app it is about. */
  record?: RotationRecord;
}

/** Browser and Entra clocks differ; an interrupted add is looked for from this long before it started. */
const CLOCK_SLACK_MS = 15 * 60_000;

export function planRotation(verification: Verification, options: RotationOptions): RotationPlan {
  const months = options.lifetimeMonths ?? DEFAULT_SECRET_LIFETIME_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > 24) throw new RangeError(`Secret lifetime must be 1–24 months, not ${months}.`);
  const tenantId = verification.tenant.id;
  const base: Pick<RotationPlan, 'tenantId' | 'signedInUserId' | 'otherSecrets' | 'lost' | 'warnings'> = {
    tenantId,
    ...(verification.facts.meId ? { signedInUserId: verification.facts.meId } : {}),
    otherSecrets: [],
    lost: [],
    warnings: [],
  };
  const problem = existingAppProblem(verification, options.app, 'rotate');
  const app = verification.app;
  const application = verification.facts.application;
  if (problem || !app || !application) {
    return { ...base, blocked: problem ?? i18n.t('planRotation.unreadable'), add: { state: 'exists', reason: i18n.t('planRotation.nothingPlanned') } };
  }
  const now = options.now;
  const secrets = (application.passwordCredentials ?? []).map((credential) => summary(credential, now));
  const record = recordFor(options.record, tenantId, app.id);
  const warnings = base.warnings;
  const target = {
    ...base,
    app: { id: app.id, appId: app.appId, displayName: app.displayName },
    fingerprint: app.trust.fingerprint,
    knownCredentialIds: app.trust.credentials.filter((c) => c.known).map((c) => c.id),
    approval: app.trust.level === 'risk' ? ('confirmed-risk' as const) : ('chosen' as const),
    ...(record ? { record } : {}),
  };
  const held = options.held && options.held.appId.toLowerCase() === app.appId.toLowerCase() ? options.held.hint : undefined;

  // A rotation this session already finished: nothing more to add, whatever the app shows.
  if (record?.newSecret) {
    const added = secrets.find((s) => sameKey(s.keyId, record.newSecret!.keyId)) ?? { ...record.newSecret, startDateTime: record.rotatedAt ?? null, expired: false };
    const old = record.oldSecret ? secrets.find((s) => sameKey(s.keyId, record.oldSecret!.keyId)) : undefined;
    return {
      ...target,
      otherSecrets: secrets.filter((s) => s !== added && s !== old),
      add: {
        state: 'exists',
        reason: record.rotatedAt
          ? i18n.t('planRotation.addedAt', [added.displayName ?? '', added.hint ?? '?', formatTime(Date.parse(record.rotatedAt))])
          : i18n.t('planRotation.added', [added.displayName ?? '', added.hint ?? '?']),
        secret: added,
      },
    };
  }

  // An interrupted rotation: its add may have reached Entra while the answer was lost.
  let lost: SecretSummary[] = [];
  let adopt: SecretSummary | undefined;
  let current: (SecretSummary & { basis: CurrentBasis }) | undefined;
  if (record?.adding) {
    const startedAt = Date.parse(record.adding.startedAt);
    const fromThatRun = secrets.filter(
      (s) =>
        s.displayName === record.adding!.displayName &&
        !(record.oldSecret && sameKey(s.keyId, record.oldSecret.keyId)) &&
        !Number.isNaN(startedAt) &&
        s.startDateTime !== null &&
        Date.parse(s.startDateTime) >= startedAt - CLOCK_SLACK_MS,
    );
    adopt = held ? fromThatRun.find((s) => s.hint === held) : undefined;
    lost = fromThatRun.filter((s) => s !== adopt);
    if (record.oldSecret) {
      const old = secrets.find((s) => sameKey(s.keyId, record.oldSecret!.keyId));
      if (old) current = { ...old, basis: 'record' };
    }
    if (fromThatRun.length === 0) {
      warnings.push(i18n.t('planRotation.interruptedNothingVisible'));
    }
  }
  const candidates = secrets.filter((s) => !lost.includes(s) && s !== adopt);
  current ??= identifyCurrent(candidates, { ...(held ? { held } : {}), ...(options.recordedExpiry ? { recordedExpiry: options.recordedExpiry } : {}) });
  const otherSecrets = candidates.filter((s) => s.keyId !== current?.keyId);
  if (current?.basis === 'latest') {
    warnings.push(i18n.t('planRotation.guess', [current.hint ?? '?']));
  }
  if (held && !secrets.some((s) => s.hint === held)) warnings.push(i18n.t('planRotation.heldGone'));

  if (adopt) {
    return {
      ...target,
      ...(current ? { current } : {}),
      otherSecrets,
      lost,
      adopt,
      add: { state: 'exists', reason: i18n.t('planRotation.adopted', [adopt.displayName ?? '', adopt.hint ?? '?']), secret: adopt },
    };
  }

  const displayName = renewedSecretName(now);
  const sameName = candidates.find((s) => s.displayName === displayName && !s.expired);
  if (sameName) {
    return {
      ...target,
      ...(current && current !== sameName ? { current } : {}),
      otherSecrets: current === sameName ? otherSecrets.filter((s) => s !== sameName) : otherSecrets,
      lost,
      add: {
        state: 'exists',
        reason: sameName.startDateTime
          ? i18n.t('planRotation.sameNameOn', [displayName, formatDay(sameName.startDateTime), sameName.hint ?? '?'])
          : i18n.t('planRotation.sameName', [displayName, sameName.hint ?? '?']),
        secret: sameName,
      },
    };
  }
  const endDateTime = addMonths(now, months).toISOString();
  return { ...target, ...(current ? { current } : {}), otherSecrets, lost, add: { state: 'todo', displayName, endDateTime, months } };
}

/**
 * The secret TonicDM uses now: the one whose hint matches the secret the assistant holds, else the one whose
 * expiry the setup recorded, else the only one, else (a guess) the one that expires last.
 */
export function identifyCurrent(
  secrets: readonly SecretSummary[],
  hints: { held?: string; recordedExpiry?: string },
): (SecretSummary & { basis: CurrentBasis }) | undefined {
  const byHint = hints.held ? secrets.filter((s) => s.hint === hints.held) : [];
  if (byHint.length === 1) return { ...byHint[0]!, basis: 'held' };
  const byExpiry = hints.recordedExpiry ? secrets.filter((s) => s.endDateTime?.slice(0, 10) === hints.recordedExpiry) : [];
  if (byExpiry.length === 1) return { ...byExpiry[0]!, basis: 'recorded-expiry' };
  // The portal shows the expiry as a local date, Graph in UTC: a day either way is the same secret, if only one fits.
  const recorded = hints.recordedExpiry ? Date.parse(`${hints.recordedExpiry}T12:00:00Z`) : Number.NaN;
  const nearExpiry = byExpiry.length === 0 && !Number.isNaN(recorded) ? secrets.filter((s) => s.endDateTime && Math.abs(Date.parse(s.endDateTime) - recorded) <= 36 * 3_600_000) : [];
  if (nearExpiry.length === 1) return { ...nearExpiry[0]!, basis: 'recorded-expiry' };
  if (secrets.length === 1) return { ...secrets[0]!, basis: 'only' };
  const latest = [...secrets]
    .filter((s) => s.endDateTime && !Number.isNaN(Date.parse(s.endDateTime)))
    .sort((a, b) => Date.parse(b.endDateTime!) - Date.parse(a.endDateTime!))[0];
  return latest ? { ...latest, basis: 'latest' } : undefined;
}

function summary(credential: PasswordCredentialInfo, now: Date): SecretSummary {
  const end = credential.endDateTime ? Date.parse(credential.endDateTime) : Number.NaN;
  return {
    keyId: credential.keyId,
    hint: credential.hint ?? null,
    displayName: credential.displayName ?? null,
    startDateTime: credential.startDateTime ?? null,
    endDateTime: credential.endDateTime ?? null,
    expired: !Number.isNaN(end) && end <= now.getTime(),
  };
}

function sameKey(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The record's form of a secret. */
export function secretInfo(secret: SecretSummary): SecretInfo {
  return { keyId: secret.keyId, hint: secret.hint, displayName: secret.displayName, endDateTime: secret.endDateTime };
}
