/** Register an application: a non-single-tenant account type or a redirect URI is a wrong turn. */
import { chosenAccountType, readAppCreateForm } from '../read/appCreateForm';
import { wrongTurn } from '../guideWords';
import type { PageObserver } from '../bladeGuide';

export const observeAppCreate: PageObserver = (root, seen) => {
  const form = readAppCreateForm(root);
  const chosen = chosenAccountType(form);
  if (chosen && chosen !== 'single') seen.wrongTurns.push(wrongTurn('not-single-tenant'));
  if (form.redirectUri && form.redirectUri.value.trim() !== '') seen.wrongTurns.push(wrongTurn('redirect-uri-entered'));
};
