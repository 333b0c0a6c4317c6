/**
 * Serialises read-modify-write of the setup state. Messages from several frames arrive at
 * once; without a queue two captures could each read the old state and one would be lost.
 */
import { setupItem } from '../storage';
import { EMPTY_SETUP, type SetupState } from '../setup/setupState';

let queue: Promise<unknown> = Promise.resolve();

export function updateSetup(update: (state: SetupState) => SetupState): Promise<SetupState> {
  const run = queue.then(async () => {
    const current = (await setupItem.getValue()) ?? EMPTY_SETUP;
    const next = update(current);
    if (next !== current) await setupItem.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function readSetup(): Promise<SetupState> {
  return (await setupItem.getValue()) ?? EMPTY_SETUP;
}
