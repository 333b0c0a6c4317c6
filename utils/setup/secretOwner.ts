/**
 * Whose held secret it is. The held secret names the app whose Certificates & secrets showed it;
 * it belongs to that setup only. One captured where the address named no app is taken as the
 * setup's only while no other setup exists, so with several setups (an MSP's tenants) a secret is
 * never shown or filled for another one's app.
 */
import type { CapturedSecret } from '../storage';
import { liveSetups, type AppRecord, type SetupState } from './setupState';

export function secretBelongsTo(secret: CapturedSecret | null | undefined, app: AppRecord | undefined, setup: SetupState): secret is CapturedSecret {
  if (!secret || !app) return false;
  if (secret.appId) return secret.appId.toLowerCase() === app.clientId;
  return liveSetups(setup).length <= 1;
}
