/**
 * Whose language the extension's words on other sites follow, in a German browser: the page
 * guide speaks the portal page's language (English here), not the browser's, while the TonicDM
 * card, which has no portal language to follow, speaks the browser's. (A German portal in an
 * English browser: guide.spec.ts.)
 */
import type { CDPSession } from '@playwright/test';
import { expect, test } from './support/extension';
import { expectCallout, expectGuide } from './support/guideWalk';
import { routePortalReplica } from './support/portalReplica';
import { openSidePanel } from './support/sidePanel';
import { routeTonicdm, TONICDM_SETTINGS } from './support/tonicdmReplica';

/** The accessible names inside the page's closed shadow roots, as assistive technology reads them. */
async function accessibleNames(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: unknown } }[] };
  return nodes.map((n) => n.name?.value).filter((v): v is string => typeof v === 'string' && v !== '');
}

test.describe('a German browser', () => {
  test.use({ browserLanguage: 'de' });

  test('an English portal is guided in English, and the TonicDM card speaks German', async ({ context, extensionId }) => {
    // The portal replica in English: the guide follows the page, not the browser.
    const replica = await routePortalReplica(context, { layout: 'react', renderDelayMs: 60 });
    const portal = await context.newPage();
    await portal.goto(replica.urls.appList);
    await openSidePanel(context, extensionId);
    await portal.bringToFront();
    await expectGuide(portal, 'register.new-registration', { text: /^New registration$/ });
    await expectCallout(portal, /^Click "New registration"\.\nTonicDM needs its own app registration/);

    // TonicDM's page has no portal language to follow: its card speaks the browser's.
    await routeTonicdm(context, 'react');
    const tonicdm = await context.newPage();
    await tonicdm.goto(TONICDM_SETTINGS);
    await expect(tonicdm.locator('tdm-fill-from-entra')).toHaveCount(1);
    const cdp = await context.newCDPSession(tonicdm);
    await expect.poll(() => accessibleNames(cdp)).toEqual(expect.arrayContaining(['Aus Entra ausfüllen', 'Für diese Seite ausblenden']));
    const names = await accessibleNames(cdp);
    expect(names.join('\n')).toContain('Füllt App Secret, Expiry Date, Application (client) ID und Tenant ID aus.');
    expect(names).not.toContain('Fill from Entra');
  });
});
