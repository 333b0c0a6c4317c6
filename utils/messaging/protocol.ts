/**
 * Every message the extension passes, declared once. Content-script messages are untrusted
 * (a compromised renderer can forge them), so the background parses each with these schemas
 * and drops anything that does not match. Types only are imported by content scripts, which
 * keeps zod out of page bundles.
 */
import { z } from 'zod';
import { REQUIRED_GRAPH_ROLES, STEP_IDS } from '../steps';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i).transform((s) => s.toLowerCase());
const shortText = z.string().max(200);
const stepId = z.enum(STEP_IDS);
const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const requiredRole = z.enum(REQUIRED_GRAPH_ROLES);

/** What a Graph check showed (utils/record/graphSnapshot.ts): ids, names and yes/no facts only. */
const graphSnapshotSchema = z.strictObject({
  checkedAt: z.number().int().nonnegative(),
  checkedBy: shortText.optional(),
  objectId: guid.optional(),
  servicePrincipalId: guid.optional(),
  configuredRoles: z.array(requiredRole).max(REQUIRED_GRAPH_ROLES.length).optional(),
  grantedRoles: z.array(requiredRole).max(REQUIRED_GRAPH_ROLES.length).optional(),
  assignmentRequired: z.boolean().optional(),
  assignees: z.array(z.strictObject({ id: guid, type: z.enum(['User', 'Group']), name: shortText })).max(200).optional(),
  assigneeCount: z.number().int().nonnegative().optional(),
});

/** From portal content scripts (any portal frame). */
export const portalMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('portal/where') }),
  z.object({
    type: z.literal('portal/ids'),
    clientId: guid,
    tenantId: guid,
    objectId: guid.optional(),
    displayName: shortText.optional(),
    singleTenant: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('portal/secret'),
    // Graph: secretText is 16–64 characters; the classifier decides what is acceptable.
    value: z.string().min(16).max(64),
    expiresText: shortText.optional(),
    description: shortText.optional(),
  }),
  z.object({ type: z.literal('portal/secret-masked'), description: shortText.optional() }),
  z.object({ type: z.literal('portal/guide-dismissed') }),
  z.object({ type: z.literal('portal/load-guide') }),
  z.object({
    type: z.literal('portal/observation'),
    completed: z.array(stepId).max(STEP_IDS.length),
    wrongTurns: z
      .array(z.object({ id: z.string().max(60), severity: z.enum(['error', 'warning', 'info']), message: z.string().max(400), fix: z.string().max(400) }))
      .max(20),
  }),
]);
export type PortalMessage = z.input<typeof portalMessageSchema>;

/** From TonicDM content scripts (top frame of the exact TonicDM origin). */
export const tonicdmMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tonicdm/request-fill') }),
  z.object({ type: z.literal('tonicdm/request-confirm') }),
  z.object({ type: z.literal('tonicdm/submitted') }),
]);
export type TonicdmMessage = z.input<typeof tonicdmMessageSchema>;

/** From extension pages (side panel, options). */
export const panelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel/mark-step'), stepId, done: z.boolean(), /** The signed-in admin, when known. */ by: shortText.optional() }),
  z.object({ type: z.literal('panel/forget-secret') }),
  z.object({ type: z.literal('panel/switch-app'), appId: guid }),
  z.object({ type: z.literal('panel/dismiss-notice'), id: z.string().max(80) }),
  z.object({ type: z.literal('panel/reset') }),
  z.object({ type: z.literal('panel/fill-tonicdm') }),
  z.object({ type: z.literal('panel/confirm-fill'), requestId: guid }),
  z.object({ type: z.literal('panel/cancel-fill'), requestId: guid }),
  z.object({ type: z.literal('panel/show-guide') }),
  // What Microsoft Graph verified or created; the background alone writes the setup state.
  z.strictObject({
    type: z.literal('panel/graph-result'),
    appId: guid,
    tenantId: guid,
    displayName: shortText.optional(),
    /** Expiry of the secret the panel just captured from Graph (UTC date). */
    expiryIso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    verifiedSteps: z.array(stepId).max(STEP_IDS.length),
    tenantName: shortText.optional(),
    graph: graphSnapshotSchema.optional(),
    /** The existing secret TonicDM uses, as Graph lists it (identity and expiry; Graph has no Value to give). */
    credential: z
      .strictObject({ keyId: guid, hint: z.string().max(8).optional(), description: shortText.optional(), endIso: dateOnly })
      .optional(),
  }),
]);
export type PanelMessage = z.input<typeof panelMessageSchema>;

/** What a portal frame is told about the tab it lives in. Never carries the secret. */
export interface FrameContext {
  type: 'context';
  inFlow: boolean;
  blade?: import('../portal/bladeKind').BladeKind;
  appId?: string;
  /** The app the admin is setting up, when known (for "different app" and finding rows). */
  activeAppId?: string;
  appName: string;
  doneSteps: string[];
  guideHidden: boolean;
}
