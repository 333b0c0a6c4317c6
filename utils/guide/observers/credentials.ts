/** Certificates & secrets: an Expires other than 24 months, once the admin is past the default. */
import { readSecretPane } from '../read/secretPane';
import { wrongTurn } from '../guideWords';
import type { PageObserver } from '../bladeGuide';

export const observeCredentials: PageObserver = (root, seen) => {
  const pane = readSecretPane(root);
  // The pane opens on a 6-month default; it is a mistake only once the admin is past it.
  const pastDefault = !pane?.description || pane.description.value.trim() !== '';
  if (pane?.expires && pane.expiresText !== '' && !pane.is24Months && pastDefault) {
    seen.wrongTurns.push(wrongTurn('secret-expiry-not-24-months'));
  }
};
