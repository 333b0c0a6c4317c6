import { REQUIRED_GRAPH_ROLES } from '@/utils/steps';
import { useGraphStore } from './graphStore';
import { MessageBar } from '../MessageBar';

/** Shown before anything is changed when the signed-in account cannot grant admin consent. */
export function AdminRoleWarning() {
  const admin = useGraphStore((s) => s.verification?.admin);
  if (!admin || admin.canConsent) return null;
  const roles = admin.roles.length > 0 ? admin.roles.join(', ') : 'no directory role';
  return (
    <MessageBar
      severity="warning"
      testId="graph-admin-warning"
      role="alert"
      message={`${admin.upn || 'Your account'} has ${roles}. Granting admin consent for the Microsoft Graph application permissions (${REQUIRED_GRAPH_ROLES.join(', ')}) needs the Privileged Role Administrator or Global Administrator role.`}
    >
      <p className="fix">
        Automation will do everything else and skip consent. Afterwards, someone with one of those roles opens the app's API permissions page and clicks
        "Grant admin consent".
      </p>
    </MessageBar>
  );
}
