/**
 * Every user-visible string of the change-ticket record, in one place for translation. The record's
 * words follow the browser's language; its data (names, IDs, permission names) and its UTC time
 * stamps stay as they are, so a ticket reads the same facts whoever opens it.
 */
import { i18n } from '#i18n';
import type { DoneSource } from '../setup/setupState';
import type { FactSource } from './buildSetupRecord';

export const RECORD_TEXT = {
  title: i18n.t('recordText.title'),
  generated: (when: string, by: string) => i18n.t('recordText.generated', [when, by]),
  noValue: i18n.t('recordText.noValue'),
  unknown: i18n.t('recordText.unknown'),
  notCaptured: i18n.t('recordText.notCaptured'),
  yes: i18n.t('recordText.yes'),
  no: i18n.t('recordText.no'),
  tenant: {
    heading: i18n.t('recordText.tenant.heading'),
    name: i18n.t('recordText.tenant.name'),
    id: i18n.t('recordText.tenant.id'),
  },
  app: {
    heading: i18n.t('recordText.app.heading'),
    name: i18n.t('recordText.app.name'),
    clientId: i18n.t('recordText.app.clientId'),
    objectId: i18n.t('recordText.app.objectId'),
    servicePrincipal: i18n.t('recordText.app.servicePrincipal'),
  },
  permissions: {
    heading: i18n.t('recordText.permissions.heading'),
    columns: [
      i18n.t('recordText.permissions.permission'),
      i18n.t('recordText.permissions.type'),
      i18n.t('recordText.permissions.added'),
      i18n.t('recordText.permissions.adminConsent'),
    ] as const,
    type: { Application: i18n.t('recordText.permissions.application') } as const,
    granted: i18n.t('recordText.permissions.granted'),
    notGranted: i18n.t('recordText.permissions.notGranted'),
    added: i18n.t('recordText.permissions.isAdded'),
    notAdded: i18n.t('recordText.permissions.notAdded'),
  },
  secret: {
    heading: i18n.t('recordText.secret.heading'),
    description: i18n.t('recordText.secret.description'),
    expires: i18n.t('recordText.secret.expires'),
    hint: i18n.t('recordText.secret.hint'),
    keyId: i18n.t('recordText.secret.keyId'),
    daysLeft: (days: number) =>
      days < 0 ? i18n.t('recordText.secret.expiredAgo', -days) : days === 0 ? i18n.t('recordText.secret.expiresToday') : i18n.t('recordText.secret.inDays', days),
  },
  access: {
    heading: i18n.t('recordText.access.heading'),
    assignmentRequired: i18n.t('recordText.access.assignmentRequired'),
    assignees: i18n.t('recordText.access.assignees'),
    none: i18n.t('recordText.access.none'),
    atLeastOne: i18n.t('recordText.access.atLeastOne'),
    more: (shown: number, total: number) => i18n.t('recordText.access.more', [String(total - shown)]),
    type: { User: i18n.t('recordText.access.user'), Group: i18n.t('recordText.access.group') } as const,
  },
  steps: {
    heading: i18n.t('recordText.steps.heading'),
    notDone: i18n.t('recordText.steps.notDone'),
    optional: i18n.t('recordText.steps.optional'),
    /** The word a step title may already start with ("Optional: …"), so it is not said twice. */
    optionalWord: i18n.t('recordText.steps.optionalWord'),
    /** How a step was seen done, and by whom when known: one phrase, so each language orders it. */
    how: (source: DoneSource | null | undefined, by: string | null | undefined): string => {
      if (!source) return by ? i18n.t('recordText.steps.by', [by]) : '';
      const phrases = {
        page: [i18n.t('recordText.steps.sourcePage'), (who: string) => i18n.t('recordText.steps.sourcePageBy', [who])],
        user: [i18n.t('recordText.steps.sourceUser'), (who: string) => i18n.t('recordText.steps.sourceUserBy', [who])],
        graph: [i18n.t('recordText.steps.sourceGraph'), (who: string) => i18n.t('recordText.steps.sourceGraphBy', [who])],
      } satisfies Record<DoneSource, [string, (who: string) => string]>;
      const [alone, withWho] = phrases[source];
      return by ? withWho(by) : alone;
    },
  },
  graph: {
    heading: i18n.t('recordText.graph.heading'),
    lastCheck: (when: string, by: string | null) => (by ? i18n.t('recordText.graph.lastCheckBy', [when, by]) : i18n.t('recordText.graph.lastCheck', [when])),
    never: i18n.t('recordText.graph.never'),
  },
  source: { graph: i18n.t('recordText.source.graph'), checklist: i18n.t('recordText.source.checklist') } satisfies Record<FactSource, string>,
  sourceNote: (source: string) => i18n.t('recordText.sourceNote', [source]),
};
