/**
 * A sign-in that did not produce a token, with one line the side panel can show as is.
 */
import { classifyWebAuthFlowError } from './redirectResponse';

export type SignInFailure = 'cancelled' | 'unreachable' | 'denied' | 'mismatch' | 'config' | 'failed';

export class SignInError extends Error {
  override readonly name = 'SignInError';

  constructor(
    readonly kind: SignInFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Entra's description without its trace and correlation ids (noise for an admin). */
export function shortAadDescription(description: string): string {
  return description.replace(/\s*Trace ID:[\s\S]*$/i, '').trim();
}

/** The sentence for a launchWebAuthFlow rejection. */
export function webAuthFlowError(error: unknown, redirectUri: string): SignInError {
  switch (classifyWebAuthFlowError(error)) {
    case 'cancelled':
      return new SignInError('cancelled', 'Sign-in was cancelled: the Microsoft sign-in window was closed before it finished.');
    case 'unreachable':
      return new SignInError(
        'unreachable',
        `The Microsoft sign-in page could not be loaded. Check the connection, and that the sign-in app lists ${redirectUri} as a single-page application redirect URI.`,
      );
    case 'interaction-required':
      return new SignInError('failed', 'Microsoft needs you to sign in again. Click "Sign in with Microsoft".');
    case 'failed':
      return new SignInError('failed', `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The sentence for an authority error returned in the redirect (e.g. access_denied) or raised by MSAL. */
export function authorityError(code: string, description: string, redirectUri: string): SignInError {
  const text = shortAadDescription(description);
  if (code === 'access_denied' || /AADSTS65004/.test(text)) {
    return new SignInError('denied', `Sign-in was declined: ${text || 'consent was not given.'}`);
  }
  if (/AADSTS(50011|70000|9002326)/.test(text)) {
    return new SignInError('config', `The sign-in app is not set up for this extension: ${text} Register ${redirectUri} as a single-page application redirect URI.`);
  }
  if (/AADSTS700016/.test(text)) {
    return new SignInError('config', `The sign-in app was not found: ${text} Check the client ID in the options.`);
  }
  return new SignInError('failed', `Sign-in failed (${code}): ${text || 'no description.'}`);
}
