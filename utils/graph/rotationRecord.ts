/**
 * What a secret rotation has done so far, so a panel closed mid-rotation never adds a second new secret and
 * a finished rotation is not repeated: the old secret it replaces, the new one it added (ids and hint only,
 * never a value) and whether the old one was removed.
 */
import { memoryStore, type RecordStore } from './checkpointStore';

/** A client secret as Graph lists it; never its value. */
export interface SecretInfo {
  keyId: string;
  hint: string | null;
  displayName: string | null;
  endDateTime: string | null;
}

export interface RotationRecord {
  version: 1;
  tenantId: string;
  appObjectId: string;
  appId: string;
  appDisplayName: string;
  /** The secret TonicDM used before: the only one "Remove the old secret" deletes. Null when the app had none. */
  oldSecret: SecretInfo | null;
  /**
   * Written just before addPassword leaves and cleared once its answer is handled: a panel closed in between
   * leaves it behind, and the next plan looks for a secret of this name added after `startedAt`.
   */
  adding?: { displayName: string; endDateTime: string; startedAt: string };
  /** The secret the rotation added; its value went to session storage as the captured secret. */
  newSecret?: SecretInfo;
  /** When the added secret was stored (ISO). */
  rotatedAt?: string;
  /** When the old secret was removed (or found already gone). */
  oldRemovedAt?: string;
  updatedAt: string;
}

export type RotationStore = RecordStore<RotationRecord>;

export const memoryRotationStore = (initial?: RotationRecord) => memoryStore(initial);

/** Whether a record is about this tenant's app (and so may steer a plan for it). */
export function recordFor(record: RotationRecord | undefined, tenantId: string, appObjectId: string | undefined): RotationRecord | undefined {
  if (!record || !appObjectId) return undefined;
  if (record.tenantId.toLowerCase() !== tenantId.toLowerCase()) return undefined;
  return record.appObjectId.toLowerCase() === appObjectId.toLowerCase() ? record : undefined;
}
