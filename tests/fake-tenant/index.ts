/** The fake tenant's public surface for unit tests. Playwright specs import routeFakeTenant from playwrightRoutes.ts. */
export { ALL_DELEGATED_SCOPES, createFakeTenant, defaultSwitches } from './createFakeTenant';
export { AuthorizeRequestError, authorizeRedirectFor, type AuthorizeRedirectOptions } from './authorizeRedirectFor';
export { FAKE_TENANT_DEFAULTS, DEMO_GROUPS, DEMO_USERS } from './defaults';
export {
  DEFAULT_ACCESS_ROLE_ID,
  DIRECTORY_ROLE_TEMPLATES,
  GRAPH_APP_ROLE_IDS,
  GRAPH_DELEGATED_SCOPE_IDS,
  MICROSOFT_GRAPH_APP_ID,
} from './graphSeed';
export { decodeTestToken, mintTestToken } from './testTokens';
export type * from './types';
