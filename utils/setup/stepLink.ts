/**
 * Where a checklist step's "Open in Entra" goes for the setup as it stands: the step model names
 * the blade (utils/steps.ts), the active app gives the IDs, and the tenant is pinned when known.
 * The panel shows this address; the background opens it, on the portal tab the admin uses.
 */
import { stepById, type StepId } from '../steps';
import type { BladeKind } from '../portal/bladeKind';
import { portalDeepLink, shellFor, stepLinkBlade, type LinkIds } from '../portal/deepLinks';
import { activeApp, type SetupState } from './setupState';

export interface StepLink {
  blade: BladeKind;
  url: string;
}

export function linkIdsOf(state: SetupState): LinkIds {
  const app = activeApp(state);
  return { appId: app?.clientId, servicePrincipalId: app?.servicePrincipalId };
}

/** The step's link, opened on `tabUrl`'s portal (the admin's portal tab), or on the Entra admin center. */
export function stepLink(state: SetupState, stepId: StepId, tabUrl?: string): StepLink | undefined {
  const ids = linkIdsOf(state);
  const blade = stepLinkBlade(stepById(stepId).portalLinks ?? [], ids);
  const url = blade && portalDeepLink(blade, ids, shellFor(tabUrl, activeApp(state)?.tenantId));
  return blade && url ? { blade, url } : undefined;
}
