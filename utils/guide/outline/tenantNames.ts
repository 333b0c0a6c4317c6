/**
 * The tenant's display name as a page shows it, found through the phrases that embed it
 * ("Granted for Contoso", "Grant admin consent for Contoso", "Single tenant only - Contoso",
 * "Other permissions granted for Contoso") in every language, and the onmicrosoft.com domain.
 * The outline replaces every occurrence of what is found here.
 */
import { PHRASE_TABLES } from '../phraseTables';
import { ORG } from '../phraseTables/modes';

const EXTRA_TEMPLATES = [`Single tenant only - ${ORG}`, `Accounts in this organizational directory only (${ORG} only - Single tenant)`];
/** Inside longer sentences: the consent confirmation's body. */
const IN_SENTENCE = [/for all accounts in (.+?)\?/i];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function templates(): string[] {
  const found = [...EXTRA_TEMPLATES];
  for (const table of Object.values(PHRASE_TABLES)) {
    found.push(...table.grantedFor, ...table.notGrantedFor, ...table.grantAdminConsent);
    for (const prefix of table.otherPermissionsGrantedFor) found.push(prefix.includes(ORG) ? prefix : `${prefix} ${ORG}`);
  }
  return found;
}

let compiled: RegExp[] | undefined;

function patterns(): RegExp[] {
  return (compiled ??= [...new Set(templates())].map((template) => {
    const [before = '', after = ''] = template.split(ORG);
    const part = (text: string) => escapeRegExp(text.trim()).replace(/\s+/g, '\\s*');
    return new RegExp(`^\\s*${part(before)}\\s*(.+?)\\s*${part(after)}\\s*$`, 'iu');
  }));
}

/** Tenant names in one short text (a label, a button's name, a cell). */
export function tenantNamesIn(text: string): string[] {
  const names: string[] = [];
  if (text.length > 300) return names;
  for (const pattern of [...patterns(), ...IN_SENTENCE]) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name && name.length >= 2) names.push(name);
  }
  for (const match of text.matchAll(/\b([a-z0-9-]+)\.onmicrosoft\.com\b/gi)) names.push(match[1]!);
  return names;
}
