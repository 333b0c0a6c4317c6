/**
 * The TonicDM setup as data: the single source of truth read by the side-panel checklists,
 * the page overlay (which blade a step lives on) and Graph verification (what "done" means).
 * Two flows share the model: the first setup, and the renewal of its client secret before it
 * expires (TonicDM's "Update Now"), which repeats part of the setup and then removes the old
 * secret.
 */
import { i18n } from '#i18n';
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

/** A step's key in the `steps` messages (locales/*.yml). */
type StepWordsKey =
  | 'register'
  | 'copyIds'
  | 'apiPermissions'
  | 'adminConsent'
  | 'clientSecret'
  | 'tonicdmSetup'
  | 'assignmentRequired'
  | 'assignUsers'
  | 'scopeMailboxes'
  | 'renewOpen'
  | 'renewNewSecret'
  | 'renewFill'
  | 'renewGo'
  | 'renewRemoveOld';

/** A step as written below: its words named by their message key, and what its action quotes. */
interface StepSource<Id extends AnyStepId> extends Omit<Step<Id>, 'title' | 'action' | 'doneWhen'> {
  words: readonly [key: StepWordsKey, actionQuotes?: readonly string[]];
}

/**
 * The step with its words in the browser's language. They are read when shown, not when this
 * module loads, so code outside the extension (tests, scripts) can import the ids and names.
 */
function withWords<Id extends AnyStepId>({ words: [key, actionQuotes = []], ...step }: StepSource<Id>): Step<Id> {
  // Keys built from StepWordsKey; tests/unit/setup/stepWords.test.ts reads each one in every language.
  const t = i18n.t as (key: string, substitutions?: string[]) => string;
  return Object.defineProperties(step, {
    title: { enumerable: true, get: () => t(`steps.${key}.title`) },
    action: { enumerable: true, get: () => t(`steps.${key}.action`, [...actionQuotes]) },
    doneWhen: { enumerable: true, get: () => t(`steps.${key}.doneWhen`) },
  }) as Step<Id>;
}

/**
 * Built by a pure call, so page scripts that need only the ids and names above carry neither the
 * steps nor the message lookup.
 */
export const STEPS: readonly Step[] = /* @__PURE__ */ setupSteps();

function setupSteps(): readonly Step[] {
  const sources: readonly StepSource<StepId>[] = [
    {
      id: 'register',
      words: ['register', [APP_NAME]],
      blades: ['app-list', 'app-create'],
      site: 'entra',
      portalLinks: ['app-create'],
    },
    {
      id: 'copy-ids',
      words: ['copyIds'],
      blades: ['app-overview'],
      site: 'entra',
      portalLinks: ['app-overview'],
    },
    {
      id: 'api-permissions',
      words: ['apiPermissions', [REQUIRED_GRAPH_ROLES.join(', ')]],
      blades: ['app-api-permissions'],
      site: 'entra',
      portalLinks: ['app-api-permissions'],
    },
    {
      id: 'admin-consent',
      words: ['adminConsent'],
      blades: ['app-api-permissions'],
      site: 'entra',
      portalLinks: ['app-api-permissions'],
    },
    {
      id: 'client-secret',
      words: ['clientSecret', [SECRET_DESCRIPTION]],
      blades: ['app-credentials'],
      site: 'entra',
      portalLinks: ['app-credentials'],
    },
    {
      id: 'tonicdm-setup',
      words: ['tonicdmSetup'],
      blades: [],
      site: 'tonicdm',
    },
    {
      id: 'assignment-required',
      words: ['assignmentRequired'],
      blades: ['enterprise-list', 'enterprise-overview', 'enterprise-properties'],
      site: 'entra',
      portalLinks: ['enterprise-properties', 'enterprise-list'],
    },
    {
      id: 'assign-users',
      words: ['assignUsers'],
      blades: ['enterprise-users'],
      site: 'entra',
      portalLinks: ['enterprise-users', 'enterprise-list'],
    },
    {
      id: 'scope-mailboxes',
      words: ['scopeMailboxes'],
      blades: [],
      site: 'exchange',
      optional: true,
    },
  ];
  return sources.map(withWords);
}

/**
 * Renewing the client secret before it expires: TonicDM's renewal guide (a new secret named with
 * the month and year, the longest lifetime, "Update Now", Go), then the old secret removed once
 * TonicDM uses the new one. The new secret's description is made by renewedSecretName
 * (utils/graph/secretName.ts), the same as a rotation through Microsoft Graph names it.
 */
export const RENEWAL_STEPS: readonly Step<RenewalStepId>[] = /* @__PURE__ */ renewalSteps();

function renewalSteps(): readonly Step<RenewalStepId>[] {
  const sources: readonly StepSource<RenewalStepId>[] = [
    {
      id: 'renew-open',
      words: ['renewOpen'],
      blades: ['app-credentials'],
      site: 'entra',
    },
    {
      id: 'renew-new-secret',
      words: ['renewNewSecret', [SECRET_DESCRIPTION]],
      blades: ['app-credentials'],
      site: 'entra',
    },
    {
      id: 'renew-fill',
      words: ['renewFill'],
      blades: [],
      site: 'tonicdm',
    },
    {
      id: 'renew-go',
      words: ['renewGo'],
      blades: [],
      site: 'tonicdm',
    },
    {
      id: 'renew-remove-old',
      words: ['renewRemoveOld'],
      blades: ['app-credentials'],
      site: 'entra',
    },
  ];
  return sources.map(withWords);
}

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
