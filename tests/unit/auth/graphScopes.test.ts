import { describe, expect, it } from 'vitest';
import { accessCovers, graphScopeName, missingScopes, scopesFor, type GraphAccess } from '../../../utils/auth/graphScopes';

const G = 'https://graph.microsoft.com/';

describe('scopesFor', () => {
  it.each<[GraphAccess, string[]]>([
    ['read', [`${G}User.Read`, `${G}Application.Read.All`, `${G}Directory.Read.All`]],
    [
      'write',
      [`${G}User.Read`, `${G}Application.Read.All`, `${G}Directory.Read.All`, `${G}Application.ReadWrite.All`, `${G}AppRoleAssignment.ReadWrite.All`],
    ],
  ])('%s → %j', (access, expected) => {
    expect(scopesFor(access)).toEqual(expected);
  });

  it('never asks for a write permission when only reading', () => {
    expect(scopesFor('read').some((scope) => /ReadWrite/.test(scope))).toBe(false);
  });

  it('asks for AuditLog.Read.All on top of the read scopes only for sign-in evidence, and for nothing that writes', () => {
    expect(scopesFor('audit')).toEqual([...scopesFor('read'), `${G}AuditLog.Read.All`]);
    expect(scopesFor('audit').some((scope) => /ReadWrite/.test(scope))).toBe(false);
    expect(scopesFor('write').some((scope) => /AuditLog/.test(scope))).toBe(false);
  });
});

describe('accessCovers', () => {
  it.each<[GraphAccess, GraphAccess, boolean]>([
    ['read', 'read', true],
    ['write', 'read', true],
    ['audit', 'read', true],
    ['read', 'write', false],
    ['read', 'audit', false],
    ['write', 'audit', false],
    ['audit', 'write', false],
  ])('a %s token serves %s: %s', (held, wanted, expected) => {
    expect(accessCovers(held, wanted)).toBe(expected);
  });
});

describe('graphScopeName', () => {
  it.each<[string, string | undefined]>([
    [`${G}User.Read`, 'User.Read'],
    ['HTTPS://GRAPH.MICROSOFT.COM/Application.Read.All', 'Application.Read.All'],
    ['Directory.Read.All', 'Directory.Read.All'],
    ['openid', undefined],
    ['offline_access', undefined],
    ['profile', undefined],
    ['api://other/Thing.Read', undefined],
  ])('%s → %s', (scope, expected) => {
    expect(graphScopeName(scope)).toBe(expected);
  });
});

describe('missingScopes', () => {
  const read = scopesFor('read');
  const write = scopesFor('write');
  it.each<[string, string[], GraphAccess, string[]]>([
    ['everything granted', [...write, 'openid', 'profile'], 'write', []],
    ['read only, asked for write', read, 'write', ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All']],
    ['read only, asked for read', read, 'read', []],
    ['short names as Entra echoes them', ['User.Read', 'Application.Read.All', 'Directory.Read.All'], 'read', []],
    ['case differences', read.map((s) => s.toUpperCase()), 'read', []],
    ['consent withheld for one read scope', [`${G}User.Read`, `${G}Application.Read.All`], 'read', ['Directory.Read.All']],
    ['nothing', [], 'read', ['User.Read', 'Application.Read.All', 'Directory.Read.All']],
  ])('%s', (_, granted, access, missing) => {
    expect(missingScopes(access, granted)).toEqual(missing);
  });
});
