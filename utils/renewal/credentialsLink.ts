/**
 * The address of an app's Certificates & secrets, in its own tenant: the renewal's first step.
 * The hash is the one the portal itself writes (`ApplicationMenuBlade/~/Credentials/appId/<id>/
 * isMSAApp~/false`, portal-evidence); the tenant is pinned in the path, the form that survives in
 * the address bar, so an admin (or an MSP) signed in to several tenants lands in the right one.
 * Only GUIDs ever reach the address; parsePortalUrl reads it back as the app's credentials blade.
 */
import { isGuid } from '../values/guid';

export const CREDENTIALS_SHELL = 'https://entra.microsoft.com';

export function credentialsLink(app: { clientId: string; tenantId?: string }): string | undefined {
  if (!isGuid(app.clientId)) return undefined;
  const tenant = app.tenantId && isGuid(app.tenantId) ? `${app.tenantId.trim().toLowerCase()}/` : '';
  return `${CREDENTIALS_SHELL}/${tenant}#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app.clientId.trim().toLowerCase()}/isMSAApp~/false`;
}
