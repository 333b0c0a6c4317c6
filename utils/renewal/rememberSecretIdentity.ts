/**
 * A Value captured on the portal is the secret TonicDM is about to use: remember how to recognise
 * it later (its hint, the first three characters Entra itself shows, and its description) so a
 * Graph check can find it among the app's secrets and read its key ID. The Value itself stays in
 * session storage only; three characters of a 40-character secret are what Entra displays to anyone
 * who can read the app.
 */
import type { SetupState } from '../setup/setupState';
import { secretHint } from '../values/classifySecret';

export function rememberSecretIdentity(state: SetupState, appId: string | undefined, value: string, description: string | undefined): SetupState {
  const target = appId ?? state.activeAppId;
  const app = target ? state.apps[target] : undefined;
  if (!target || !app) return state;
  const trimmed = description?.trim().slice(0, 200);
  // A new Value is a new secret: its key ID is unknown until Graph lists it.
  const credential = { hint: secretHint(value), ...(trimmed ? { description: trimmed } : {}) };
  return { ...state, apps: { ...state.apps, [target]: { ...app, credential } } };
}
