/** Every user-visible string of the change-ticket record, in one place for translation. */
import type { DoneSource } from '../setup/setupState';
import type { FactSource } from './buildSetupRecord';

export const RECORD_TEXT = {
  title: 'TonicDM Entra setup record',
  generated: (when: string, by: string) => `Generated ${when} by ${by}.`,
  noValue: "The client secret's Value is deliberately not part of this record: only TonicDM holds it.",
  unknown: 'not known',
  notCaptured: 'not captured yet',
  yes: 'Yes',
  no: 'No',
  tenant: {
    heading: 'Tenant',
    name: 'Name',
    id: 'Directory (tenant) ID',
  },
  app: {
    heading: 'App registration',
    name: 'Name',
    clientId: 'Application (client) ID',
    objectId: 'Object ID (app registration)',
    servicePrincipal: 'Object ID (enterprise application)',
  },
  permissions: {
    heading: 'Microsoft Graph application permissions',
    columns: ['Permission', 'Type', 'Added', 'Admin consent'] as const,
    granted: 'Granted',
    notGranted: 'Not granted',
    added: 'Yes',
    notAdded: 'No',
  },
  secret: {
    heading: 'Client secret',
    description: 'Description',
    expires: 'Expires',
    hint: 'Hint (first three characters)',
    keyId: 'Key ID (Secret ID)',
    daysLeft: (days: number) => (days < 0 ? `expired ${-days} day${days === -1 ? '' : 's'} ago` : days === 0 ? 'expires today' : `in ${days} day${days === 1 ? '' : 's'}`),
  },
  access: {
    heading: 'Who can sign in',
    assignmentRequired: 'Assignment required',
    assignees: 'Assigned users and groups',
    none: 'None',
    atLeastOne: 'At least one (names not read; a Microsoft Graph check lists them)',
    more: (shown: number, total: number) => `… and ${total - shown} more`,
    type: { User: 'User', Group: 'Group' } as const,
  },
  steps: {
    heading: 'Steps',
    notDone: 'not done',
    optional: '(optional)',
    source: { page: 'seen in the Entra admin center', user: 'ticked in the assistant', graph: 'confirmed through Microsoft Graph' } satisfies Record<DoneSource, string>,
    by: (who: string) => `by ${who}`,
  },
  graph: {
    heading: 'Microsoft Graph',
    lastCheck: (when: string, by: string | null) => (by ? `Last checked ${when} by ${by}.` : `Last checked ${when}.`),
    never: 'Not checked through Microsoft Graph; the facts above come from the checklist.',
  },
  source: { graph: 'Microsoft Graph', checklist: 'the checklist' } satisfies Record<FactSource, string>,
  sourceNote: (source: string) => `Source: ${source}.`,
};
