import { useState } from 'react';
import { i18n } from '#i18n';
import { activeApp } from '@/utils/setup/setupState';
import { applicationAccessPolicyScript, rbacForApplicationsScript, rbacCatch, scopingTruth } from '@/utils/exchange/scopingScripts';
import { usePanelStore } from './panelStore';
import { CopyButton } from './CopyButton';

/** Every word this component shows. */
const STRINGS = {
  show: i18n.t('scopeMailboxes.show'),
  groupLabel: i18n.t('scopeMailboxes.groupLabel'),
  groupPlaceholder: 'tonicdm-users@yourdomain.com',
  clientIdPlaceholder: i18n.t('scopeMailboxes.clientIdPlaceholder'),
  groupNamePlaceholder: i18n.t('scopeMailboxes.groupNamePlaceholder'),
  policyHeading: i18n.t('scopeMailboxes.policyHeading'),
  policyCopy: i18n.t('scopeMailboxes.policyCopy'),
  rbacHeading: i18n.t('scopeMailboxes.rbacHeading'),
  rbacCopy: i18n.t('scopeMailboxes.rbacCopy'),
} as const;

/** The truth about "Assignment required", and real mailbox scoping as copyable PowerShell. */
export function ScopeMailboxes({ stepId }: { stepId: 'assign-users' | 'scope-mailboxes' }) {
  const app = usePanelStore((s) => activeApp(s.setup));
  const [group, setGroup] = useState('');
  if (stepId === 'assign-users') return <p className="note">{scopingTruth()}</p>;
  const clientId = app?.clientId ?? STRINGS.clientIdPlaceholder;
  const groupName = group.trim() || STRINGS.groupNamePlaceholder;
  const policy = applicationAccessPolicyScript({ clientId, group: groupName });
  const rbac = rbacForApplicationsScript({ clientId, group: groupName });
  return (
    <details className="scope" data-testid="scope-mailboxes">
      <summary>{STRINGS.show}</summary>
      <label className="field">
        <span className="field-label">{STRINGS.groupLabel}</span>
        <input data-testid="scope-group" value={group} placeholder={STRINGS.groupPlaceholder} onChange={(e) => setGroup(e.target.value)} />
      </label>
      <h4>{STRINGS.policyHeading}</h4>
      <pre data-testid="scope-policy-script">{policy}</pre>
      <CopyButton value={policy} label={STRINGS.policyCopy} />
      <h4>{STRINGS.rbacHeading}</h4>
      <p className="note">{rbacCatch()}</p>
      <pre data-testid="scope-rbac-script">{rbac}</pre>
      <CopyButton value={rbac} label={STRINGS.rbacCopy} />
    </details>
  );
}
