/**
 * Fixed identities of the default fake tenant, so tests and the pure authorize function agree on them without
 * sharing a tenant instance.
 */
export const FAKE_TENANT_DEFAULTS = {
  tenantId: '9a3e6f1c-2b7d-4c58-8e0f-5d41b2c7a9e3',
  tenantName: 'Contoso',
  defaultDomain: 'contoso.onmicrosoft.com',
  signedInUserId: '4f2b8c1d-6e3a-4b9f-a7d2-0c5e8f1a3b6d',
  signedInUserUpn: 'admin@contoso.onmicrosoft.com',
  signedInUserName: 'MOD Administrator',
  /** Object id of the Microsoft Graph service principal in this tenant. */
  graphServicePrincipalId: '1c6e5b0a-8d3f-4e27-9b41-7a2c0d9e6f58',
  /** App-management policy quoted in policy errors. */
  policyId: '538f1913-366a-440a-95a0-e195cb55b282',
  pageSize: 100,
} as const;

/** Demo directory seeded besides the admin (seedDirectory option). */
export const DEMO_USERS = [
  { id: '6b1d3f5a-2c4e-4a8b-9d0f-1e3a5c7b9d2f', displayName: 'Adele Vance', givenName: 'Adele', surname: 'Vance', jobTitle: 'Retail Manager' },
  { id: '7c2e4a6b-3d5f-4b9c-8e1a-2f4b6d8c0e3a', displayName: 'Alex Wilber', givenName: 'Alex', surname: 'Wilber', jobTitle: 'Marketing Assistant' },
  { id: '8d3f5b7c-4e6a-4cad-9f2b-3a5c7e9d1f4b', displayName: 'Megan Bowen', givenName: 'Megan', surname: 'Bowen', jobTitle: 'Marketing Manager' },
  { id: '9e4a6c8d-5f7b-4dbe-8a3c-4b6d8f0e2a5c', displayName: 'Lee Gu', givenName: 'Lee', surname: 'Gu', jobTitle: 'Director' },
] as const;

export const DEMO_GROUPS = [
  {
    id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    displayName: 'TonicDM Users',
    description: 'People who use TonicDM with Microsoft 365 mail.',
    members: ['6b1d3f5a-2c4e-4a8b-9d0f-1e3a5c7b9d2f', '7c2e4a6b-3d5f-4b9c-8e1a-2f4b6d8c0e3a'],
  },
  {
    id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
    displayName: 'Sales and Marketing',
    description: 'Sales and marketing staff.',
    members: ['8d3f5b7c-4e6a-4cad-9f2b-3a5c7e9d1f4b', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'],
  },
] as const;
