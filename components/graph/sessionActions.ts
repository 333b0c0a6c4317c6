/**
 * Signing in and out of Microsoft Graph from the panel, and picking up where a previous panel left
 * off (an account this panel signed in earlier, an unfinished run in session storage).
 */
import { i18n } from '#i18n';
import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import { browserGraphAuth } from '@/utils/auth/browserGraphAuth';
import { graphRunItem, readOptions } from '@/utils/storage';
import { currentAuth } from './graphConnection';
import { errorState } from './errorState';
import { useGraphStore } from './graphStore';

const set = useGraphStore.setState;

export async function restoreGraphSession(): Promise<void> {
  const record = await graphRunItem.getValue();
  set({ resumable: record ?? undefined });
  const config = graphAuthConfig(await readOptions());
  if (!config.ok) {
    set({ account: undefined });
    return;
  }
  const account = await browserGraphAuth(config)
    .ready()
    .catch(() => undefined);
  set({ account });
}

export async function signIn(): Promise<void> {
  set({ status: 'running', message: i18n.t('sessionActions.signingIn'), explanation: undefined });
  try {
    const account = await (await currentAuth()).signIn('read');
    set({ account, status: 'done', message: i18n.t('sessionActions.signedIn', [account.username]) });
  } catch (error) {
    set(errorState(error));
  }
}

export async function signOut(): Promise<void> {
  try {
    await (await currentAuth()).signOut();
  } catch {
    // Nothing to sign out of when no sign-in app is configured.
  }
  set({ account: undefined, status: 'idle', message: i18n.t('sessionActions.signedOut'), explanation: undefined, mode: undefined, plan: undefined, rotation: undefined, offboard: undefined, evidence: undefined, verification: undefined, annotations: undefined, progress: [] });
}
