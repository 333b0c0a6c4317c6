// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runFullSetupForBench } from '../../../utils/graph/roundTrips';
import { verifySetup } from '../../../utils/graph/verifySetup';
import { createHarness, START } from './graphHarness';

describe('runFullSetupForBench', () => {
  it.each([false, true])('serial=%s sets up an empty tenant completely', async (serial) => {
    const h = createHarness();
    const result = await runFullSetupForBench(h.fetch, async () => h.tenant.mintAccessToken(), { serial, now: h.now, sleep: async () => {} });
    expect(result.ok).toBe(true);
    expect(result.roundTrips).toBe(h.graphRounds().length);
    expect(h.maxInFlight()).toBe(1);
    const v = await verifySetup(h.newTransport());
    for (const id of ['register', 'api-permissions', 'admin-consent', 'client-secret', 'assignment-required', 'assign-users'] as const) {
      expect(v.steps[id].status, `${id}: ${v.steps[id].reason}`).toBe('verified');
    }
  });

  it('the batched engine needs at most 5 sequential round trips; the serial baseline needs far more', async () => {
    const batched = createHarness();
    const serial = createHarness();
    const fast = await runFullSetupForBench(batched.fetch, async () => batched.tenant.mintAccessToken(), { serial: false });
    const slow = await runFullSetupForBench(serial.fetch, async () => serial.tenant.mintAccessToken(), { serial: true });

    expect(fast.roundTrips).toBeLessThanOrEqual(5);
    expect(slow.roundTrips).toBeGreaterThanOrEqual(2 * fast.roundTrips);
    // The baseline sends one request per round: no $batch, no upsert.
    expect(serial.graphRounds().some((e) => e.url.endsWith('/$batch') || e.headers.prefer)).toBe(false);
    expect(slow.requests).toBe(slow.roundTrips);
  });

  it('measures elapsed time on the injected clock under latency', async () => {
    const h = createHarness({ latencyMs: 1 });
    let clock = START;
    const result = await runFullSetupForBench(h.fetch, async () => h.tenant.mintAccessToken(), {
      serial: false,
      now: () => (clock += 10),
    });
    expect(result.ok).toBe(true);
    expect(result.elapsedMs).toBeGreaterThan(0);
  });
});
