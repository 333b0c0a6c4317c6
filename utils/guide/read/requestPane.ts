/**
 * The "Request API permissions" pane: which stage it shows (the API list, or Graph's
 * permissions), which permission type is chosen, the filter, and the three roles' rows
 * (entered by checkbox or by a selectable row with a label, as the live pane has them).
 *
 * The pane is found as an open dialog holding its controls; in a frame that renders only the
 * pane there is no dialog, and the controls are looked for in the whole document.
 */
import { REQUIRED_GRAPH_ROLES } from '../../steps';
import { normalizeText, visibleText } from '../../dom/visibleText';
import type { RequiredGraphRole } from '../subSteps';
import { foldPhraseText, matchesPhrase } from '../phrases';
import { BUTTONISH, collectCandidates, findControl, findControls } from '../dom/findControl';
import { hasOnOffState, isOn } from '../dom/controlState';
import { fieldLabels } from '../dom/fieldLabels';
import { isShown } from '../dom/isShown';
import { labelledByText } from '../dom/texts';
import { findDialog } from './dialogs';
import { queryAll } from '../dom/queryCache';

export type PermissionKind = 'application' | 'delegated' | 'none' | 'unknown';

export interface RoleRow {
  ticked: boolean;
  /** What to highlight: the visible label when there is one (Fluent hides the native box). */
  element: HTMLElement;
}

export interface RequestPane {
  scope: ParentNode;
  stage: 'apis' | 'permissions';
  graphTile?: HTMLElement;
  applicationButton?: HTMLElement;
  delegatedButton?: HTMLElement;
  kind: PermissionKind;
  filter?: HTMLInputElement;
  /** Rows of the required roles the admin can see now. */
  roles: Map<RequiredGraphRole, RoleRow>;
  /** The expander of a collapsed permission group ("Mail", "User"), by group name. */
  collapsedGroup: (group: string) => HTMLElement | undefined;
  submit?: HTMLElement;
}

/** Permission-type choices (buttons, radios, tabs) and API tiles (buttons, list items). */
const CHOICE_OR_TILE = `${BUTTONISH}, [role="radio"], [role="tab"], [role="option"], [role="listitem"], input[type="radio"]`;
const CHECKBOX = 'input[type="checkbox"], [role="checkbox"]';
const ROW = '[role="row"], tr';
const SELECTABLE_ROW = '[role="row"][aria-selected]';

function inRow(el: Element): boolean {
  return el.closest(ROW) !== null;
}

function findFilter(scope: ParentNode): HTMLInputElement | undefined {
  return queryAll<HTMLInputElement>(scope, 'input:not([type="checkbox"]):not([type="radio"])').find(
    (input) => isShown(input) && fieldLabels(input).some((t) => matchesPhrase(t, 'filterPermissions')),
  );
}

function paneParts(scope: ParentNode, isWholeDocument: boolean) {
  // Without a dialog around the pane, the blade's grid cells and help links are not choices.
  const exclude = isWholeDocument ? (el: Element) => inRow(el) || el.matches('a[href]') : undefined;
  // One query serves the three look-ups: this runs on every mutation batch of the blade.
  const candidates = collectCandidates(scope, CHOICE_OR_TILE);
  const applicationButton = findControl(scope, 'applicationPermissions', { candidates, ...(exclude && { exclude }) });
  const delegatedButton = findControl(scope, 'delegatedPermissions', { candidates, ...(exclude && { exclude }) });
  const filter = findFilter(scope);
  const graphTile = findControl(scope, 'microsoftGraph', { candidates, exclude: inRow });
  return { applicationButton, delegatedButton, filter, graphTile };
}

function kindOf(application?: HTMLElement, delegated?: HTMLElement): PermissionKind {
  if (application && isOn(application)) return 'application';
  if (delegated && isOn(delegated)) return 'delegated';
  const stateful = [application, delegated].some((el) => el && hasOnOffState(el));
  return stateful ? 'none' : 'unknown';
}

function namesOf(checkbox: HTMLElement, container: Element): string[] {
  const names = [checkbox.getAttribute('aria-label'), labelledByText(checkbox)];
  for (const label of (checkbox as HTMLInputElement).labels ?? []) names.push(visibleText(label));
  for (const label of container.querySelectorAll('label')) names.push(visibleText(label));
  const firstCell = container.querySelector('[role="gridcell"], [role="rowheader"], td');
  if (firstCell) names.push(visibleText(firstCell));
  return names.filter((n): n is string => !!n).map(normalizeText);
}

