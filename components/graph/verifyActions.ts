/**
 * Verify: read the tenant through Graph and put the verdict next to every checklist step. What
 * Graph confirms is also recorded as done (through the background, the setup state's only writer),
 * but only for an app nobody else owns: a squatter's client ID never becomes the setup's.
 */
import { i18n } from '#i18n';
import type { GraphAccess } from '@/utils/auth/graphScopes';
import type { GraphAuth } from '@/utils/auth/createGraphAuth';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { activeApp } from '@/utils/setup/setupState';
import { setupForTenant } from '@/utils/setup/tabSetup';
import { mayRecordAsSetupApp } from '@/utils/graph/appOwnership';
import { verifySetup, type Verification, type VerifyOptions } from '@/utils/graph/verifySetup';
import { graphResultFields } from '@/utils/record/graphSnapshot';
import { usePanelStore } from '../panelStore';
import { errorState } from './errorState';
import { graphTransport } from './graphConnection';
import { useGraphStore } from './graphStore';
import { knownCredentials, rememberHeldMatches } from './knownCredentials';
import { toStepAnnotations, verifiedStepIds } from './toStepAnnotations';

const set = useGraphStore.setState;

/**
 * The client ID the admin captured from the portal, if any: preferred over the app's name. With
 * several setups, the signed-in account's tenant decides: Graph looks for that tenant's own app,
 * never for another tenant's client ID.
 */
export function capturedAppId(): string | undefined {
  const setup = usePanelStore.getState().setup;
  const active = activeApp(setup);
  const tenant = useGraphStore.getState().account?.tenantId?.toLowerCase();
  if (!tenant || !active?.tenantId || active.tenantId === tenant) return active?.clientId;
  return setupForTenant(setup, tenant)?.clientId;
}

/**
 * The enterprise application of an app the last check already found (by client ID or object id): passed on,
 * the next check reads its grants and assignments in its first round.
 */
export function knownServicePrincipal(app: { appId?: string; appObjectId?: string }): { servicePrincipalId?: string } {
  const previous = useGraphStore.getState().verification?.app;
  if (!previous?.servicePrincipalId) return {};
  const same = (app.appId && previous.appId.toLowerCase() === app.appId.toLowerCase()) || (app.appObjectId && previous.id.toLowerCase() === app.appObjectId.toLowerCase());
  return same ? { servicePrincipalId: previous.servicePrincipalId } : {};
}

export async function checkTenant(access: GraphAccess, options: VerifyOptions): Promise<{ verification: Verification; auth: GraphAuth }> {
  const { auth, transport } = await graphTransport(access);
  try {
    const verification = await verifySetup(transport, { known: knownCredentials(), ...options });
    set({ verification, annotations: toStepAnnotations(verification.steps), warnings: verification.warnings });
    rememberHeldMatches(verification.candidates);
    if (verification.app && mayRecordAsSetupApp(verification.app.trust)) {
      await sendToBackground({
        type: 'panel/graph-result',
        appId: verification.app.appId,
        tenantId: verification.tenant.id,
        displayName: verification.app.displayName.slice(0, 200),
        ...(verification.app.servicePrincipalId ? { servicePrincipalId: verification.app.servicePrincipalId } : {}),
        verifiedSteps: verifiedStepIds(verification.steps),
        // For the reminders and the change-ticket record: the tenant's name, what Graph showed, the secret in use.
        ...graphResultFields(verification, usePanelStore.getState().setup.apps, auth.account(), options.recentSecret?.keyId),
      });
    }
    return { verification, auth };
  } finally {
    // A token request may have opened the sign-in window.
    set({ account: auth.account() });
  }
}

export async function verify(): Promise<void> {
  set({ mode: undefined, status: 'running', message: i18n.t('verifyActions.checking'), explanation: undefined, plan: undefined, rotation: undefined, offboard: undefined, evidence: undefined, progress: [] });
  try {
    const appId = capturedAppId();
    const { verification } = await checkTenant('read', appId ? { appId } : {});
    set({ status: 'done', message: summary(verification) });
  } catch (error) {
    set(errorState(error));
  }
}

function summary(verification: Verification): string {
  const checks = Object.values(verification.steps);
  const ok = checks.filter((c) => c.status === 'verified').length;
  const open = checks.filter((c) => c.status === 'missing' || c.status === 'wrong').length;
  const where = verification.tenant.displayName || verification.tenant.id;
  const checked = i18n.t('verifyActions.checked', ok, [where, String(ok), String(open)]);
  return verification.app?.trust.level === 'risk' ? i18n.t('verifyActions.checkedWithRisk', [checked, verification.app.displayName]) : checked;
}
