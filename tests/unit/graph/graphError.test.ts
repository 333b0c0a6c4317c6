// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyGraphError, graphErrorFromBody, type GraphErrorKind } from '../../../utils/graph/graphError';

const envelope = (code: string, message: string, details?: { code: string }[]) => ({
  error: { code, message, ...(details ? { details } : {}), innerError: { date: '2026-03-15T10:00:00', 'request-id': 'r-1', 'client-request-id': 'c-1' } },
});

describe('classifyGraphError', () => {
  it.each<[number, string, string, string, GraphErrorKind]>([
    [429, 'Request_ThrottledTemporarily', 'throttled', '/applications', 'throttled'],
    [503, 'serviceNotAvailable', '', '/me', 'throttled'],
    [504, 'GatewayTimeout', '', '/me', 'throttled'],
    [404, 'Request_ResourceNotFound', "Resource 'x' does not exist", '/servicePrincipals/x', 'not-found'],
    [400, 'Request_BadRequest', "The appId 'a' of the service principal does not reference a valid application object.", '/servicePrincipals', 'replication'],
    [403, 'Authorization_RequestDenied', 'When using this permission, the backing application of the service principal being created must in the local tenant', '/servicePrincipals', 'replication'],
    [400, 'Request_BadRequest', 'Not a valid reference update.', '/servicePrincipals/x/appRoleAssignedTo', 'replication'],
    [409, 'Directory_ConcurrencyViolation', 'concurrent requests', '/applications/x', 'conflict'],
    [400, 'Request_BadRequest', 'Permission being assigned already exists on the object', '/servicePrincipals/x/appRoleAssignedTo', 'duplicate'],
    [403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', '/servicePrincipals/x/appRoleAssignedTo', 'forbidden'],
    [400, 'CredentialInvalidLifetimeAsPerAppPolicy', "Credential lifetime exceeds the max value allowed as per assigned policy 'p'.", '/applications/x/addPassword', 'password-policy'],
    [400, 'CredentialTypeNotAllowedAsPerAppPolicy', "Password addition is not allowed as per assigned policy 'p'.", '/applications/x/addPassword', 'password-policy'],
    [401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', '/me', 'unauthorized'],
    [400, 'BadRequest', 'The property x does not exist', '/applications', 'bad-request'],
    [500, 'UnknownError', '', '/me', 'server'],
    [0, 'NetworkError', 'Failed to fetch', '/me', 'network'],
  ])('%i %s → %s', (status, code, message, path, kind) => {
    expect(classifyGraphError({ status, code, message, path })).toBe(kind);
  });
});

describe('graphErrorFromBody', () => {
  it('reads code, message, request id and detail codes from the envelope', () => {
    const error = graphErrorFromBody(400, envelope('Request_BadRequest', 'The appId does not reference a valid application object.', [{ code: 'NoBackingApplicationObject' }]), {
      method: 'PATCH',
      path: "/servicePrincipals(appId='a')",
    });
    expect(error).toMatchObject({ status: 400, code: 'Request_BadRequest', kind: 'replication', requestId: 'r-1', method: 'PATCH' });
    expect(error.message).toContain('NoBackingApplicationObject');
    expect(error.toJSON()).toEqual({
      status: 400,
      code: 'Request_BadRequest',
      kind: 'replication',
      message: error.message,
      explanation: error.explanation,
      requestId: 'r-1',
    });
  });

  it.each([
    [403, envelope('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'), '/servicePrincipals/g/appRoleAssignedTo', /Privileged Role Administrator/],
    [400, envelope('CredentialInvalidLifetimeAsPerAppPolicy', 'Credential lifetime exceeds the max value allowed as per assigned policy.'), '/applications/a/addPassword', /shorter lifetime/],
    [400, envelope('CredentialTypeNotAllowedAsPerAppPolicy', 'Password addition is not allowed as per assigned policy.'), '/applications/a/addPassword', /does not allow client secrets/],
    [429, envelope('Request_ThrottledTemporarily', 'Throttled'), '/me', /slow down/],
  ])('explains %i in one line for the admin', (status, body, path, pattern) => {
    const error = graphErrorFromBody(status, body, { path });
    expect(error.explanation).toMatch(pattern);
    expect(error.explanation).not.toContain('\n');
  });

  it('copes with a body that is not a Graph envelope', () => {
    const error = graphErrorFromBody(502, 'Bad gateway', {});
    expect(error).toMatchObject({ status: 502, code: '', kind: 'server', message: 'Bad gateway' });
  });
});
