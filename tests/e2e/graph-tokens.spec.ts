/**
 * Where Microsoft's tokens live: only in the side panel's memory. After a sign-in, a Verify and an
 * Automate plan, the browser is closed and every file of its profile is searched for the tokens the
 * fake authority issued (and for the authorization code of the sign-in): none may be there.
 */
import { expect, test } from './support/graphExtension';
import { openGraphPanel, setGraphClientId } from './support/graphPanel';
import { seedManualSetup } from './support/graphTenant';
import { findSecretsInProfile, type SecretAtRest } from './support/profileScan';

const TOKEN_FIELDS = ['access_token', 'refresh_token', 'id_token'] as const;

test('tokens never reach the browser profile on disk', async ({ context, extensionId, tenant, tokenResponses, signInWindow, userDataDir }) => {
  seedManualSetup(tenant);
  await setGraphClientId(context, extensionId);
  const panel = await openGraphPanel(context, extensionId);
  await panel.signIn().click();
  await expect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
  await panel.verify().click();
  await panel.settled('done');
  await panel.automate().click();
  await panel.settled('idle');

  const secrets: SecretAtRest[] = tokenResponses.flatMap((response, index) =>
    TOKEN_FIELDS.filter((field) => typeof response[field] === 'string').map((field) => ({ label: `${field} #${index + 1}`, value: response[field] as string })),
  );
  // The read sign-in and the write scopes of Automate: two answers, each with all three tokens.
  expect(tokenResponses.length).toBeGreaterThanOrEqual(2);
  expect(secrets.length).toBe(tokenResponses.length * 3);
  const codes = signInWindow.redirects.map((location) => new URLSearchParams(new URL(location).hash.slice(1)).get('code') ?? '').filter(Boolean);
  expect(codes.length).toBeGreaterThan(0);

  // A graceful close makes Chromium write out everything it keeps for the profile.
  await context.close();

  expect(findSecretsInProfile(userDataDir, secrets)).toEqual([]);
  expect(findSecretsInProfile(userDataDir, codes.map((value, i) => ({ label: `authorization code #${i + 1}`, value })))).toEqual([]);
});

for (const echo of ['short', 'long'] as const) {
  test(`one token per Graph run when the token endpoint echoes scopes ${echo}`, async ({ context, extensionId, tenant }) => {
    tenant.switches.authority.scopeEcho = echo;
    const tokenRequests = () => tenant.log.filter((e) => e.method === 'POST' && e.url.includes('/oauth2/v2.0/token')).length;
    await setGraphClientId(context, extensionId);
    const panel = await openGraphPanel(context, extensionId);
    await panel.signIn().click();
    await expect(panel.account()).toContainText('admin@contoso.onmicrosoft.com');
    await panel.settled('done');
    expect(tokenRequests()).toBe(1);

    await panel.verify().click();
    await panel.settled('done');
    expect(tokenRequests(), 'Verify after sign-in').toBe(1);

    await panel.automate().click();
    await panel.settled('idle');
    await panel.runPlan().click();
    await panel.settled('done', 30_000);
    await expect(panel.progressItem('add-secret')).toHaveAttribute('data-outcome', 'added');
    expect(tokenRequests(), 'Automate: the write scopes, once').toBe(2);
    const graphRequests = tenant.log.filter((e) => e.url.startsWith('https://graph.microsoft.com/')).length;
    expect(graphRequests).toBeGreaterThan(5);
  });
}

test('Automate without a prior sign-in opens one sign-in window, for the write scopes', async ({ context, extensionId, tenant, signInWindow }) => {
  await setGraphClientId(context, extensionId);
  const panel = await openGraphPanel(context, extensionId);
  await panel.automate().click();
  await panel.settled('idle');
  await expect(panel.planAction('create-app')).toHaveAttribute('data-state', 'todo');
  expect(signInWindow.requests).toHaveLength(1);
  expect(new URL(signInWindow.requests[0]!).searchParams.get('scope')).toContain('AppRoleAssignment.ReadWrite.All');
  expect(tenant.log.filter((e) => e.method === 'POST' && e.url.includes('/oauth2/v2.0/token'))).toHaveLength(1);
});
