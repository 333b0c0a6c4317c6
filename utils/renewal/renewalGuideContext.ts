/**
 * What the page guide in a portal frame is told about a current renewal: which renewal steps are
 * done, the description the new secret gets, and how to recognise the old and the new secret's
 * rows on Certificates & secrets (key ID, the three characters the portal leaves unmasked,
 * description, expiry). Never a Value: the hints are what the page itself shows to anyone who can
 * read the app.
 */
import type { RenewalStepId } from '../steps';
import type { AppRecord } from '../setup/setupState';
import { renewedSecretName } from '../graph/secretName';
import { currentRenewal, renewalDone, type RenewalSecret } from './renewalRecord';

export interface RenewalGuideContext {
  appId: string;
  done: RenewalStepId[];
  /** "TonicDM Office365 Secret Mar 2026". */
  description: string;
  old: RenewalSecret;
  next?: RenewalSecret;
}

export function renewalGuideContext(app: AppRecord | undefined, now: number): RenewalGuideContext | undefined {
  const current = currentRenewal(app, now);
  if (!app || !current || current.complete) return undefined;
  const { record } = current;
  const { capturedAt: _at, ...next } = record.next ?? { capturedAt: 0 };
  return {
    appId: app.clientId,
    done: [...renewalDone(record)],
    description: renewedSecretName(new Date(now)),
    old: record.old,
    ...(record.next ? { next } : {}),
  };
}
