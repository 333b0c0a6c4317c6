/**
 * Tenant names that are not an organisation's tenant. TonicDM's app is single tenant, so its
 * tenant ID is the organisation's own: `common` and `organizations` are multi-tenant endpoints,
 * and the consumers tenant holds personal Microsoft accounts (its fixed ID is documented by
 * Microsoft identity platform: 9188040d-6c67-4c5b-b112-36a304b66dad).
 */
export const CONSUMERS_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

export const MULTI_TENANT_ALIASES: ReadonlySet<string> = new Set(['common', 'organizations']);

export const CONSUMER_ALIASES: ReadonlySet<string> = new Set(['consumers', CONSUMERS_TENANT_ID]);
