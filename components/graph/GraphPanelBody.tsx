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
import { OffboardApp } from './OffboardApp';
import { ResumeNotice } from './ResumeNotice';
import { RotationNotice } from './RotationNotice';
import { RotationPlan } from './RotationPlan';
import { RunProgress } from './RunProgress';
import { restoreGraphSession } from './sessionActions';

/**
 * The Graph section's content: sign in, check every step, let Graph do them, rotate the secret or remove
 * the app. Loaded on demand
 * (GraphPanel.tsx) because it brings MSAL and the Graph client, which most admins never need.
 */
export function GraphPanelBody() {
  const clientId = usePanelStore((s) => s.options.graphClientId);
  const authority = usePanelStore((s) => s.options.graphAuthority);
  // Each of these shows the candidate apps itself, choosable.
  const planned = useGraphStore((s) => !!s.plan || !!s.rotation || !!s.offboard);
  // A changed sign-in app means another MSAL instance (and account).
  useEffect(() => void restoreGraphSession(), [clientId, authority]);
  return (
    <>
      <GraphSignIn />
      <ResumeNotice />
      <RotationNotice />
      <GraphActions />
      <GraphStatus />
      <AdminRoleWarning />
      <GraphWarnings />
      {planned ? null : <AppCandidates choosable={false} />}
      <AutomatePlan />
      <RotationPlan />
      <OffboardApp />
      <RunProgress />
    </>
  );
}
