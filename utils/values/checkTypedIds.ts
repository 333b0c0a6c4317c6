/**
 * Checks an Application (client) ID or a Directory (tenant) ID typed into the panel. All IDs
 * are GUIDs, so the format alone cannot tell them apart; what the assistant already holds can:
 * a client ID equal to the held tenant ID (or the app's Object ID) is the wrong box, the most
 * common slip when copying from the Overview by hand.
 */
import { MICROSOFT_GRAPH_APP_ID } from '../steps';
import type { EntryVerdict } from './entryVerdict';
import { readTypedGuid } from './typedGuid';
import { CONSUMER_ALIASES, MULTI_TENANT_ALIASES } from './wellKnownTenants';

/** The IDs already held for the app, to recognise a value in the wrong box. */
export interface HeldIds {
  clientId?: string;
  tenantId?: string;
  /** Object ID of the app registration. */
  objectId?: string;
  /** Object ID of the enterprise application. */
  servicePrincipalId?: string;
}

export type ClientIdIssue = 'not-guid' | 'is-tenant-id' | 'is-object-id' | 'is-service-principal-id' | 'is-graph-app';

export function checkTypedClientId(raw: string, held: HeldIds = {}): EntryVerdict<string, ClientIdIssue> {
  const typed = readTypedGuid(raw);
  if (typed.kind === 'empty') return { status: 'empty' };
  if (typed.kind === 'other') return { status: 'error', issue: 'not-guid' };
  const id = typed.value;
  if (id === held.tenantId) return { status: 'error', issue: 'is-tenant-id' };
  if (id === held.objectId) return { status: 'error', issue: 'is-object-id' };
  if (id === held.servicePrincipalId) return { status: 'error', issue: 'is-service-principal-id' };
  if (id === MICROSOFT_GRAPH_APP_ID) return { status: 'error', issue: 'is-graph-app' };
  return { status: 'ok', value: id };
}

/** A tenant is typed as its ID, or as one of its domains, which is looked up (utils/tenant/resolveTenant.ts). */
export type TenantEntry = { tenantId: string } | { domain: string };

export type TenantIssue = 'not-guid-or-domain' | 'is-client-id' | 'is-object-id' | 'multi-tenant-alias' | 'consumers';

const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A domain as typed: `Contoso.com`, `contoso.onmicrosoft.com`, an address whose domain is
 * meant (`admin@contoso.com`), or an internationalised name (read as its punycode, as DNS does).
 */
export function readTenantDomain(text: string): string | undefined {
  const candidate = text.includes('@') && text.indexOf('@') === text.lastIndexOf('@') ? text.slice(text.indexOf('@') + 1) : text;
  if (/[\s/\\?#:@]/.test(candidate)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${candidate}/`).hostname;
  } catch {
    return undefined;
  }
  const domain = host.replace(/\.$/, '');
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2) return undefined;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
  // A top-level label is never all digits: that would be an IP address.
  return /^[a-z][a-z0-9-]*$/.test(labels[labels.length - 1]!) ? domain : undefined;
}

export function checkTypedTenant(raw: string, held: HeldIds = {}): EntryVerdict<TenantEntry, TenantIssue> {
  const typed = readTypedGuid(raw);
  if (typed.kind === 'empty') return { status: 'empty' };
  if (typed.kind === 'guid') {
    const id = typed.value;
    if (CONSUMER_ALIASES.has(id)) return { status: 'error', issue: 'consumers' };
    if (id === held.clientId) return { status: 'error', issue: 'is-client-id' };
    if (id === held.objectId || id === held.servicePrincipalId) return { status: 'error', issue: 'is-object-id' };
    return { status: 'ok', value: { tenantId: id } };
  }
  const word = typed.text.toLowerCase();
  if (MULTI_TENANT_ALIASES.has(word)) return { status: 'error', issue: 'multi-tenant-alias' };
  if (CONSUMER_ALIASES.has(word)) return { status: 'error', issue: 'consumers' };
  const domain = readTenantDomain(typed.text);
  return domain ? { status: 'ok', value: { domain } } : { status: 'error', issue: 'not-guid-or-domain' };
}
