/**
 * The beta usage report `/reports/appCredentialSignInActivities`: when each app credential last signed in. Graph
 * serves it only in tenants with Microsoft Entra ID P1 or P2, to callers holding `AuditLog.Read.All` (or the higher
 * `Directory.Read.All`) and, when delegated, one of the report-reading directory roles.
 *
 * Shapes follow the beta reference (appCredentialSignInActivity). Only credentials that have signed in are listed:
 * whether the real report also lists unused credentials is not documented, so clients must treat absence as
 * "no sign-in recorded".
 */
import { GraphHttpError } from './graphError';
import { MICROSOFT_GRAPH_APP_ID } from './graphSeed';
import { base64UrlEncode } from './base64url';
import {
  collectionResult,
  findServicePrincipal,
  hasPermission,
  isoDate,
  rolesOfUser,
  type GraphCall,
  type GraphResult,
  type TenantRuntime,
} from './tenantRuntime';
import type { DirectoryRoleName } from './types';

/** Delegated or application permissions the reference accepts for this report. */
const REPORT_PERMISSIONS = ['AuditLog.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'] as const;

/** Built-in roles that may read usage and insights reports (entra-docs licensing-monitoring-health), and Global Administrator. */
const REPORT_ROLES: readonly DirectoryRoleName[] = ['Global Administrator', 'Global Reader', 'Reports Reader', 'Security Reader', 'Security Administrator'];

export function listAppCredentialSignInActivities(runtime: TenantRuntime, call: GraphCall): GraphResult {
  if (!hasPermission(call.caller, REPORT_PERMISSIONS)) {
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  if (call.caller.kind === 'user' && !rolesOfUser(runtime, call.caller.userId).some((role) => REPORT_ROLES.includes(role))) {
    throw new GraphHttpError(403, 'Authentication_RequestFromUnsupportedUserRole', 'User is not in the allowed roles');
  }
  if (!runtime.switches.reports.premium) {
    throw new GraphHttpError(403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', "Neither tenant is B2C or tenant doesn't have premium license");
  }
  const graph = findServicePrincipal(runtime, { property: 'appId', value: MICROSOFT_GRAPH_APP_ID });
  const rows = runtime.state.applications.flatMap((app) => {
    const sp = findServicePrincipal(runtime, { property: 'appId', value: app.appId });
    return app.passwordCredentials.flatMap((credential) => {
      const at = runtime.state.credentialSignIns[credential.keyId.toLowerCase()];
      if (at === undefined) return [];
      return [
        {
          id: base64UrlEncode(`${credential.keyId}|application`),
          appId: app.appId,
          appObjectId: app.id,
          createdDateTime: credential.startDateTime,
          credentialOrigin: 'application',
          expirationDateTime: credential.endDateTime,
          keyId: credential.keyId,
          keyType: 'clientSecret',
          keyUsage: 'sign',
          resourceId: graph?.id ?? null,
          servicePrincipalObjectId: sp?.id ?? null,
          signInActivity: { lastSignInDateTime: isoDate(at), lastSignInRequestId: `00000000-0000-4000-8000-${at.toString(16).padStart(12, '0').slice(-12)}` },
        } as Record<string, unknown>,
      ];
    });
  });
  const result = collectionResult(runtime, call, rows, {
    context: 'reports/appCredentialSignInActivities',
    typeName: 'appCredentialSignInActivity',
    resourceName: 'AppCredentialSignInActivity',
    filterable: ['appId', 'keyId', 'appObjectId', 'servicePrincipalObjectId'],
  });
  const context = result.body?.['@odata.context'];
  if (typeof context === 'string') result.body!['@odata.context'] = context.replace('/v1.0/', '/beta/');
  return result;
}
