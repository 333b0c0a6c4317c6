/**
 * The side panel's MSAL instance, bound to the browser's identity API. One per sign-in app: a
 * changed client ID or authority in the options starts a fresh instance.
 */
import { browser } from 'wxt/browser';
import { createGraphAuth, type GraphAuth } from './createGraphAuth';

let current: { key: string; auth: GraphAuth } | undefined;

export function browserGraphAuth(config: { clientId: string; authority: string }): GraphAuth {
  const key = `${config.clientId}|${config.authority}`;
  if (current?.key !== key) {
    current = {
      key,
      auth: createGraphAuth({
        ...config,
        redirectUri: browser.identity.getRedirectURL(),
        launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
      }),
    };
  }
  return current.auth;
}
