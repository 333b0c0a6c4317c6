import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import { usePanelStore } from '../panelStore';
import { useGraphStore } from './graphStore';
import { signIn, signOut } from './sessionActions';

/** Every word this component shows. */
const STRINGS = {
  setUpFirst: i18n.t('graphSignIn.setUpFirst'),
  notSignedIn: i18n.t('graphSignIn.notSignedIn'),
  signedInAs: (user: string) => i18n.t('graphSignIn.signedInAs', [user]),
  signOut: i18n.t('graphSignIn.signOut'),
  signIn: i18n.t('graphSignIn.signIn'),
} as const;

/** Who is signed in to Microsoft Graph, or how to sign in (and, without a sign-in app, how to set one up). */
export function GraphSignIn() {
  const config = graphAuthConfig(usePanelStore((s) => s.options));
  const account = useGraphStore((s) => s.account);
  const running = useGraphStore((s) => s.status === 'running');

  if (!config.ok) {
    return (
      <div className="graph-sign-in">
        <button type="button" className="button" data-testid="graph-sign-in" aria-describedby="graph-sign-in-help" onClick={() => void browser.runtime.openOptionsPage()}>
          {STRINGS.setUpFirst}
        </button>
        <p id="graph-sign-in-help" className="note" data-testid="graph-sign-in-help">
          {config.reason}
        </p>
        <p className="note" data-testid="graph-account">
          {STRINGS.notSignedIn}
        </p>
      </div>
    );
  }
  return (
    <div className="graph-sign-in">
      <p className="note" data-testid="graph-account">
        {account ? STRINGS.signedInAs(account.username) : STRINGS.notSignedIn}
      </p>
      {account ? (
        <button type="button" className="link" data-testid="graph-sign-out" disabled={running} onClick={() => void signOut()}>
          {STRINGS.signOut}
        </button>
      ) : (
        <button type="button" className="primary" data-testid="graph-sign-in" disabled={running} onClick={() => void signIn()}>
          {STRINGS.signIn}
        </button>
      )}
    </div>
  );
}
