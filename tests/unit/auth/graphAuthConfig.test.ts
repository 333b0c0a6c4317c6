import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_AUTHORITY, graphAuthConfig } from '../../../utils/auth/graphAuthConfig';

const ID = '3F9C2A7E-1B4D-4E6F-8A0C-5D7E9F1B3C2A';

describe('graphAuthConfig', () => {
  it.each<[string, { graphClientId?: string; graphAuthority?: string }, { clientId: string; authority: string }]>([
    ['default authority', { graphClientId: ID, graphAuthority: '' }, { clientId: ID.toLowerCase(), authority: DEFAULT_GRAPH_AUTHORITY }],
    ['authority missing', { graphClientId: ` ${ID} ` }, { clientId: ID.toLowerCase(), authority: DEFAULT_GRAPH_AUTHORITY }],
    ['tenant authority, trailing slash', { graphClientId: ID, graphAuthority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/' }, { clientId: ID.toLowerCase(), authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' }],
  ])('usable: %s', (_, options, expected) => {
    expect(graphAuthConfig(options)).toEqual({ ok: true, ...expected });
  });

  it.each<[string, { graphClientId?: string; graphAuthority?: string }, RegExp]>([
    ['no client id', { graphClientId: '' }, /No sign-in app is configured.*options/],
    ['whitespace only', { graphClientId: '   ' }, /No sign-in app is configured/],
    ['not a GUID', { graphClientId: 'tonicdm' }, /"tonicdm" is not an Application \(client\) ID/],
    ['authority not a URL', { graphClientId: ID, graphAuthority: 'login.microsoftonline.com' }, /is not a URL/],
    ['authority over http', { graphClientId: ID, graphAuthority: 'http://login.microsoftonline.com/organizations' }, /must look like https/],
    ['authority with a path', { graphClientId: ID, graphAuthority: 'https://login.microsoftonline.com/organizations/oauth2/v2.0' }, /must look like https/],
  ])('explains: %s', (_, options, reason) => {
    const config = graphAuthConfig(options);
    expect(config.ok).toBe(false);
    if (!config.ok) expect(config.reason).toMatch(reason);
  });
});
