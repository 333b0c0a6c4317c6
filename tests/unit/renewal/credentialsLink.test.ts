import { describe, expect, it } from 'vitest';
import { credentialsLink } from '../../../utils/renewal/credentialsLink';
import { parsePortalUrl } from '../../../utils/portal/parsePortalUrl';
import { bladeKindOf } from '../../../utils/portal/bladeKind';

const APP = '1B4C0F3E-8A2D-4F6B-9C1E-2D3F4A5B6C7D';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';

describe("the link to an app's Certificates & secrets", () => {
  it('opens the credentials blade of that app, in its own tenant, and reads back as such', () => {
    const link = credentialsLink({ clientId: APP, tenantId: TENANT })!;
    expect(link).toBe(`https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP.toLowerCase()}/isMSAApp~/false`);
    const location = parsePortalUrl(link);
    expect(bladeKindOf(location)).toBe('app-credentials');
    expect(location).toMatchObject({ appId: APP.toLowerCase(), tenant: TENANT });
  });

  it.each([
    ['without a tenant: unpinned', { clientId: APP }, `https://entra.microsoft.com/#view/`],
    ['a tenant that is no GUID is left out', { clientId: APP, tenantId: '../evil' }, `https://entra.microsoft.com/#view/`],
  ])('%s', (_name, app, start) => {
    expect(credentialsLink(app)!.startsWith(start)).toBe(true);
  });

  it('no link for a client ID that is no GUID', () => {
    expect(credentialsLink({ clientId: 'javascript:alert(1)' })).toBeUndefined();
  });
});
