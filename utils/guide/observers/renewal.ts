/**
 * What Certificates & secrets shows of a current renewal: the blade is open (the renewal's first
 * step), and, once the new secret was captured, whether the old secret's row is gone while the new
 * one is listed (its last step). Only on the renewal's own app.
 */
import { readSecretRows, renewalRows } from '../read/secretRows';
import { renewalHere } from '../locators/renewal';
import type { PageObserver } from '../bladeGuide';

export const observeRenewal: PageObserver = (root, seen, _app, ctx) => {
  const renewal = ctx && renewalHere(ctx);
  if (!renewal) return;
  if (!renewal.done.includes('renew-open')) seen.completed.push('renew-open');
  if (!renewal.next || renewal.done.includes('renew-remove-old')) return;
  if (renewalRows(readSecretRows(root), renewal.old, renewal.next).oldGone) seen.completed.push('renew-remove-old');
};
