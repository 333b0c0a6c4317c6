/**
 * The record as Markdown: pasted into a change ticket, rendered by the ticket system, or read as
 * plain text (the panel shows it so, and prints it). Names come from the tenant, where any member
 * can choose their display name, so free text is escaped: a name cannot become a link, an image
 * or a table row.
 */
import type { SetupRecord } from './buildSetupRecord';
import { RECORD_TEXT as T } from './recordText';

/** Free text as inline Markdown: one line, no markup. */
export function mdText(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .trim();
}

/** Identifiers (GUIDs, hints) as code spans: readable and never markup. */
function code(value: string): string {
  return `\`${value.replace(/`/g, '')}\``;
}

/** "2026-12-03 13:05 UTC": unambiguous in a ticket read anywhere. */
export function utcTime(isoTime: string): string {
  return `${isoTime.slice(0, 10)} ${isoTime.slice(11, 16)} UTC`;
}

const orUnknown = (value: string | null, render: (v: string) => string = mdText) => (value ? render(value) : T.unknown);
const yesNo = (value: boolean | null, yes: string = T.yes, no: string = T.no) => (value === null ? T.unknown : value ? yes : no);

/** Whether a step's title already says it is optional, in the record's language. */
function saysOptional(title: string): boolean {
  return title.toLocaleLowerCase().includes(T.steps.optionalWord.toLocaleLowerCase());
}

export function recordMarkdown(record: SetupRecord): string {
  const lines: string[] = [];
  const item = (label: string, value: string) => lines.push(`- ${label}: ${value}`);

  lines.push(`# ${T.title}`, '', T.generated(utcTime(record.generatedAt), mdText(record.generatedBy)), T.noValue, '');

  lines.push(`## ${T.tenant.heading}`, '');
  item(T.tenant.name, orUnknown(record.tenant.name));
  item(T.tenant.id, orUnknown(record.tenant.id, code));
  lines.push('');

  lines.push(`## ${T.app.heading}`, '');
  item(T.app.name, orUnknown(record.app.name));
  item(T.app.clientId, record.app.clientId ? code(record.app.clientId) : T.notCaptured);
  item(T.app.objectId, orUnknown(record.app.objectId, code));
  item(T.app.servicePrincipal, orUnknown(record.app.servicePrincipalObjectId, code));
  lines.push('');

  lines.push(`## ${T.permissions.heading}`, '');
  lines.push(`| ${T.permissions.columns.join(' | ')} |`, `|${T.permissions.columns.map(() => '---').join('|')}|`);
  for (const p of record.permissions) {
    lines.push(`| ${p.name} | ${T.permissions.type[p.type]} | ${yesNo(p.added, T.permissions.added, T.permissions.notAdded)} | ${yesNo(p.adminConsent, T.permissions.granted, T.permissions.notGranted)} |`);
  }
  if (record.permissionsSource) lines.push('', T.sourceNote(T.source[record.permissionsSource]));
  lines.push('');

  lines.push(`## ${T.secret.heading}`, '');
  item(T.secret.description, orUnknown(record.secret.description));
  item(
    T.secret.expires,
    record.secret.expires ? `${record.secret.expires}${record.secret.daysLeft === null ? '' : ` (${T.secret.daysLeft(record.secret.daysLeft)})`}` : T.notCaptured,
  );
  item(T.secret.hint, orUnknown(record.secret.hint, code));
  item(T.secret.keyId, orUnknown(record.secret.keyId, code));
  lines.push('');

  lines.push(`## ${T.access.heading}`, '');
  item(T.access.assignmentRequired, yesNo(record.assignmentRequired));
  if (record.assignees) {
    if (record.assignees.length === 0) item(T.access.assignees, T.access.none);
    else {
      lines.push(`- ${T.access.assignees}:`);
      for (const a of record.assignees) lines.push(`  - ${T.access.type[a.type]}: ${mdText(a.name)}`);
      const total = record.assigneeCount ?? record.assignees.length;
      if (total > record.assignees.length) lines.push(`  - ${T.access.more(record.assignees.length, total)}`);
    }
  } else item(T.access.assignees, record.assigneesSource === 'checklist' ? T.access.atLeastOne : T.unknown);
  lines.push('');

  lines.push(`## ${T.steps.heading}`, '');
  for (const step of record.steps) {
    // The step model's own title may already say so ("Optional: …").
    const title = `${mdText(step.title)}${step.optional && !saysOptional(step.title) ? ` ${T.steps.optional}` : ''}`;
    if (!step.done || !step.at) {
      lines.push(`- [ ] ${title}: ${T.steps.notDone}`);
      continue;
    }
    const how = T.steps.how(step.source, step.by ? mdText(step.by) : null);
    lines.push(`- [x] ${title}: ${utcTime(step.at)}${how ? `, ${how}` : ''}`);
  }
  lines.push('');

  lines.push(`## ${T.graph.heading}`, '');
  lines.push(record.graphCheck ? T.graph.lastCheck(utcTime(record.graphCheck.at), record.graphCheck.by ? mdText(record.graphCheck.by) : null) : T.graph.never);
  return `${lines.join('\n')}\n`;
}
