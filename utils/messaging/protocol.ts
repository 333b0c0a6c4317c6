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
    /** The document's language, a hint for reading the expiry (the frame's `l=` comes first). */
    locale: z.string().max(40).optional(),
  }),
  z.object({ type: z.literal('portal/secret-masked'), description: shortText.optional() }),
  z.object({ type: z.literal('portal/guide-dismissed') }),
  z.object({ type: z.literal('portal/load-guide') }),
  // The page guide: a frame's claim on the tab's one pointer (0 none … 3 open work), an Esc the
  // page did not use, and its words (callouts, and phrases in the page's languages).
  z.object({ type: z.literal('portal/guide-claim'), rank: z.number().int().min(0).max(3) }),
  z.object({ type: z.literal('portal/guide-escape') }),
  z.object({ type: z.literal('portal/guide-words'), lang: z.string().max(40) }),
  z.object({
    type: z.literal('portal/observation'),
    completed: z.array(stepId).max(STEP_IDS.length),
    wrongTurns: z
      .array(z.object({ id: z.string().max(60), severity: z.enum(['error', 'warning', 'info']), message: z.string().max(400), fix: z.string().max(400) }))
      .max(20),
  }),
]);
export type PortalMessage = z.input<typeof portalMessageSchema>;

/**
 * The background's answer to a value or observation. `retry`: the frame was not (yet) seen on
 * screen as the tab's blade; it may send again shortly.
 */
export interface PortalReply {
  ok: boolean;
  retry?: boolean;
}

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
  // The admin's answer to "A different … appeared on <blade>: use it?".
  z.object({ type: z.literal('panel/accept-offer'), id: z.string().max(120) }),
  z.object({ type: z.literal('panel/decline-offer'), id: z.string().max(120) }),
  // The admin's reading of an expiry date that reads two ways.
  z.object({ type: z.literal('panel/pick-expiry'), appId: guid, iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  // The secret was copied from the panel: clear the clipboard in 60 s if it still holds it.
  z.object({ type: z.literal('panel/secret-copied'), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ type: z.literal('panel/page-outline') }),
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
  // Marks one setup archived (its app was deleted from the tenant, or the admin set it aside), or live again.
  z.strictObject({
    type: z.literal('panel/archive-setup'),
    appId: guid,
    archived: z.boolean(),
    reason: z.enum(['app-deleted', 'admin']).optional(),
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

/** Tells a portal frame whether its guide pointer is the one the tab shows. */
export interface GuideTurn {
  type: 'guide/turn';
  show: boolean;
  /** Of the decision (see utils/background/guideArbiter.ts): only the newest counts. */
  version: number;
}
