/**
 * The enterprise app's blades: the list (the type filter, once a search for the app shows nothing
 * under it), Properties ("Assignment required?" saved as Yes), Users and groups (an assignment).
 */
import { findAppLink, findAppSearchBox, findTypeFilterChip, searchesForApp } from '../read/enterpriseList';
import { readAssignmentRequired } from '../read/assignmentRequired';
import { assignmentRows } from '../read/userAssignments';
import { wrongTurn } from '../guideWords';
import type { PageObserver } from '../bladeGuide';

export const observeEnterpriseList: PageObserver = (root, seen, app) => {
  const search = findAppSearchBox(root);
  if (!search || !searchesForApp(search, app) || findAppLink(root, app)) return;
  if (findTypeFilterChip(root)) seen.wrongTurns.push(wrongTurn('enterprise-filter-hides-app'));
};

/** Per control: the value last read, and whether a Yes chosen on this page has yet to show Save enabled. */
const readBefore = new WeakMap<HTMLElement, { value: boolean | undefined; awaitingSave: boolean }>();

/**
 * A Yes read on arrival with Save disabled is saved. A Yes the admin just chose counts only once
 * Save has been seen enabled (the change pending) and then disabled again: a toolbar that lays
 * itself out a frame later (Fluent's command bar measures before it redraws) shows the old,
 * disabled Save beside the new Yes for a moment.
 */
export function assignmentSaved(reading: ReturnType<typeof readAssignmentRequired>): boolean {
  if (!reading) return false;
  const before = readBefore.get(reading.yes);
  const changed = !!before && before.value !== reading.value;
  const awaitingSave = reading.saveEnabled ? false : changed ? reading.value === true : !!before?.awaitingSave;
  readBefore.set(reading.yes, { value: reading.value, awaitingSave });
  return reading.saved && !awaitingSave;
}

export const observeProperties: PageObserver = (root, seen) => {
  if (assignmentSaved(readAssignmentRequired(root))) seen.completed.push('assignment-required');
};

export const observeUsers: PageObserver = (root, seen) => {
  if (assignmentRows(root).length > 0) seen.completed.push('assign-users');
};
