import { describe, expect, it } from 'vitest';
import { classifyFieldText } from '../../../utils/tonicdm/classifyFieldText';
import { SECURITY_FIELD_LABELS } from '../../../utils/tonicdm/securityFields';

describe('classifyFieldText', () => {
  it.each([
    // TonicDM's own labels
    ['App Secret', 'secret'],
    ['Expiry Date', 'expiry'],
    ['Application (client) ID', 'clientId'],
    ['Tenant ID', 'tenantId'],
    // Entra's wording and common variants
    ['Client secret', 'secret'],
    ['Secret value', 'secret'],
    ['Secret', 'secret'],
    ['Expires', 'expiry'],
    ['Expiration', 'expiry'],
    ['Expiry', 'expiry'],
    ['Client ID', 'clientId'],
    ['Application ID', 'clientId'],
    ['App ID', 'clientId'],
    ['Directory (tenant) ID', 'tenantId'],
    ['Directory ID', 'tenantId'],
    ['Tenant', 'tenantId'],
    // developer names
    ['clientId', 'clientId'],
    ['client_id', 'clientId'],
    ['appSecret', 'secret'],
    ['AADTenantID', 'tenantId'],
    ['secretExpiry', 'expiry'],
    ['clientsecret', 'secret'],
    // compound labels name their subject last
    ['Client secret expiry date', 'expiry'],
    ['Client secret expiry date (MM/DD/YYYY)', 'expiry'],
    ['Expiry date of the client secret', 'expiry'],
    // help text after the label does not outvote it
    ['Tenant ID (not the Application (client) ID)', 'tenantId'],
    ['Application (client) ID, not the Directory (tenant) ID', 'clientId'],
    ['App Secret. Paste the Value, not the Secret ID', 'secret'],
    // none of the four
    ['Secret ID', null],
    ['Client secret ID', null],
    ['secretId', null],
    ['Organization ID', null],
    ['Tenant name', null],
    ['Support email', null],
    ['Security Set Up', null],
    ['Client', null],
    ['', null],
  ])('%j names %s', (text, field) => {
    expect(classifyFieldText(text)).toBe(field);
  });

  it.each(Object.entries(SECURITY_FIELD_LABELS))('the human label of %s is recognised as that field', (field, label) => {
    expect(classifyFieldText(label)).toBe(field);
  });
});
