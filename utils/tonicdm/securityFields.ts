/** The four values TonicDM's "Security Set Up" needs, in the order its guide lists them. */
export type SecurityField = 'secret' | 'expiry' | 'clientId' | 'tenantId';

export const SECURITY_FIELDS: readonly SecurityField[] = ['secret', 'expiry', 'clientId', 'tenantId'];

/** Names the admin sees in TonicDM, used when telling them which field is missing or unclear. */
export const SECURITY_FIELD_LABELS: Record<SecurityField, string> = {
  secret: 'App Secret',
  expiry: 'Expiry Date',
  clientId: 'Application (client) ID',
  tenantId: 'Tenant ID',
};
