/**
 * What an interrupted automation run had finished, so the next run resumes instead of creating
 * a second app, service principal or secret. Holds ids only, never a secret value.
 */

export interface Checkpoint {
  version: 1;
  tenantId: string;
  appObjectId?: string;
  appId?: string;
  servicePrincipalId?: string;
  /** Keys of finished plan actions. */
  done: string[];
  /** The secret this run added and handed to storeSecret (its value is not here). */
  secret?: { keyId: string; hint: string | null; displayName: string; endDateTime: string };
  /** Secrets added whose value could not be stored; the admin may delete them in the portal. */
  unusableSecrets: { keyId: string; hint: string | null }[];
  /**
   * The app this run works on. For an app it creates: the random key tagged onto the create request,
   * kept from just before the request until its answer is recorded, so a panel closed in between can
   * find that app again (and only an app owned by the admin alone and holding no credentials counts).
   */
  target?: { kind: 'new'; creationKey?: string; creationStartedAt?: string } | { kind: 'existing'; appObjectId: string };
  updatedAt: string;
}

/** Where a run's record lives between panel openings (`storage.session` in the panel). */
export interface RecordStore<T> {
  load(): Promise<T | undefined>;
  save(record: T): Promise<void>;
  clear(): Promise<void>;
}

export type CheckpointStore = RecordStore<Checkpoint>;

/** In-memory store for tests and for callers that persist elsewhere (e.g. `storage.session`). */
export function memoryStore<T>(initial?: T): RecordStore<T> & { readonly current: T | undefined } {
  let current: T | undefined = initial ? structuredClone(initial) : undefined;
  return {
    get current() {
      return current;
    },
    async load() {
      return current ? structuredClone(current) : undefined;
    },
    async save(record) {
      current = structuredClone(record);
    },
    async clear() {
      current = undefined;
    },
  };
}

export const memoryCheckpointStore = (initial?: Checkpoint) => memoryStore(initial);
