/**
 * Serialises read-modify-write of the setup state. Messages from several frames arrive at
 * once; without a queue two captures could each read the old state and one would be lost.
 * Every read is validated (storedState.ts): what a content script may have written is dropped.
 */
import { setupItem } from '../storage';
import type { SetupState } from '../setup/setupState';
import { parseStoredSetup, type ValidationReport } from '../security/storedState';
import { logger } from '../security/logger';

let queue: Promise<unknown> = Promise.resolve();

async function readValidated(): Promise<SetupState> {
  const report: ValidationReport = { dropped: [] };
  const state = parseStoredSetup(await setupItem.getValue(), report);
  if (report.dropped.length > 0) logger.warn('stored setup repaired', report.dropped.slice(0, 10).join(', '));
  return state;
}

export function updateSetup(update: (state: SetupState) => SetupState): Promise<SetupState> {
  const run = queue.then(async () => {
    const current = await readValidated();
    const next = update(current);
    if (next !== current) await setupItem.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function readSetup(): Promise<SetupState> {
  return readValidated();
}