/** "Mail.ReadWrite" or "Mail.ReadWrite Read and write mail…", never "Mail.ReadWrite.Shared". */
function namesRole(name: string, role: string): boolean {
  return name === role || name.startsWith(`${role} `);
}

/** Ticked as the live pane shows it: aria-selected on the row, or a "selected" check icon. */
function rowTicked(row: Element): boolean {
  if (row.getAttribute('aria-selected') === 'true') return true;
  const icon = row.querySelector('[aria-label="selected" i], [aria-label="unselected" i]');
  return icon?.getAttribute('aria-label')?.toLowerCase() === 'selected';
}

/**
 * The required roles' rows. Two ways in: a checkbox (its row, or its label), and, since the
 * live pane's rows carry aria-selected and a <label> naming the permission but no checkbox
 * element, a selectable row with such a label. The configured grid is never the pane: its
 * names are links, not labels.
 */
function readRoles(scope: ParentNode): Map<RequiredGraphRole, RoleRow> {
  const roles = new Map<RequiredGraphRole, RoleRow>();
  const rowsWithoutBox = Array.from(scope.querySelectorAll<HTMLElement>(SELECTABLE_ROW)).filter((row) => !row.querySelector(CHECKBOX));
  for (const entry of [...scope.querySelectorAll<HTMLElement>(CHECKBOX), ...rowsWithoutBox]) {
    const box = entry.matches(CHECKBOX) ? entry : undefined;
    const row = entry.closest<HTMLElement>(ROW);
    const container = row ?? entry.closest('label')?.parentElement ?? entry.parentElement;
    if (!container || !isShown(container)) continue;
    const labels = [...((box as HTMLInputElement | undefined)?.labels ?? []), ...container.querySelectorAll<HTMLElement>('label')];
    const names = box ? namesOf(box, container) : labels.map((l) => normalizeText(visibleText(l)));
    const role = REQUIRED_GRAPH_ROLES.find((r) => !roles.has(r) && names.some((n) => namesRole(n, r)));
    if (!role) continue;
    const label = labels.find((l) => namesRole(normalizeText(visibleText(l)), role)) ?? (box as HTMLInputElement | undefined)?.labels?.[0];
    roles.set(role, {
      ticked: (!!box && isOn(box)) || (row !== null && rowTicked(row)),
      element: label && isShown(label) ? label : (box ?? entry),
    });
  }
  return roles;
}

const EXPANDER = 'button[aria-expanded="false"], [role="button"][aria-expanded="false"]';

function collapsedGroupFinder(scope: ParentNode): (group: string) => HTMLElement | undefined {
  const headers = Array.from(scope.querySelectorAll<HTMLElement>('[aria-expanded="false"]')).filter(isShown);
  return (group) => {
    const folded = foldPhraseText(group);
    const header = headers.find((candidate) => {
      const text = foldPhraseText(visibleText(candidate.closest(ROW) ?? candidate));
      return text.startsWith(folded) && !/^[\p{L}\p{N}]/u.test(text.slice(folded.length));
    });
    // In a Fluent DetailsList a click on a group's header row selects the whole group; its
    // expand button only expands it. Point at the button when the row has one.
    return header?.querySelector<HTMLElement>(EXPANDER) ?? header;
  };
}

export function readRequestPane(root: Document | ShadowRoot): RequestPane | undefined {
  const dialog = findDialog(root, (d) => {
    const parts = paneParts(d, false);
    return !!(parts.applicationButton || parts.delegatedButton || parts.filter || parts.graphTile);
  });
  const scope: ParentNode = dialog ?? root;
  const parts = paneParts(scope, !dialog);
  const permissionsStage = !!(parts.applicationButton || parts.delegatedButton || parts.filter);
  if (!permissionsStage && !parts.graphTile) return undefined;
  const submits = findControls(scope, 'addPermissions');
  return {
    scope,
    stage: permissionsStage ? 'permissions' : 'apis',
    graphTile: parts.graphTile,
    applicationButton: parts.applicationButton,
    delegatedButton: parts.delegatedButton,
    kind: kindOf(parts.applicationButton, parts.delegatedButton),
    filter: parts.filter,
    roles: permissionsStage ? readRoles(scope) : new Map(),
    collapsedGroup: collapsedGroupFinder(scope),
    // The pane's button is last: in a frame without a dialog, the blade's own
    // "Add a permission" (same words in Japanese) comes first in the toolbar.
    submit: submits.at(-1),
  };}
