import { useState } from 'react';
import { activeApp } from '@/utils/setup/setupState';
import { applicationAccessPolicyScript, rbacForApplicationsScript, RBAC_CATCH, SCOPING_TRUTH } from '@/utils/exchange/scopingScripts';
import { usePanelStore } from './panelStore';
import { CopyButton } from './CopyButton';

/** The truth about "Assignment required", and real mailbox scoping as copyable PowerShell. */
export function ScopeMailboxes({ stepId }: { stepId: 'assign-users' | 'scope-mailboxes' }) {
  const app = usePanelStore((s) => activeApp(s.setup));
  const [group, setGroup] = useState('');
  if (stepId === 'assign-users') return <p className="note">{SCOPING_TRUTH}</p>;
  const clientId = app?.clientId ?? '<Application (client) ID>';
  const groupName = group.trim() || '<mail-enabled security group>';
  const policy = applicationAccessPolicyScript({ clientId, group: groupName });
  const rbac = rbacForApplicationsScript({ clientId, group: groupName });
  return (
    <details className="scope" data-testid="scope-mailboxes">
      <summary>Show the Exchange Online PowerShell</summary>
      <label className="field">
        Mail-enabled security group of the mailboxes TonicDM may reach
        <input data-testid="scope-group" value={group} placeholder="tonicdm-users@yourdomain.com" onChange={(e) => setGroup(e.target.value)} />
      </label>
      <h4>Application Access Policy (keeps the Entra consent)</h4>
      <pre data-testid="scope-policy-script">{policy}</pre>
      <CopyButton value={policy} label="Application Access Policy script" />
      <h4>Or RBAC for Applications</h4>
      <p className="note warning-text">{RBAC_CATCH}</p>
      <pre data-testid="scope-rbac-script">{rbac}</pre>
      <CopyButton value={rbac} label="RBAC for Applications script" />
    </details>
  );
}
