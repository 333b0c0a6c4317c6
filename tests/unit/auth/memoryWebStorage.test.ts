import { describe, expect, it } from 'vitest';
import { clearInterimState, createMemoryStorage, keepSessionStorageInMemory } from '../../../utils/auth/memoryWebStorage';

describe('createMemoryStorage: behaves as Web Storage where MSAL looks', () => {
  it('stores, lists, reports and removes items', () => {
    const storage = createMemoryStorage();
    storage.setItem('msal.a', 'one');
    storage.setItem('msal.b', '2');
    expect(storage.getItem('msal.a')).toBe('one');
    expect(storage.getItem('missing')).toBeNull();
    expect(storage.length).toBe(2);
    expect(storage.key(1)).toBe('msal.b');
    expect(storage.key(5)).toBeNull();
    // msal-browser's SessionStorage lists keys with Object.keys and tests them with hasOwnProperty.
    expect(Object.keys(storage)).toEqual(['msal.a', 'msal.b']);
    expect(Object.prototype.hasOwnProperty.call(storage, 'msal.a')).toBe(true);
    expect(storage.hasOwnProperty('msal.b')).toBe(true);
    expect(storage.hasOwnProperty('getItem')).toBe(false);
    storage.removeItem('msal.a');
    expect(Object.keys(storage)).toEqual(['msal.b']);
    storage.clear();
    expect(storage.length).toBe(0);
  });

  it.each<[string, unknown, string]>([
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['an object', { a: 1 }, '[object Object]'],
  ])('stores %s as a string, as Web Storage does', (_, value, stored) => {
    const storage = createMemoryStorage();
    storage.setItem('k', value as string);
    expect(storage.getItem('k')).toBe(stored);
  });

  it('items never shadow the methods, and property access reads items', () => {
    const storage = createMemoryStorage();
    storage.setItem('getItem', 'x');
    expect(typeof storage.getItem).toBe('function');
    expect(storage.getItem('getItem')).toBe('x');
    (storage as unknown as Record<string, string>).viaProperty = 'y';
    expect(storage.getItem('viaProperty')).toBe('y');
    expect((storage as unknown as Record<string, string>).viaProperty).toBe('y');
    expect('viaProperty' in storage).toBe(true);
    delete (storage as unknown as Record<string, string>).viaProperty;
    expect(storage.getItem('viaProperty')).toBeNull();
  });
});

describe('keepSessionStorageInMemory', () => {
  it('replaces sessionStorage once; writes no longer reach the original', () => {
    const original = createMemoryStorage();
    const scope = { sessionStorage: original };
    const memory = keepSessionStorageInMemory(scope);
    expect(scope.sessionStorage).toBe(memory);
    expect(keepSessionStorageInMemory(scope)).toBe(memory);
    scope.sessionStorage.setItem('msal.token', 'secret');
    expect(original.length).toBe(0);
  });
});

describe('clearInterimState', () => {
  it("removes MSAL's interaction state and keeps the token cache", () => {
    const storage = createMemoryStorage();
    const client = '5d2c1a0b-9e8f-4a7b-8c6d-1e2f3a4b5c6d';
    const interim = ['request.params', 'code.verifier', 'request.origin', 'urlHash', 'request.native'].map((k) => `msal.${client}.${k}`);
    for (const key of [...interim, 'msal.interaction.status']) storage.setItem(key, 'x');
    const kept = [`msal.token.keys.${client}`, 'msal.account.keys', 'uid.utid-login.microsoftonline.com-refreshtoken-client----'];
    for (const key of kept) storage.setItem(key, 'y');
    expect(clearInterimState(storage).sort()).toEqual([...interim, 'msal.interaction.status'].sort());
    expect(Object.keys(storage)).toEqual(kept);
  });
});
