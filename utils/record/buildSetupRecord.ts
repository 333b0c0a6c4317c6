/**
 * The record of a setup for the change ticket, as data: what was set up in which tenant, the secret
 * by identity (description, expiry, hint, key ID), who may sign in, and who did each step and when.
 * Built from the non-secret setup state alone: the secret's Value is not an input, so it cannot
 * appear in the output. Pure, so every rule is a table-driven test; recordMarkdown.ts renders it.
 */
import type { AppRecord, DoneSource, SetupState } from '../setup/setupState';
import { activeApp } from '../setup/setupState';
import { daysLeft } from '../renewal/renewalWindow';
import { REQUIRED_GRAPH_ROLES, STEPS, type StepId } from '../steps';
import type { GraphAssignee, RequiredRole } from './graphSnapshot';

export const RECORD_FORMAT = 'tonicdm-entra-setup-record';

/** Where a fact comes from: Microsoft Graph's answer, or the checklist (the portal page or the admin's tick). */
export type FactSource = 'graph' | 'checklist';

export interface RecordPermission {
  name: RequiredRole;
  type: 'Application';
  /** Added as an application permission; null when not known. */
  added: boolean | null;
  adminConsent: boolean | null;
}

export interface RecordStep {
  id: StepId;
  title: string;
  optional: boolean;
  done: boolean;
  /** ISO-8601 UTC. */
  at: string | null;
  source: DoneSource | null;
  by: string | null;
}

export interface SetupRecord {
  format: typeof RECORD_FORMAT;
  version: 1;
  generatedAt: string;
  generatedBy: string;
  tenant: { name: string | null; id: string | null };
  app: { name: string | null; clientId: string | null; objectId: string | null; servicePrincipalObjectId: string | null };
  permissions: RecordPermission[];
  permissionsSource: FactSource | null;
  secret: {
    description: string | null;
    /** "YYYY-MM-DD". */
    expires: string | null;
    daysLeft: number | null;
    hint: string | null;
    keyId: string | null;
  };
  assignmentRequired: boolean | null;
  assignmentRequiredSource: FactSource | null;
  /** Null when the names are not known (no Graph check); "checklist" as the source then means at least one. */
  assignees: GraphAssignee[] | null;
  /** How many are assigned (the list may be shortened); null when not known. */
  assigneeCount: number | null;
  assigneesSource: FactSource | null;
  steps: RecordStep[];
  graphCheck: { at: string; by: string | null } | null;
}

export interface RecordInput {
  setup: SetupState;
  now: number;
  /** "TonicDM Entra Setup Assistant 0.1.0". */
  generatedBy: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A fact Graph checked, unless the checklist saw the step done after that check. */
function laterOf<T>(graphValue: T | undefined, checkedAt: number | undefined, step: { at: number } | undefined, checklistValue: T): { value: T | null; source: FactSource | null } {
  const stepIsNewer = step !== undefined && (checkedAt === undefined || step.at > checkedAt);
  if (graphValue !== undefined && !(stepIsNewer && graphValue !== checklistValue)) return { value: graphValue, source: 'graph' };
  if (step) return { value: checklistValue, source: 'checklist' };
  return { value: null, source: null };
}

function doneMap(setup: SetupState, app: AppRecord | undefined): AppRecord['done'] {
  return { ...setup.pendingDone, ...(app?.done ?? {}) };
}

export function buildSetupRecord({ setup, now, generatedBy }: RecordInput): SetupRecord {
  const app = activeApp(setup);
  const graph = app?.graph;
  const done = doneMap(setup, app);
  const checkedAt = graph?.checkedAt;
  const checklistStep = (id: StepId) => (done[id] && done[id].source !== 'graph' ? done[id] : undefined);

  const permissions = REQUIRED_GRAPH_ROLES.map((name): RecordPermission => {
    const added = laterOf(graph?.configuredRoles?.includes(name), checkedAt, checklistStep('api-permissions'), true);
    const consent = laterOf(graph?.grantedRoles?.includes(name), checkedAt, checklistStep('admin-consent'), true);
    return { name, type: 'Application', added: added.value, adminConsent: consent.value };
  });
  const permissionsFromGraph = graph?.configuredRoles !== undefined || graph?.grantedRoles !== undefined;
  const permissionsFromChecklist = !!(checklistStep('api-permissions') || checklistStep('admin-consent'));

  const assignment = laterOf(graph?.assignmentRequired, checkedAt, checklistStep('assignment-required'), true);
  const assignees = graph?.assignees;
  const assignStep = checklistStep('assign-users');
  const assigneesFromGraph = assignees !== undefined && !(assignees.length === 0 && assignStep && assignStep.at > (checkedAt ?? 0));

  const expiry = app?.expiry?.iso ?? null;
  return {
    format: RECORD_FORMAT,
    version: 1,
    generatedAt: iso(now),
    generatedBy,
    tenant: { name: app?.tenantName ?? null, id: app?.tenantId ?? null },
    app: {
      name: app?.displayName ?? null,
      clientId: app?.clientId ?? null,
      objectId: graph?.objectId ?? app?.objectId ?? null,
      servicePrincipalObjectId: graph?.servicePrincipalId ?? null,
    },
    permissions,
    permissionsSource: permissionsFromGraph ? 'graph' : permissionsFromChecklist ? 'checklist' : null,
    secret: {
      description: app?.credential?.description ?? null,
      expires: expiry,
      daysLeft: expiry ? (daysLeft(expiry, now) ?? null) : null,
      hint: app?.credential?.hint ?? null,
      keyId: app?.credential?.keyId ?? null,
    },
    assignmentRequired: assignment.value,
    assignmentRequiredSource: assignment.source,
    assignees: assigneesFromGraph ? assignees.map((a) => ({ id: a.id, type: a.type, name: a.name })) : null,
    assigneeCount: assigneesFromGraph ? (graph?.assigneeCount ?? assignees.length) : null,
    assigneesSource: assigneesFromGraph ? 'graph' : assignStep ? 'checklist' : null,
    steps: STEPS.map((step) => {
      const entry = done[step.id];
      return {
        id: step.id,
        title: step.title,
        optional: step.optional === true,
        done: entry !== undefined,
        at: entry ? iso(entry.at) : null,
        source: entry?.source ?? null,
        by: entry?.by ?? null,
      };
    }),
    graphCheck: graph && graph.checkedAt > 0 ? { at: iso(graph.checkedAt), by: graph.checkedBy ?? null } : null,
  };
}

export function recordJson(record: SetupRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
