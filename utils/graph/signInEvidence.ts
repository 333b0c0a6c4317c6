/**
 * Has TonicDM switched to the new secret? Microsoft Entra's "application credential activity" report (beta,
 * `GET /beta/reports/appCredentialSignInActivities`) tells when each credential of an app last signed in. It
 * needs Microsoft Entra ID P1 or P2, `AuditLog.Read.All`, and (for a signed-in admin) a role that may read
 * reports; without them the evidence is unavailable and the panel says so plainly.
 *
 * Shapes from the beta reference (appCredentialSignInActivity: keyId, keyType clientSecret|certificate,
 * signInActivity.lastSignInDateTime). The report is aggregated, so a sign-in shows up with a delay, and a
 * credential that never signed in may simply be absent.
 */
import { i18n } from '#i18n';
import { formatMoment } from '../i18n/dates';
import { SignInError } from '../auth/signInError';
import { GraphError } from './graphError';
import type { GraphTransport } from './graphTransport';
import type { GraphCollection } from './graphTypes';
import type { SecretInfo } from './rotationRecord';
import { odataString } from './verifySetup';

export interface CredentialActivityRow {
  keyId?: string | null;
  keyType?: string | null;
  appId?: string | null;
  signInActivity?: { lastSignInDateTime?: string | null } | null;
}

export type UnavailableReason = 'no-premium' | 'forbidden' | 'no-consent' | 'not-offered' | 'failed';

export type SignInEvidence =
  | { available: true; checkedAt: string; lastSignIn: Record<string, string | null> }
  | { available: false; reason: UnavailableReason; detail: string };

/** Reads when each credential of the app last signed in (keyId, lower case → ISO time or null). One request. */
export async function readSignInEvidence(transport: GraphTransport, appId: string, keyIds: readonly string[]): Promise<SignInEvidence> {
  try {
    const response = await transport.request<GraphCollection<CredentialActivityRow>>({
      method: 'GET',
      version: 'beta',
      path: '/reports/appCredentialSignInActivities',
      query: { $filter: `appId eq ${odataString(appId)}` },
    });
    return { available: true, checkedAt: new Date(transport.now()).toISOString(), lastSignIn: lastSignIns(response.body?.value ?? [], keyIds) };
  } catch (thrown) {
    return unavailable(thrown);
  }
}

/** The latest sign-in of each asked-for credential; null when the report has none for it. */
export function lastSignIns(rows: readonly CredentialActivityRow[], keyIds: readonly string[]): Record<string, string | null> {
  const result: Record<string, string | null> = Object.fromEntries(keyIds.map((id) => [id.toLowerCase(), null]));
  for (const row of rows) {
    const key = row.keyId?.toLowerCase();
    const at = row.signInActivity?.lastSignInDateTime;
    if (!key || !(key in result) || !at || Number.isNaN(Date.parse(at))) continue;
    const seen = result[key];
    if (!seen || Date.parse(at) > Date.parse(seen)) result[key] = new Date(Date.parse(at)).toISOString();
  }
  return result;
}

/** Why the evidence cannot be shown, in the admin's terms. */
export function unavailable(thrown: unknown): Extract<SignInEvidence, { available: false }> {
  if (thrown instanceof SignInError) {
    if (thrown.kind === 'denied' || thrown.kind === 'cancelled') {
      return { available: false, reason: 'no-consent', detail: i18n.t('signInEvidence.notAllowed', [thrown.message]) };
    }
    return { available: false, reason: 'failed', detail: thrown.message };
  }
  if (thrown instanceof GraphError) {
    const text = `${thrown.code} ${thrown.message}`;
    // The transport carries a failed token request (consent refused, window closed) as this code.
    if (thrown.code === 'TokenUnavailable') {
      return { available: false, reason: 'no-consent', detail: i18n.t('signInEvidence.noToken', [thrown.message]) };
    }
    if (thrown.status === 403 && /NonPremiumTenant|premium license/i.test(text)) {
      return { available: false, reason: 'no-premium', detail: i18n.t('signInEvidence.noPremium') };
    }
    if (thrown.status === 403 || thrown.status === 401) {
      return {
        available: false,
        reason: 'forbidden',
        detail: i18n.t('signInEvidence.forbidden', [thrown.code || String(thrown.status)]),
      };
    }
    if (thrown.status === 404 || thrown.status === 400) {
      return { available: false, reason: 'not-offered', detail: i18n.t('signInEvidence.notOffered', [thrown.code || String(thrown.status)]) };
    }
    return { available: false, reason: 'failed', detail: i18n.t('signInEvidence.failed', [thrown.message, thrown.explanation]) };
  }
  return { available: false, reason: 'failed', detail: thrown instanceof Error ? thrown.message : String(thrown) };
}

export type SwitchVerdict =
  /** The new secret signs in and the old one has not since. */
  | 'switched'
  /** Both sign in: something (TonicDM or another system) still uses the old one. */
  | 'both'
  /** No sign-in with the new secret yet. */
  | 'not-yet';

/** Whether TonicDM has moved to the new secret, from the two credentials' last sign-ins. */
export function switchVerdict(lastSignIn: Readonly<Record<string, string | null>>, oldSecret: SecretInfo | null, newSecret: SecretInfo): { verdict: SwitchVerdict; sentence: string } {
  const newest = lastSignIn[newSecret.keyId.toLowerCase()] ?? null;
  const old = oldSecret ? (lastSignIn[oldSecret.keyId.toLowerCase()] ?? null) : null;
  if (!newest) {
    return {
      verdict: 'not-yet',
      sentence: i18n.t('signInEvidence.notYet', [newSecret.hint ?? '?']),
    };
  }
  if (old && Date.parse(old) > Date.parse(newest)) {
    return {
      verdict: 'both',
      sentence: i18n.t('signInEvidence.oldStillUsed', [oldSecret?.hint ?? '?', at(old), at(newest)]),
    };
  }
  return { verdict: 'switched', sentence: old ? i18n.t('signInEvidence.switched', [at(newest), at(old)]) : i18n.t('signInEvidence.switchedOldUnused', [at(newest)]) };
}

function at(iso: string): string {
  return formatMoment(Date.parse(iso));
}
