/**
 * Turns the options page's two Graph fields into an MSAL configuration, or into the sentence the
 * side panel shows when they cannot work.
 */
import { isGuid } from '../values/guid';

export const DEFAULT_GRAPH_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export type GraphAuthConfig =
  | { ok: true; clientId: string; authority: string }
  | { ok: false; reason: string };

const HOW_TO_SET = 'Open the extension options, enter the Application (client) ID of the sign-in app under "Microsoft Graph sign-in", and Save. The options page shows how to register that app once.';

export function graphAuthConfig(options: { graphClientId?: string; graphAuthority?: string }): GraphAuthConfig {
  const clientId = (options.graphClientId ?? '').trim();
  if (!clientId) return { ok: false, reason: `No sign-in app is configured. ${HOW_TO_SET}` };
  if (!isGuid(clientId)) return { ok: false, reason: `"${clientId}" is not an Application (client) ID. ${HOW_TO_SET}` };
  const authority = (options.graphAuthority ?? '').trim().replace(/\/+$/, '') || DEFAULT_GRAPH_AUTHORITY;
  let url: URL;
  try {
    url = new URL(authority);
  } catch {
    return { ok: false, reason: `The authority "${authority}" is not a URL; use ${DEFAULT_GRAPH_AUTHORITY} or https://login.microsoftonline.com/<tenant ID>.` };
  }
  if (url.protocol !== 'https:' || url.pathname.split('/').filter(Boolean).length !== 1) {
    return { ok: false, reason: `The authority "${authority}" must look like https://login.microsoftonline.com/<tenant ID or organizations>.` };
  }
  return { ok: true, clientId: clientId.toLowerCase(), authority: `${url.origin}${url.pathname}` };
}
