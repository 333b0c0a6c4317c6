import { describe, expect, it } from 'vitest';
import { authorityError, shortAadDescription, webAuthFlowError, type SignInFailure } from '../../../utils/auth/signInError';

const REDIRECT = 'https://ndidbljncjdglldbnmopdecoogmknlno.chromiumapp.org/';

describe('webAuthFlowError', () => {
  it.each<[string, SignInFailure, RegExp]>([
    ['The user did not approve access.', 'cancelled', /cancelled: the Microsoft sign-in window was closed/],
    ['Authorization page could not be loaded.', 'unreachable', new RegExp(`could not be loaded.*${REDIRECT.replace(/\./g, '\\.')}`)],
    ['User interaction required.', 'failed', /sign in again/],
    ['Unexpected', 'failed', /Sign-in failed: Unexpected/],
  ])('%s', (message, kind, text) => {
    const error = webAuthFlowError(new Error(message), REDIRECT);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(text);
  });
});

describe('authorityError', () => {
  it.each<[string, string, SignInFailure, RegExp]>([
    ['access_denied', 'AADSTS65004: User declined to consent to access the app. Trace ID: 1 Correlation ID: 2 Timestamp: 3', 'denied', /^Sign-in was declined: AADSTS65004: User declined to consent to access the app\.$/],
    ['invalid_request', "AADSTS50011: The redirect URI 'x' specified in the request does not match.", 'config', /Register https:\/\/.*chromiumapp\.org\/ as a single-page application/],
    ['invalid_request', 'AADSTS9002326: Cross-origin token redemption is permitted only for the Single-Page Application client-type.', 'config', /single-page application/],
    ['unauthorized_client', "AADSTS700016: Application with identifier 'x' was not found in the directory 'Contoso'.", 'config', /Check the client ID in the options/],
    ['server_error', '', 'failed', /Sign-in failed \(server_error\): no description/],
  ])('%s %s', (code, description, kind, text) => {
    const error = authorityError(code, description, REDIRECT);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(text);
  });

  it('drops trace and correlation ids', () => {
    expect(shortAadDescription('AADSTS70008: Expired. Trace ID: a Correlation ID: b Timestamp: c')).toBe('AADSTS70008: Expired.');
  });
});
