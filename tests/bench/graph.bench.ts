/**
 * Graph automation cost: the full setup of an empty tenant whose every HTTP request takes
 * 100 ms, by the assistant's engine (verify → plan → execute with $batch) and by a
 * strictly serial baseline that sends one request at a time.
 */
import { expect, test } from '@playwright/test';
import { createFakeTenant } from '../fake-tenant/createFakeTenant';
import { runFullSetupForBench, type BenchResult } from '../../utils/graph/roundTrips';
import type { FetchLike } from '../../utils/graph/graphTransport';
import { writePart } from './support/writePart';

const LATENCY_MS = 100;
/** What the assistant asks the admin for in automation mode (graph.md §6), plus sign-in basics. */
const WRITE_SCOPES = ['User.Read', 'Application.Read.All', 'Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All'];

async function run(serial: boolean): Promise<BenchResult> {
  const tenant = createFakeTenant({ latencyMs: LATENCY_MS });
  const fetch: FetchLike = (input, init) => tenant.handle(new Request(input, init));
  const getToken = async () => tenant.mintAccessToken({ scopes: WRITE_SCOPES });
  return runFullSetupForBench(fetch, getToken, { serial });
}

test('graph: sequential round trips of a full automated setup', async () => {
  const engine = await run(false);
  const serial = await run(true);
  for (const [name, r] of Object.entries({ engine, serial })) {
    console.log(`${name}: ok=${r.ok} roundTrips=${r.roundTrips} requests=${r.requests} retries=${r.retries} elapsed=${Math.round(r.elapsedMs)} ms`);
  }
  writePart('graph', { latencyMs: LATENCY_MS, scopes: WRITE_SCOPES, engine, serial, targetRoundTrips: 5 });
  expect(engine.ok, 'engine completed the setup').toBe(true);
  expect(serial.ok, 'serial baseline completed the setup').toBe(true);
});
