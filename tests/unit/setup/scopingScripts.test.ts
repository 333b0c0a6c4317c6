import { describe, expect, it } from 'vitest';
import { applicationAccessPolicyScript, rbacForApplicationsScript } from '../../../utils/exchange/scopingScripts';

describe('mailbox scoping scripts', () => {
  const input = { clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d', group: "O'Brien team@contoso.com" };

  it.each([
    ['Application Access Policy', applicationAccessPolicyScript(input), ['New-ApplicationAccessPolicy', '-AccessRight RestrictAccess', 'Test-ApplicationAccessPolicy']],
    ['RBAC for Applications', rbacForApplicationsScript(input), ['New-ServicePrincipal', 'New-ManagementScope', "'Application Mail.ReadWrite'", "'Application MailboxSettings.ReadWrite'", 'Test-ServicePrincipalAuthorization']],
  ])('%s uses the captured client ID and the group, quoted for PowerShell', (_name, script, cmdlets) => {
    expect(script).toContain(`'${input.clientId}'`);
    expect(script).toContain("'O''Brien team@contoso.com'");
    for (const cmdlet of cmdlets) expect(script).toContain(cmdlet);
  });

  it('asks for the enterprise app object id, not the app registration one, when unknown', () => {
    expect(rbacForApplicationsScript(input)).toContain('Enterprise application Object ID');
    expect(rbacForApplicationsScript({ ...input, servicePrincipalObjectId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d' })).toContain("-ObjectId '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'");
  });
});
