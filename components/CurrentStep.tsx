import { i18n } from '#i18n';
import { activeApp, doneSteps } from '@/utils/setup/setupState';
import { usePanelStore } from './panelStore';
import { primaryAction, setupProgress, valuesComplete } from './setupProgress';
import { Icon } from './Icons';

export const CURRENT_STEP_ID = 'current-step';

/** Where "Open Microsoft Entra" goes: App registrations → New registration, in the tenant the browser is signed in to. */
export const NEW_REGISTRATION_URL = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false';

/** Every word this component shows. */
const STRINGS = {
  intro: i18n.t('currentStep.intro'),
  position: (position: number, total: number) => i18n.t('currentStep.position', [String(position), String(total)]),
  optional: i18n.t('currentStep.optional'),
  openEntra: i18n.t('currentStep.openEntra'),
  openEntraHint: i18n.t('currentStep.openEntraHint'),
  completeEyebrow: i18n.t('currentStep.completeEyebrow'),
  completeTitle: i18n.t('currentStep.completeTitle'),
  complete: (total: number) => i18n.t('currentStep.complete', [String(total)]),
} as const;

/**
 * The step to do now, at the top of the panel: where it is in the setup, what to do, and the
 * action that starts it. On a fresh panel that action, "Open Microsoft Entra", is the only
 * primary button.
 */
export function CurrentStep() {
  const setup = usePanelStore((s) => s.setup);
  const secret = usePanelStore((s) => s.secret);
  const done = doneSteps(setup);
  const progress = setupProgress(done);
  const primary = primaryAction(done, valuesComplete(activeApp(setup), secret, setup));
  const step = progress.current;

  if (!step) {
    return (
      <section className="card current-step complete" id={CURRENT_STEP_ID} aria-labelledby="current-step-title" data-testid="current-step" data-step="complete">
        <p className="eyebrow">
          <Icon name="success" /> {STRINGS.completeEyebrow}
        </p>
        <h2 id="current-step-title" tabIndex={-1}>
          {STRINGS.completeTitle}
        </h2>
        <p className="step-text">{STRINGS.complete(progress.total)}</p>
      </section>
    );
  }
  return (
    <>
      {done.size === 0 ? <p className="intro" data-testid="intro">{STRINGS.intro}</p> : null}
      <section className="card current-step" id={CURRENT_STEP_ID} aria-labelledby="current-step-title" data-testid="current-step" data-step={step.id}>
        <p className="eyebrow" data-testid="current-step-position">
          {progress.position ? STRINGS.position(progress.position, progress.total) : STRINGS.optional}
        </p>
        <h2 id="current-step-title" tabIndex={-1}>
          {step.title}
        </h2>
        <p className="step-text">{step.action}</p>
        {step.id === 'register' ? (
          <div className="current-step-actions">
            <a
              className={primary === 'open-entra' ? 'primary' : 'button'}
              href={NEW_REGISTRATION_URL}
              target="_blank"
              rel="noreferrer"
              title={STRINGS.openEntraHint}
              data-testid="open-entra"
            >
              {STRINGS.openEntra}
              <Icon name="open" />
            </a>
          </div>
        ) : null}
      </section>
    </>
  );
}
