/**
 * Ready-to-paste Exchange Online PowerShell that really limits which mailboxes TonicDM's
 * app-only permissions reach. "Assignment required" and user assignment do not: they govern
 * sign-in to the app, while Mail.ReadWrite and MailboxSettings.ReadWrite are tenant-wide roles
 * on Microsoft Graph. Nothing here runs by itself; the admin copies it.
 */
import { i18n } from '#i18n';

/** PowerShell single-quoted string: the only escape is a doubled quote. */
function psQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export interface ScopingInput {
  clientId: string;
  /** Mail-enabled security group (address or name) whose members TonicDM may reach. */
  group: string;
  /** Enterprise app (service principal) object id, for RBAC for Applications. */
  servicePrincipalObjectId?: string;
}

export function applicationAccessPolicyScript({ clientId, group }: ScopingInput): string {
  return [
    'Connect-ExchangeOnline',
    `New-ApplicationAccessPolicy -AppId ${psQuote(clientId)} -PolicyScopeGroupId ${psQuote(group)} -AccessRight RestrictAccess -Description 'TonicDM: only members of this group'`,
    '# Check a mailbox inside and one outside the group (changes can take over an hour to apply):',
    `Test-ApplicationAccessPolicy -Identity 'someone@yourdomain.com' -AppId ${psQuote(clientId)}`,
  ].join('\n');
}

export function rbacForApplicationsScript({ clientId, group, servicePrincipalObjectId }: ScopingInput): string {
  const sp = servicePrincipalObjectId ?? '<Enterprise application Object ID (not the app registration Object ID)>';
  return [
    'Connect-ExchangeOnline',
    `New-ServicePrincipal -AppId ${psQuote(clientId)} -ObjectId ${psQuote(sp)} -DisplayName 'TonicDM Office 365 Token'`,
    `$group = Get-Group ${psQuote(group)}`,
    `New-ManagementScope -Name 'TonicDM mailboxes' -RecipientRestrictionFilter "MemberOfGroup -eq '$($group.DistinguishedName)'"`,
    `New-ManagementRoleAssignment -App ${psQuote(clientId)} -Role 'Application Mail.ReadWrite' -CustomResourceScope 'TonicDM mailboxes'`,
    `New-ManagementRoleAssignment -App ${psQuote(clientId)} -Role 'Application MailboxSettings.ReadWrite' -CustomResourceScope 'TonicDM mailboxes'`,
    `Test-ServicePrincipalAuthorization -Identity ${psQuote(clientId)} -Resource 'someone@yourdomain.com'`,
  ].join('\n');
}

/** Why "Assignment required" does not scope mailboxes (see ScopeMailboxes). */
export const scopingTruth = (): string => i18n.t('scopingScripts.truth');

/** The catch of RBAC for Applications, said before its script is offered. */
export const rbacCatch = (): string => i18n.t('scopingScripts.rbacCatch');
