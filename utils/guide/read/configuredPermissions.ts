/**
 * The "Configured permissions" table on API permissions: which permissions the app has, of
 * which type, and whether consent is granted. Rows are recognised by content (a dotted
 * permission name plus a type cell), not by column position, which differs between the classic
 * grid and the React one. Only the configured grid counts: a tenant that granted permissions the
 * app does not configure gets a second grid, "Other permissions granted for <tenant>", whose
 * rows look the same.
 */
import { REQUIRED_GRAPH_ROLES } from '../../steps';
import { matchesPhrase } from '../phrases';
import { cellTexts, dataRows, inBigGrid } from './grid';
import { insideDialog } from './dialogs';
import { titleAround } from './gridTitle';

export interface ConfiguredPermission {
  name: string;
  type?: 'application' | 'delegated';
  status?: 'granted' | 'not-granted';
  row: HTMLElement;
}

const PERMISSION_NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/;
const HAS_PERMISSION_NAME = /[A-Za-z][A-Za-z0-9]*\.[A-Za-z0-9]/;

type Grid = 'configured' | 'other' | 'untitled';

function gridOf(row: Element): Grid {
  const title = titleAround(row);
  if (matchesPhrase(title, 'otherPermissionsGrantedFor')) return 'other';
  return matchesPhrase(title, 'configuredPermissions') ? 'configured' : 'untitled';
}

export function readConfiguredPermissions(root: ParentNode): ConfiguredPermission[] {
  const permissions: ConfiguredPermission[] = [];
  // An app configures a handful of permissions: a big grid beside them is some live list.
  const rows = dataRows(root, (r) => insideDialog(r) || inBigGrid(r), (r) => HAS_PERMISSION_NAME.test(r.textContent ?? '')).map((row) => ({ row, grid: gridOf(row) }));
  // A grid titled "Configured permissions" is the one; without titles, any grid but the other one.
  const wanted: Grid[] = rows.some((r) => r.grid === 'configured') ? ['configured'] : ['configured', 'untitled'];
  for (const { row } of rows.filter((r) => wanted.includes(r.grid))) {
    const texts = cellTexts(row);
    const name = texts.map((t) => t.split(' ')[0] ?? '').find((t) => PERMISSION_NAME.test(t));
    if (!name) continue;
    const type = texts.some((t) => matchesPhrase(t, 'typeApplication'))
      ? 'application'
      : texts.some((t) => matchesPhrase(t, 'typeDelegated'))
        ? 'delegated'
        : undefined;
    if (!type) continue;
    const status = texts.some((t) => matchesPhrase(t, 'notGrantedFor'))
      ? 'not-granted'
      : texts.some((t) => matchesPhrase(t, 'grantedFor'))
        ? 'granted'
        : undefined;
    permissions.push({ name, type, ...(status ? { status } : {}), row });
  }
  return permissions;
}

function requiredApplicationRows(permissions: readonly ConfiguredPermission[]): ConfiguredPermission[] {
  return permissions.filter(
    (p) => p.type === 'application' && (REQUIRED_GRAPH_ROLES as readonly string[]).includes(p.name),
  );
}

/** Roles already configured with type Application. */
export function configuredApplicationRoles(permissions: readonly ConfiguredPermission[]): Set<string> {
  return new Set(requiredApplicationRows(permissions).map((p) => p.name));
}

export function allRequiredConfigured(permissions: readonly ConfiguredPermission[]): boolean {
  const configured = configuredApplicationRoles(permissions);
  return REQUIRED_GRAPH_ROLES.every((role) => configured.has(role));
}

export function allRequiredGranted(permissions: readonly ConfiguredPermission[]): boolean {
  const rows = requiredApplicationRows(permissions);
  return allRequiredConfigured(permissions) && rows.every((p) => p.status === 'granted');
}

export function requiredNotGranted(permissions: readonly ConfiguredPermission[]): ConfiguredPermission[] {
  return requiredApplicationRows(permissions).filter((p) => p.status !== 'granted');
}
