/**
 * The panel's way into Microsoft Graph: the MSAL instance for the sign-in app named in the options,
 * and a transport that asks it for a token before every request (the auth layer answers from the
 * token it holds, so a run makes one token request at most; renewals and incremental consent
 * happen where they are needed).
 */
import { browserGraphAuth } from '@/utils/auth/browserGraphAuth';
import type { GraphAuth } from '@/utils/auth/createGraphAuth';
import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import type { GraphAccess } from '@/utils/auth/graphScopes';
import { SignInError } from '@/utils/auth/signInError';
import { createGraphTransport, type GraphTransport } from '@/utils/graph/graphTransport';
import { readOptions } from '@/utils/storage';

/** Throws SignInError('config') with the how-to sentence when no usable client ID is set. */
export async function currentAuth(): Promise<GraphAuth> {
  const config = graphAuthConfig(await readOptions());
  if (!config.ok) throw new SignInError('config', config.reason);
  return browserGraphAuth(config);
}

export async function graphTransport(access: GraphAccess): Promise<{ auth: GraphAuth; transport: GraphTransport }> {
  const auth = await currentAuth();
  const transport = createGraphTransport({
    fetch: (input, init) => globalThis.fetch(input, init),
    getToken: () => auth.getToken(access),
  });
  return { auth, transport };
}

/**
 * Gets a token for the access level now (opening the sign-in window for consent if needed), so it
 * can run beside requests that need less: Automate reads the tenant with the sign-in's read token
 * while the write token is fetched, one round trip instead of two.
 */
export async function ensureAccess(access: GraphAccess): Promise<void> {
  await (await currentAuth()).getToken(access);
}
