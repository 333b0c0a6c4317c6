/**
 * Builds the Fluent UI portal replica before any browser test, unless an identical build is
 * already in .output/fluent-replica (the build keeps a content stamp), so a fresh clone needs
 * no separate step.
 */
import { buildFluentReplica } from '../../fixtures/fluent/build.mjs';

export default async function globalSetup(): Promise<void> {
  await buildFluentReplica();
}
