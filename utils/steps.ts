/**
 * The TonicDM setup as data: the single source of truth read by the side-panel checklists,
 * the page overlay (which blade a step lives on) and Graph verification (what "done" means).
 * Two flows share the model: the first setup, and the renewal of its client secret before it
 * expires (TonicDM's "Update Now"), which repeats part of the setup and then removes the old
 * secret.
 */
import type { BladeKind } from './portal/bladeKind';

export const STEP_IDS = [
  'register',
  'copy-ids',
  'api-permissions',
  'admin-consent',
  'client-secret',
  'tonicdm-setup',
  'assignment-required',
  'assign-users',
  'scope-mailboxes',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The renewal flow, in order: a new secret on the same app, into TonicDM, then the old one removed. */
export const RENEWAL_STEP_IDS = ['renew-open', 'renew-new-secret', 'renew-fill', 'renew-go', 'renew-remove-old'] as const;

export type RenewalStepId = (typeof RENEWAL_STEP_IDS)[number];

export const FLOW_IDS = ['setup', 'renewal'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

/** The step ids of each flow. */
export interface FlowStepIds {
  setup: StepId;
  renewal: RenewalStepId;
}

export type AnyStepId = FlowStepIds[FlowId];

export const APP_NAME = 'TonicDM Office 365 Token';
export const SECRET_DESCRIPTION = 'TonicDM Office365 Secret';
export const SECRET_LIFETIME_DAYS = 730;
/** Microsoft Graph application permissions TonicDM needs (app roles on Graph, type Role). */
export const REQUIRED_GRAPH_ROLES = ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'] as const;
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface Step<Id extends AnyStepId = StepId> {
  id: Id;
  title: string;
  /** What the admin does, in one or two sentences. */
  action: string;
  /** What the portal (or TonicDM) shows when the step is done. */
  doneWhen: string;
  /** Blades on which this step is worked; the overlay guides there. */
  blades: readonly BladeKind[];
  /** Where the step happens. */
  site: 'entra' | 'tonicdm' | 'exchange';
  /** Optional steps never block the checklist's "current" marker. */
  optional?: boolean;
  /**
   * Where the panel's "Open in Entra" goes: the step's own blade, then a fallback for when an ID
   * the first one needs is unknown (utils/portal/deepLinks.ts). None for steps outside Entra.
   */
  portalLinks?: readonly BladeKind[];
}

export const STEPS: readonly Step[] = [
  {
    id: 'register',
    title: 'Register the app',
    action: `App registrations → New registration. Name it "${APP_NAME}", keep Supported account types at "Single tenant only" (older portals: "Accounts in this organizational directory only"), leave Redirect URI empty, then Register.`,
    doneWhen: 'The app Overview opens for a single-tenant app (appSignInAudience AzureADMyOrg).',
    blades: ['app-list', 'app-create'],
    site: 'entra',
    portalLinks: ['app-create'],
  },
  {
    id: 'copy-ids',
    title: 'Note the client and tenant IDs',
    action: 'On the app Overview, the assistant reads "Application (client) ID" and "Directory (tenant) ID" for you. Not the Object ID.',
    doneWhen: 'Both GUIDs are captured and the client ID matches the app in the address bar.',
    blades: ['app-overview'],
    site: 'entra',
    portalLinks: ['app-overview'],
  },
  {
    id: 'api-permissions',
    title: 'Add Microsoft Graph application permissions',
    // Pure: keeps the step texts out of page scripts that only need the step ids.
    action: `API permissions → Add a permission → Microsoft Graph → Application permissions → tick ${/* @__PURE__ */ REQUIRED_GRAPH_ROLES.join(', ')} → Add permissions.`,
    doneWhen: 'Configured permissions lists the three permissions with type "Application".',
    blades: ['app-api-permissions'],
    site: 'entra',
    portalLinks: ['app-api-permissions'],
  },
  {
    id: 'admin-consent',
    title: 'Grant admin consent',
    action: 'Click "Grant admin consent for <your organisation>" and confirm with Yes (if asked first about other granted permissions, keep them: "Yes, add other granted permissions…", then "Save and continue"). Needs Global Administrator or Privileged Role Administrator.',
    doneWhen: 'Each of the three permissions shows "Granted for <your organisation>".',
    blades: ['app-api-permissions'],
    site: 'entra',
    portalLinks: ['app-api-permissions'],
  },
  {
    id: 'client-secret',
    title: 'Create the client secret',
    action: `Certificates & secrets → Client secrets → New client secret. Description "${SECRET_DESCRIPTION}", Expires "730 days (24 months)", Add. The assistant captures the Value (shown only once) and its expiry.`,
    doneWhen: 'The new row shows its Value in clear; the Value and expiry are captured.',
    blades: ['app-credentials'],
    site: 'entra',
    portalLinks: ['app-credentials'],
  },
  {
    id: 'tonicdm-setup',
    title: 'Enter the values in TonicDM',
    action: 'TonicDM → Organization Settings → Security Set Up: fill App Secret, Expiry Date, Application (client) ID and Tenant ID (one click here), then press Go.',
    doneWhen: 'Go is pressed on Security Set Up.',
    blades: [],
    site: 'tonicdm',
  },
  {
    id: 'assignment-required',
    title: 'Require assignment',
    action: 'Enterprise apps → All applications → search for the app by name or client ID → open it → Properties → set "Assignment required?" to Yes → Save.',
    doneWhen: '"Assignment required?" shows Yes and Save is no longer enabled (or Yes shows after a reload).',
    blades: ['enterprise-list', 'enterprise-overview', 'enterprise-properties'],
    site: 'entra',
    portalLinks: ['enterprise-properties', 'enterprise-list'],
  },
  {
    id: 'assign-users',
    title: 'Assign users and groups',
    action: 'Users and groups → Add user/group → pick who uses TonicDM → Assign. This limits who can sign in to the app, not which mailboxes it can reach.',
    doneWhen: 'At least one user or group is listed.',
    blades: ['enterprise-users'],
    site: 'entra',
    portalLinks: ['enterprise-users', 'enterprise-list'],
  },
  {
    id: 'scope-mailboxes',
    title: 'Optional: limit mailbox access in Exchange',
    action: 'Application permissions reach every mailbox. An Exchange administrator can limit them with an Application Access Policy or RBAC for Applications.',
    doneWhen: 'Marked done by the admin once the policy is in place.',
    blades: [],
    site: 'exchange',
    optional: true,
  },
];

/**
 * Renewing the client secret before it expires: TonicDM's renewal guide (a new secret named with
 * the month and year, the longest lifetime, "Update Now", Go), then the old secret removed once
 * TonicDM uses the new one. The new secret's description is made by renewedSecretName
 * (utils/graph/secretName.ts), the same as a rotation through Microsoft Graph names it.
 */
export const RENEWAL_STEPS: readonly Step<RenewalStepId>[] = [
  {
    id: 'renew-open',
    title: "Open the app's Certificates & secrets",
    action: 'Open Certificates & secrets of the app TonicDM uses (the link opens it in its own tenant).',
    doneWhen: "The app's Certificates & secrets blade is open.",
    blades: ['app-credentials'],
    site: 'entra',
  },
  {
    id: 'renew-new-secret',
    title: 'Create the new client secret',
    action: `Client secrets → New client secret. Description "${SECRET_DESCRIPTION} <Mon YYYY>" (this month), Expires "730 days (24 months)", Add. The assistant captures the new Value (shown only once) and its expiry.`,
    doneWhen: 'The new row shows its Value in clear; the Value and expiry are captured.',
    blades: ['app-credentials'],
    site: 'entra',
  },
  {
    id: 'renew-fill',
    title: 'Fill "Update Now" in TonicDM',
    action: 'TonicDM → Organization Settings → Security Set Up → "Update Now": one click here fills the new App Secret and Expiry Date (and the IDs, where the form shows them).',
    doneWhen: 'The form shows the new values.',
    blades: [],
    site: 'tonicdm',
  },
  {
    id: 'renew-go',
    title: 'Press Go in TonicDM',
    action: 'Check the values in TonicDM, then press Go. From then on TonicDM uses the new secret.',
    doneWhen: 'Go is pressed on the filled form.',
    blades: [],
    site: 'tonicdm',
  },
  {
    id: 'renew-remove-old',
    title: 'Remove the old secret',
    action: 'Back on Certificates & secrets, delete the OLD secret\'s row (the guide marks it; never the new one). Nothing uses it any more.',
    doneWhen: 'The old row is gone and the new one is listed.',
    blades: ['app-credentials'],
    site: 'entra',
  },
];

/** Every flow's steps, in checklist order. */
export const FLOWS: { readonly [F in FlowId]: readonly Step<FlowStepIds[F]>[] } = { setup: STEPS, renewal: RENEWAL_STEPS };

export function stepById(id: StepId): Step {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export function isRenewalStepId(value: unknown): value is RenewalStepId {
  return typeof value === 'string' && (RENEWAL_STEP_IDS as readonly string[]).includes(value);
}

export type StepStatus = 'todo' | 'current' | 'done';

/** The first required step not done is "current"; optional steps are current only when all else is done. */
export function flowStatuses<F extends FlowId>(flow: F, done: ReadonlySet<FlowStepIds[F]>): Record<FlowStepIds[F], StepStatus> {
  const steps = FLOWS[flow] as readonly Step<FlowStepIds[F]>[];
  const result = {} as Record<FlowStepIds[F], StepStatus>;
  let currentGiven = false;
  const order = [...steps.filter((s) => !s.optional), ...steps.filter((s) => s.optional)];
  for (const step of order) {
    if (done.has(step.id)) result[step.id] = 'done';
    else if (!currentGiven) {
      result[step.id] = 'current';
      currentGiven = true;
    } else result[step.id] = 'todo';
  }
  return result;
}

/** The setup flow's statuses. */
export function stepStatuses(done: ReadonlySet<StepId>): Record<StepId, StepStatus> {
  return flowStatuses('setup', done);
}
