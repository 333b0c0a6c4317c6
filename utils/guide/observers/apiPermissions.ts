/**
 * API permissions: the three roles configured as Application, consent granted; wrong turns are
 * Delegated picks, missing consent (and a grant button this admin cannot use), the default User.Read.
 */
import { REQUIRED_GRAPH_ROLES } from '../../steps';
import { findControl } from '../dom/findControl';
import { isDisabled } from '../dom/controlState';
import {
  allRequiredConfigured,
  allRequiredGranted,
  readConfiguredPermissions,
  requiredNotGranted,
} from '../read/configuredPermissions';
import { readRequestPane } from '../read/requestPane';
import { wrongTurn } from '../guideWords';
import type { PageObserver } from '../bladeGuide';

export const observeApiPermissions: PageObserver = (root, seen) => {
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
};
