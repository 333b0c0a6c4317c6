import { browser } from 'wxt/browser';
import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import { usePanelStore } from '../panelStore';
import { useGraphStore } from './graphStore';
import { signIn, signOut } from './sessionActions';

/** Who is signed in to Microsoft Graph, or how to sign in (and, without a sign-in app, how to set one up). */
export function GraphSignIn() {
  const config = graphAuthConfig(usePanelStore((s) => s.options));
  const account = useGraphStore((s) => s.account);
  const running = useGraphStore((s) => s.status === 'running');

  if (!config.ok) {
    return (
      <div className="graph-sign-in">
        <button type="button" className="button" data-testid="graph-sign-in" aria-describedby="graph-sign-in-help" onClick={() => void browser.runtime.openOptionsPage()}>
          Sign in with Microsoft: set up first
        </button>
        <p id="graph-sign-in-help" className="note" data-testid="graph-sign-in-help">
          {config.reason}
        </p>
        <p className="note" data-testid="graph-account">
          Not signed in.
        </p>
      </div>
    );
  }
  return (
    <div className="graph-sign-in">
      <p className="note" data-testid="graph-account">
        {account ? `Signed in as ${account.username}` : 'Not signed in.'}
      </p>
      {account ? (
        <button type="button" className="link" data-testid="graph-sign-out" disabled={running} onClick={() => void signOut()}>
          Sign out
        </button>
      ) : (
        <button type="button" className="primary" data-testid="graph-sign-in" disabled={running} onClick={() => void signIn()}>
          Sign in with Microsoft
        </button>
      )}
    </div>
  );
}
