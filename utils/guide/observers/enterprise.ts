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

export const observeProperties: PageObserver = (root, seen) => {
  if (readAssignmentRequired(root)?.saved) seen.completed.push('assignment-required');
};

export const observeUsers: PageObserver = (root, seen) => {
  if (assignmentRows(root).length > 0) seen.completed.push('assign-users');
};
