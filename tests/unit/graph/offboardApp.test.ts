// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultExistingChoice, type AppChoice } from '../../../utils/graph/appChoice';
import { offboardApp, offboardTarget } from '../../../utils/graph/offboardApp';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { APP_NAME } from '../../../utils/steps';
import { createHarness, seedTonicApp, type Harness } from './graphHarness';

async function target(h: Harness, choice?: (v: Awaited<ReturnType<typeof verifySetup>>) => AppChoice | undefined, appObjectId?: string) {
  const verification = await verifySetup(h.transport, { known: h.known, ...(appObjectId ? { appObjectId } : {}) });
  return offboardTarget(verification, choice ? choice(verification) : defaultExistingChoice(verification));
}

const deletes = (h: Harness, from = 0) => h.operations(from).filter((e) => e.method === 'DELETE');

describe('offboarding', () => {
  it("deletes the admin's own app, and with it its enterprise application, after its exact name is typed", async () => {
    const h = createHarness();
    const { application, servicePrincipal } = seedTonicApp(h);
    const { target: t, blocked } = await target(h);
    expect(blocked).toBeUndefined();
    expect(t).toMatchObject({ appObjectId: application.id, appId: application.appId, displayName: APP_NAME });
    const mark = h.tenant.log.length;
    const result = await offboardApp(h.transport, t!, APP_NAME);
    expect(result).toMatchObject({ ok: true, outcome: 'deleted', roundTrips: 2 });
    expect(deletes(h, mark).map((e) => new URL(e.url).pathname)).toEqual([`/v1.0/applications/${application.id}`]);
    expect(h.tenant.state.applications).toHaveLength(0);
    expect(h.tenant.state.servicePrincipals.some((sp) => sp.id === servicePrincipal.id)).toBe(false);
    // A second press finds nothing left to delete.
    expect(await offboardApp(h.transport, t!, APP_NAME)).toMatchObject({ ok: true, outcome: 'already-gone' });
  });

  it.each([
    ['a different name', 'TonicDM Office 365 token'],
    ['the name with a trailing space', `${APP_NAME} `],
    ['nothing', ''],
  ])('refuses %s, sending nothing', async (_name, typed) => {
    const h = createHarness();
    seedTonicApp(h);
    const { target: t } = await target(h);
    const mark = h.tenant.log.length;
    expect(await offboardApp(h.transport, t!, typed)).toMatchObject({ ok: false, outcome: 'refused' });
    expect(h.tenant.log.length).toBe(mark);
    expect(h.tenant.state.applications).toHaveLength(1);
  });

  it('a squatted app is never a target without a choice and a separate confirmation', async () => {
    const h = createHarness();
    const squat = h.tenant.addSquatterApp({ displayName: APP_NAME, withServicePrincipal: true });
    expect((await target(h)).blocked).toContain('Choose the app TonicDM uses');
    const chosen = await target(h, () => ({ kind: 'existing', appObjectId: squat.application.id }), squat.application.id);
    expect(chosen.blocked).toContain('not clearly yours');
    expect(chosen.target).toBeUndefined();
    expect(deletes(h)).toEqual([]);
  });

  it.each<[string, (h: Harness, appObjectId: string) => void, string]>([
    ['an owner was added', (h, id) => h.tenant.addOwner(id, h.tenant.state.users.find((u) => u.displayName === 'Alex Wilber')!.id), 'changed after you reviewed it'],
    ['it was renamed', (h, id) => (h.tenant.state.applications.find((a) => a.id === id)!.displayName = 'Something else'), 'renamed'],
  ])('refuses when %s after the review', async (_name, change, message) => {
    const h = createHarness();
    const { application } = seedTonicApp(h);
    const { target: t } = await target(h);
    change(h, application.id);
    const result = await offboardApp(h.transport, t!, APP_NAME);
    expect(result.outcome).toBe('refused');
    expect(result.error?.message).toContain(message);
    expect(deletes(h)).toEqual([]);
  });
});
