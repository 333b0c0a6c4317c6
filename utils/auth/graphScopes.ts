/**
 * Which delegated Microsoft Graph permissions the signed-in admin is asked for. Reading the setup
 * needs only read scopes; the write scopes can escalate any principal's privileges
 * (AppRoleAssignment.ReadWrite.All), so they are requested only when the admin chooses to automate,
 * as incremental consent on top of the read grant.
 */

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** What the panel is about to do with Graph. */
export type GraphAccess = 'read' | 'write' | 'audit';

/** Verify: app registrations and service principals, the signed-in user and their directory roles, users and groups for the picker. */
export const READ_SCOPE_NAMES = ['User.Read', 'Application.Read.All', 'Directory.Read.All'] as const;

/** Automate: create and update the app, add its secret, grant consent and assign users. */
export const WRITE_SCOPE_NAMES = ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All'] as const;

/**
 * Evidence before an old secret is removed: when each credential last signed in (a usage report). Asked for only
 * when the admin requests that evidence, on top of the read grant.
 */
export const AUDIT_SCOPE_NAMES = ['AuditLog.Read.All'] as const;

/** Fully qualified, so the token's audience is Graph whatever the authority assumes by default. */
export function graphScope(name: string): string {
  return `${GRAPH_RESOURCE}/${name}`;
}

/** Scopes to request for an access level; write and audit include read, so one token serves a whole run. */
export function scopesFor(access: GraphAccess): string[] {
  const extra = access === 'write' ? WRITE_SCOPE_NAMES : access === 'audit' ? AUDIT_SCOPE_NAMES : [];
  return [...READ_SCOPE_NAMES, ...extra].map(graphScope);
}

/** Whether a token for `held` also serves `wanted` (it was granted every scope `wanted` asks for). */
export function accessCovers(held: GraphAccess, wanted: GraphAccess): boolean {
  const granted = new Set(scopesFor(held));
  return scopesFor(wanted).every((scope) => granted.has(scope));
}

/** Short permission name of a granted scope ("https://graph.microsoft.com/User.Read" → "User.Read"), or undefined for OIDC and other resources. */
export function graphScopeName(scope: string): string | undefined {
  const prefix = `${GRAPH_RESOURCE}/`;
  if (scope.toLowerCase().startsWith(prefix)) return scope.slice(prefix.length);
  if (/^(openid|profile|email|offline_access)$/i.test(scope)) return undefined;
  return /^[A-Za-z][\w.]*$/.test(scope) && scope.includes('.') ? scope : undefined;
}

/** Requested permissions the token response did not grant (an admin may consent to fewer). */
export function missingScopes(access: GraphAccess, granted: readonly string[]): string[] {
  const have = new Set(granted.map((scope) => graphScopeName(scope)?.toLowerCase()).filter(Boolean));
  return scopesFor(access)
    .map((scope) => graphScopeName(scope)!)
    .filter((name) => !have.has(name.toLowerCase()));
}
