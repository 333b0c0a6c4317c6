/**
 * A Web Storage that lives only in this page's memory, and the switch that puts the side panel's
 * `sessionStorage` on it.
 *
 * Why: MSAL keeps its redirect-flow state (request, PKCE verifier, the response with the code) in
 * `sessionStorage` whatever `cacheLocation` says, and refuses redirect flows when the token cache is
 * `memoryStorage`. Chromium writes an extension page's sessionStorage to the profile
 * (`Session Storage/*.log`), so the refresh token would outlive the browser. With sessionStorage in
 * memory, MSAL works unchanged and nothing it keeps reaches disk; closing the panel forgets it all.
 */

/** The part of Web Storage MSAL and tests use, plus `Object.keys` and `hasOwnProperty` for stored keys. */
export function createMemoryStorage(): Storage {
  const items = new Map<string, string>();
  const api: Storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(String(key)) ?? null,
    setItem: (key: string, value: string) => void items.set(String(key), String(value)),
    removeItem: (key: string) => void items.delete(String(key)),
    clear: () => items.clear(),
  };
  const isItem = (property: string | symbol): property is string => typeof property === 'string' && !(property in api) && items.has(property);
  // Stored keys appear as own enumerable properties, as on a real Storage (MSAL lists keys with Object.keys).
  return new Proxy(api, {
    get: (target, property, receiver) => (isItem(property) ? items.get(property) : Reflect.get(target, property, receiver)),
    set: (target, property, value, receiver) => {
      if (typeof property === 'string' && !(property in target)) {
        items.set(property, String(value));
        return true;
      }
      return Reflect.set(target, property, value, receiver);
    },
    deleteProperty: (target, property) => (isItem(property) ? items.delete(property) : Reflect.deleteProperty(target, property)),
    has: (target, property) => isItem(property) || Reflect.has(target, property),
    ownKeys: () => [...items.keys()],
    getOwnPropertyDescriptor: (_target, property) =>
      isItem(property) ? { value: items.get(property), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

const installed = new WeakMap<object, Storage>();

/**
 * Replaces `scope.sessionStorage` with a memory-only Storage (once per page; later calls return the
 * same one). Must run before anything writes to sessionStorage.
 */
export function keepSessionStorageInMemory(scope: { sessionStorage: Storage } = globalThis as unknown as { sessionStorage: Storage }): Storage {
  const existing = installed.get(scope);
  if (existing) return existing;
  const storage = createMemoryStorage();
  Object.defineProperty(scope, 'sessionStorage', { configurable: true, enumerable: true, get: () => storage });
  installed.set(scope, storage);
  return storage;
}

/**
 * MSAL's interaction state (see msal-browser's TemporaryCacheKeys): the pending request, its PKCE
 * verifier, the page to return to, the response fragment with the code, and the in-progress flag.
 */
const INTERIM_KEY = /(^|\.)(request\.params|code\.verifier|request\.origin|urlHash|request\.native|interaction\.status)$/;

/** Removes MSAL's interaction state once a sign-in round trip is over (handled, failed or abandoned). */
export function clearInterimState(storage: Storage): string[] {
  const removed: string[] = [];
  for (const key of Object.keys(storage)) {
    if (INTERIM_KEY.test(key)) {
      storage.removeItem(key);
      removed.push(key);
    }
  }
  return removed;
}
