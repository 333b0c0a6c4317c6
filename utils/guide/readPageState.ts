/**
 * What the page in this frame shows about progress and mistakes. Registration and the IDs are
 * judged from the URL elsewhere; this reads only what the blade's content shows.
 */
import { APP_NAME, REQUIRED_GRAPH_ROLES, type StepId } from '../steps';
import type { BladeKind } from '../portal/bladeKind';
import { findControl } from './dom/findControl';
import { isDisabled } from './dom/controlState';
import { readAppCreateForm } from './read/appCreateForm';
import {
  allRequiredConfigured,
  allRequiredGranted,
  readConfiguredPermissions,
  requiredNotGranted,
} from './read/configuredPermissions';
import { readRequestPane } from './read/requestPane';
import { readSecretPane } from './read/secretPane';
import { findAppLink, findTypeFilterChip, type AppIdentity } from './read/enterpriseList';
import { readAssignmentRequired } from './read/assignmentRequired';
import { assignmentRows } from './read/userAssignments';
import { wrongTurn, type WrongTurn } from './wrongTurns';
import { withQueryCache } from './dom/queryCache';

export interface PageObservation {
  completed: StepId[];
  wrongTurns: WrongTurn[];
}

function appCreate(root: Document | ShadowRoot, seen: PageObservation): void {
  const form = readAppCreateForm(root);
  if (form.accountTypes.some((o) => o.checked && o.type !== 'single')) seen.wrongTurns.push(wrongTurn('not-single-tenant'));
  if (form.redirectUri && form.redirectUri.value.trim() !== '') seen.wrongTurns.push(wrongTurn('redirect-uri-entered'));
}

function apiPermissions(root: Document | ShadowRoot, seen: PageObservation): void {
  const permissions = readConfiguredPermissions(root);
  if (allRequiredConfigured(permissions)) seen.completed.push('api-permissions');
  const granted = allRequiredGranted(permissions);
  if (granted) seen.completed.push('admin-consent');

  const required = REQUIRED_GRAPH_ROLES as readonly string[];
  if (permissions.some((p) => p.type === 'delegated' && required.includes(p.name))) {
    seen.wrongTurns.push(wrongTurn('delegated-instead-of-application'));
  } else if (readRequestPane(root)?.kind === 'delegated') {
    seen.wrongTurns.push(wrongTurn('delegated-selected'));
  }

  if (!granted) {
    const grant = findControl(root, 'grantAdminConsent');
    if (grant && isDisabled(grant)) seen.wrongTurns.push(wrongTurn('consent-button-disabled'));
    else if (requiredNotGranted(permissions).length > 0) seen.wrongTurns.push(wrongTurn('consent-not-granted'));
  }

  if (permissions.some((p) => p.name === 'User.Read' && p.type === 'delegated')) {
    seen.wrongTurns.push(wrongTurn('default-user-read'));
  }
}

function credentials(root: Document | ShadowRoot, seen: PageObservation): void {
  const pane = readSecretPane(root);
  // The pane opens on a 6-month default; it is a mistake only once the admin is past it.
  const pastDefault = !pane?.description || pane.description.value.trim() !== '';
  if (pane?.expires && pane.expiresText !== '' && !pane.is24Months && pastDefault) {
    seen.wrongTurns.push(wrongTurn('secret-expiry-not-24-months'));
  }
}

function enterpriseList(root: Document | ShadowRoot, seen: PageObservation, app: AppIdentity): void {
  if (findTypeFilterChip(root) && !findAppLink(root, app)) seen.wrongTurns.push(wrongTurn('enterprise-filter-hides-app'));
}

export function readPageState(
  root: Document | ShadowRoot,
  blade: BladeKind,
  app: AppIdentity = { name: APP_NAME },
): PageObservation {
  return withQueryCache(() => observe(root, blade, app));
}

function observe(root: Document | ShadowRoot, blade: BladeKind, app: AppIdentity): PageObservation {
  const seen: PageObservation = { completed: [], wrongTurns: [] };
  switch (blade) {
    case 'app-create':
      appCreate(root, seen);
      break;
    case 'app-api-permissions':
      apiPermissions(root, seen);
      break;
    case 'app-credentials':
      credentials(root, seen);
      break;
    case 'enterprise-list':
      enterpriseList(root, seen, app);
      break;
    case 'enterprise-properties': {
      const setting = readAssignmentRequired(root);
      if (setting?.value === true && !setting.saveEnabled) seen.completed.push('assignment-required');
      break;
    }
    case 'enterprise-users':
      if (assignmentRows(root).length > 0) seen.completed.push('assign-users');
      break;
    default:
      break;
  }
  return seen;
}
