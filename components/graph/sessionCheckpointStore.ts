/**
 * The engine's CheckpointStore kept in `storage.session` next to the admin's choices, so a panel
 * closed mid-run can resume without creating a second app, service principal or secret.
 */
import type { Checkpoint, CheckpointStore } from '@/utils/graph/checkpointStore';
import { graphRunItem, type GraphRunRecord } from '@/utils/storage';

export interface SessionCheckpointStore extends CheckpointStore {
  /** The last checkpoint written by this run (ids the run created so far). */
  readonly latest: Checkpoint | undefined;
}

/** Starts (or continues) the run record; clear() removes it once the run succeeded. */
export async function sessionCheckpointStore(start: Omit<GraphRunRecord, 'checkpoint'>): Promise<SessionCheckpointStore> {
  const existing = await graphRunItem.getValue();
  // A record for the same tenant carries the finished actions forward; another tenant's is stale.
  let record: GraphRunRecord = { ...start, checkpoint: existing?.tenantId === start.tenantId ? existing.checkpoint : null };
  await graphRunItem.setValue(record);
  return {
    get latest() {
      return record.checkpoint ?? undefined;
    },
    async load() {
      return record.checkpoint ?? undefined;
    },
    async save(checkpoint) {
      record = { ...record, checkpoint: structuredClone(checkpoint) };
      await graphRunItem.setValue(record);
    },
    async clear() {
      await graphRunItem.removeValue();
    },
  };
}
