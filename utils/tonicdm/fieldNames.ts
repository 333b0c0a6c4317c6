import type { FillField } from './fillProtocol';

/** How TonicDM's Security Set Up names each field. */
export const SECURITY_FIELD_NAMES: Record<FillField, string> = {
  secret: 'App Secret',
  expiry: 'Expiry Date',
  clientId: 'Application (client) ID',
  tenantId: 'Tenant ID',
};
