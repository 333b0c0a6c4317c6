import { useEffect } from 'react';
import { usePanelStore } from '../panelStore';
import { useGraphStore } from './graphStore';
import { AdminRoleWarning } from './AdminRoleWarning';
import { AppCandidates } from './AppCandidates';
import { AutomatePlan } from './AutomatePlan';
import { GraphActions } from './GraphActions';
import { GraphSignIn } from './GraphSignIn';
import { GraphStatus } from './GraphStatus';
import { GraphWarnings } from './GraphWarnings';
import { ResumeNotice } from './ResumeNotice';
import { RunProgress } from './RunProgress';
import { restoreGraphSession } from './sessionActions';

/** "Verify and automate with Microsoft Graph": sign in, check every step, or let Graph do them. */
export function GraphPanel() {
  const clientId = usePanelStore((s) => s.options.graphClientId);
  const authority = usePanelStore((s) => s.options.graphAuthority);
  const planned = useGraphStore((s) => !!s.plan);
  // A changed sign-in app means another MSAL instance (and account).
  useEffect(() => void restoreGraphSession(), [clientId, authority]);
  return (
    <section className="card graph" data-testid="graph-section">
      <h2>Verify and automate with Microsoft Graph</h2>
      <p className="muted small">Optional. Checks each step in your tenant, or does them for you after showing what will change.</p>
      <GraphSignIn />
      <ResumeNotice />
      <GraphActions />
      <GraphStatus />
      <AdminRoleWarning />
      <GraphWarnings />
      {planned ? null : <AppCandidates choosable={false} />}
      <AutomatePlan />
      <RunProgress />
    </section>
  );
}
