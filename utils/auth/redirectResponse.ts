/**
 * The edges of the sign-in round trip through `identity.launchWebAuthFlow`: the `state` MSAL put in
 * the authorize URL, the response MSAL must be handed, and the failures the browser reports in
 * plain English (they carry no error code).
 */

/** The `state` parameter of an authorize URL; MSAL needs it back to match (or cancel) its request. */
export function authorizeState(authorizeUrl: string): string | undefined {
  try {
    return new URL(authorizeUrl).searchParams.get('state') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The part of the final redirect URL MSAL parses: the fragment (response_mode=fragment, MSAL's
 * default) or, failing that, the query. Undefined when neither holds an OAuth response.
 */
export function responseFragment(responseUrl: string | undefined): string | undefined {
  if (!responseUrl) return undefined;
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return undefined;
  }
  const candidates = [url.hash, url.search];
  for (const part of candidates) {
    if (part.length > 1 && /(^|[#?&])(code|error|state)=/.test(part)) return `#${part.slice(1)}`;
  }
  return undefined;
}

/**
 * A response that tells MSAL its pending request was abandoned. MSAL otherwise keeps
 * `interaction_in_progress` set when the sign-in window is closed, and every later sign-in fails
 * with interaction_in_progress until the page's session storage is cleared.
 */
export function cancelFragment(state: string): string {
  return `#error=user_cancelled&error_description=${encodeURIComponent('The sign-in window was closed.')}&state=${encodeURIComponent(state)}`;
}

export type WebAuthFlowFailure = 'cancelled' | 'unreachable' | 'interaction-required' | 'failed';

/**
 * Classifies a `launchWebAuthFlow` rejection. Chromium words them as sentences:
 * "The user did not approve access." (window closed), "Authorization page could not be loaded."
 * (network, DNS, or a missing `identity` permission), "User interaction required." (interactive:false).
 */
export function classifyWebAuthFlowError(error: unknown): WebAuthFlowFailure {
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/did not approve|user cancel|closed|canceled|cancelled/i.test(message)) return 'cancelled';
  if (/could not be loaded|net::|ERR_/i.test(message)) return 'unreachable';
  if (/interaction required/i.test(message)) return 'interaction-required';
  return 'failed';
}
