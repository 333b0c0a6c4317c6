/**
 * Turns the options page's two Graph fields into an MSAL configuration, or into the sentence the
 * side panel shows when they cannot work.
 */
import { i18n } from '#i18n';
import { isGuid } from '../values/guid';

export const DEFAULT_GRAPH_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export type GraphAuthConfig =
  | { ok: true; clientId: string; authority: string }
  | { ok: false; reason: string };


export function graphAuthConfig(options: { graphClientId?: string; graphAuthority?: string }): GraphAuthConfig {
  const clientId = (options.graphClientId ?? '').trim();
  if (!clientId) return { ok: false, reason: i18n.t('graphAuthConfig.noApp') };
  if (!isGuid(clientId)) return { ok: false, reason: i18n.t('graphAuthConfig.notClientId', [clientId]) };
  const authority = (options.graphAuthority ?? '').trim().replace(/\/+$/, '') || DEFAULT_GRAPH_AUTHORITY;
  let url: URL;
  try {
    url = new URL(authority);
  } catch {
    return { ok: false, reason: i18n.t('graphAuthConfig.notUrl', [authority, DEFAULT_GRAPH_AUTHORITY]) };
  }
  if (url.protocol !== 'https:' || url.pathname.split('/').filter(Boolean).length !== 1) {
    return { ok: false, reason: i18n.t('graphAuthConfig.badShape', [authority]) };
  }
  return { ok: true, clientId: clientId.toLowerCase(), authority: `${url.origin}${url.pathname}` };
}
