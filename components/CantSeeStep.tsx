import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { guideSightItem, type GuideSight } from '@/utils/storage';
import type { BladeKind } from '@/utils/portal/bladeKind';
import { cantSeeStep, currentStepId } from '@/utils/setup/cantSeeStep';
import { stepById, type StepId } from '@/utils/steps';
import { usePanelStore } from './panelStore';
import { usePortalTab } from './usePortalTab';
import { OpenInEntra } from './OpenInEntra';
import { openManualEntry } from './ManualEntry';

/** Every word this component shows. */
const STRINGS = {
  title: i18n.t('cantSeeStep.title'),
  why: (blade: string) => i18n.t('cantSeeStep.why', [blade]),
  enterValues: i18n.t('cantSeeStep.enterValues'),
  support: i18n.t('cantSeeStep.support'),
  /** Blade names as the portal shows them in the admin's language. */
  blades: {
    'app-list': i18n.t('cantSeeStep.blades.appList'),
    'app-create': i18n.t('cantSeeStep.blades.appCreate'),
    'app-overview': i18n.t('cantSeeStep.blades.appOverview'),
    'app-api-permissions': i18n.t('cantSeeStep.blades.appApiPermissions'),
    'app-credentials': i18n.t('cantSeeStep.blades.appCredentials'),
    'enterprise-list': i18n.t('cantSeeStep.blades.enterpriseList'),
    'enterprise-overview': i18n.t('cantSeeStep.blades.enterpriseOverview'),
    'enterprise-properties': i18n.t('cantSeeStep.blades.enterpriseProperties'),
    'enterprise-users': i18n.t('cantSeeStep.blades.enterpriseUsers'),
  } satisfies Record<BladeKind, string>,
} as const;

/** Steps whose values the admin can type instead of having them read from the page. */
const VALUE_STEPS: ReadonlySet<StepId> = new Set(['copy-ids', 'client-secret']);

function useGuideSight(): GuideSight {
  const [sight, setSight] = useState<GuideSight>({});
  useEffect(() => {
    void guideSightItem.getValue().then(setSight);
    return guideSightItem.watch((next) => setSight(next ?? {}));
  }, []);
  return sight;
}

/** When the current step last changed, by this panel's clock. */
function useStepSince(stepId: StepId | undefined): number {
  const since = useRef({ stepId, at: 0 });
  if (since.current.stepId !== stepId) since.current = { stepId, at: Date.now() };
  return since.current.at;
}

/**
 * Never silence: when the guide has had nothing to point at on a setup blade for 10 seconds,
 * the panel says so plainly, with the step's instructions in words, its link straight to the
 * blade, and (for the steps that produce values) the way to enter them by hand.
 */
export function CantSeeStep() {
  const titleId = useId();
  const tab = usePortalTab();
  const sight = useGuideSight();
  const setup = usePanelStore((s) => s.setup);
  const guideHidden = usePanelStore((s) => s.guideHidden);
  const stepSince = useStepSince(currentStepId(setup));
  const [now, setNow] = useState(() => Date.now());
  const verdict = cantSeeStep({ sight: tab ? sight[tab.id] : undefined, tabUrl: tab?.url, guideHidden, setup, stepSince, now: Math.max(now, Date.now()) });
  const wakeAt = verdict.show ? undefined : verdict.at;

  useEffect(() => {
    if (wakeAt === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, wakeAt - Date.now()));
    return () => clearTimeout(timer);
  }, [wakeAt]);

  if (!verdict.show) return null;
  const step = stepById(verdict.stepId);
  return (
    <section className="notice notice-info cant-see" role="status" aria-labelledby={titleId} data-testid="cant-see" data-step={verdict.stepId}>
      <h2 id={titleId}>{STRINGS.title}</h2>
      <p className="fix">{STRINGS.why(STRINGS.blades[verdict.blade])}</p>
      <p>
        <strong>{step.title}</strong>
      </p>
      <p data-testid="cant-see-action">{step.action}</p>
      <OpenInEntra stepId={verdict.stepId} />
      {VALUE_STEPS.has(verdict.stepId) ? (
        <div className="notice-actions">
          <button type="button" data-testid="cant-see-enter-values" onClick={openManualEntry}>
            {STRINGS.enterValues}
          </button>
        </div>
      ) : null}
      <p className="fix">{STRINGS.support}</p>
    </section>
  );
}
