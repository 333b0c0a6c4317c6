/**
 * Values the admin typed or pasted into the panel. The panel checked them; they are checked
 * again here against what the background holds (the panel is trusted, but its view of storage
 * may be a moment old). The secret goes only to session storage, exactly where a captured one
 * lives, marked as entered by hand; a held secret is replaced only when the admin confirmed it.
 * Nothing is applied unless everything can be.
 */
import type { z } from 'zod';
import type { panelMessageSchema } from '../messaging/protocol';
import { activeApp, type SetupState } from '../setup/setupState';
import { applyTypedSecret, applyTypedValues, type TypedField, type TypedRefusal } from '../setup/applyTypedValues';
import { checkTypedClientId, checkTypedTenant, type HeldIds } from '../values/checkTypedIds';
import { checkTypedSecret } from '../values/checkTypedSecret';
import { checkTypedExpiry, localIsoDate } from '../values/checkTypedExpiry';
import { acceptedValue } from '../values/entryVerdict';
import { secretItem } from '../storage';
import { updateSetup } from './setupStore';
import { enforceSecretLifetime } from './secretLifetime';
import { logger } from '../security/logger';

type EnterValues = Extract<z.output<typeof panelMessageSchema>, { type: 'panel/enter-values' }>;

export type EnterRefusal = TypedRefusal | 'invalid';

export type EnterResult =
  | { ok: true; applied: TypedField[] }
  | { ok: false; needsConfirm: TypedField[]; refused: { field: TypedField; reason: EnterRefusal }[] };

function heldIds(state: SetupState, clientId: string | undefined): HeldIds {
  const app = clientId ? state.apps[clientId] : activeApp(state);
  return { clientId: app?.clientId, tenantId: app?.tenantId, objectId: app?.objectId, servicePrincipalId: app?.servicePrincipalId };
}

/** Each value passes the same checks the panel ran (a warned one only if the admin chose to use it). */
function recheck(message: EnterValues, state: SetupState, now: number): { field: TypedField; reason: EnterRefusal }[] {
  const invalid: { field: TypedField; reason: EnterRefusal }[] = [];
  const useAnyway = new Set(message.useAnyway ?? []);
  const held = heldIds(state, message.clientId);
  if (message.clientId && !acceptedValue(checkTypedClientId(message.clientId, { ...held, clientId: undefined }), false)) invalid.push({ field: 'clientId', reason: 'invalid' });
  const tenant = message.tenantId ? checkTypedTenant(message.tenantId, { ...held, clientId: message.clientId ?? held.clientId, tenantId: undefined }) : undefined;
  if (tenant && !(tenant.status === 'ok' && 'tenantId' in tenant.value)) invalid.push({ field: 'tenantId', reason: 'invalid' });
  if (message.secret && !acceptedValue(checkTypedSecret(message.secret, { ...held, clientId: message.clientId ?? held.clientId, tenantId: message.tenantId ?? held.tenantId }), useAnyway.has('secret'))) {
    invalid.push({ field: 'secret', reason: 'invalid' });
  }
  if (message.expiryIso && !acceptedValue(checkTypedExpiry(message.expiryIso, localIsoDate(new Date(now))), useAnyway.has('expiry'))) invalid.push({ field: 'expiry', reason: 'invalid' });
  return invalid;
}

export async function enterValues(message: EnterValues, now: number): Promise<EnterResult> {
  const confirmed = new Set(message.replace ?? []);
  const held = await enforceSecretLifetime(now);
  const secret = message.secret?.trim();
  const secretNeedsConfirm = !!secret && !!held && held.value !== secret && !confirmed.has('secret');

  let result: EnterResult = { ok: true, applied: [] };
  const state = await updateSetup((current) => {
    const invalid = recheck(message, current, now);
    const outcome = applyTypedValues(current, { clientId: message.clientId, tenantId: message.tenantId, expiryIso: message.expiryIso }, confirmed, new Date(now), now);
    const needsConfirm = [...(outcome.ok ? [] : outcome.needsConfirm), ...(secretNeedsConfirm ? (['secret'] as const) : [])];
    const refused = [...invalid, ...(outcome.ok ? [] : outcome.refused)];
    if (!outcome.ok || needsConfirm.length > 0 || refused.length > 0) {
      result = { ok: false, needsConfirm, refused };
      return current;
    }
    return outcome.state;
  });
  if (!result.ok) return result;

  const applied: TypedField[] = [];
  if (message.clientId) applied.push('clientId');
  if (message.tenantId) applied.push('tenantId');
  if (message.expiryIso) applied.push('expiry');
  if (secret) {
    const appId = state.activeAppId;
    if (held?.value !== secret) await secretItem.setValue({ value: secret, appId, capturedAt: now, lastUsedAt: now, source: 'user' });
    const unusual = checkTypedSecret(secret).status !== 'ok';
    await updateSetup((s) => applyTypedSecret(s, appId, unusual, now));
    applied.push('secret');
  }
  logger.info('values entered by hand', applied.join(','));
  return { ok: true, applied };
}
