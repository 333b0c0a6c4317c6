import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { doneSteps } from '@/utils/setup/setupState';
import { usePanelStore } from './panelStore';
import { setupProgress } from './setupProgress';
import { CURRENT_STEP_ID } from './CurrentStep';

/** Every word this component shows. */
const STRINGS = {
  title: i18n.t('progressHeader.title'),
  progressLabel: i18n.t('progressHeader.progressLabel'),
  count: (done: number, total: number) => i18n.t('progressHeader.count', [String(done), String(total)]),
  valueText: (done: number, total: number) => i18n.t('progressHeader.valueText', [String(done), String(total)]),
  now: (title: string) => i18n.t('progressHeader.now', [title]),
} as const;

/** Whether the current-step card is scrolled out of view (then the header names the step). */
function useCardHidden(stepId: string | undefined): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const card = document.getElementById(CURRENT_STEP_ID);
    if (!card) return;
    const observer = new IntersectionObserver(([entry]) => setHidden(!entry!.isIntersecting), { rootMargin: '-80px 0px 0px 0px' });
    observer.observe(card);
    return () => observer.disconnect();
  }, [stepId]);
  return hidden;
}

/**
 * Always at the top: how many steps are done, and once the current-step card has scrolled away,
 * which step is next (a click brings the card back).
 */
export function ProgressHeader() {
  const progress = setupProgress(doneSteps(usePanelStore((s) => s.setup)));
  const cardHidden = useCardHidden(progress.current?.id);
  return (
    <header className="panel-header" data-testid="progress-header">
      <div className="panel-header-inner">
        <h1>{STRINGS.title}</h1>
        <div className="progress">
          <div className="progress-text">
            <span data-testid="progress-count">
              <strong>{STRINGS.count(progress.done, progress.total)}</strong>
            </span>
            {progress.current && cardHidden ? (
              <a
                className="progress-now"
                href={`#${CURRENT_STEP_ID}`}
                data-testid="progress-now"
                onClick={(event) => {
                  event.preventDefault();
                  const card = document.getElementById(CURRENT_STEP_ID);
                  card?.scrollIntoView({ block: 'start' });
                  card?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
                }}
              >
                {STRINGS.now(progress.current.title)}
              </a>
            ) : null}
          </div>
          <div
            className="progress-track"
            role="progressbar"
            aria-label={STRINGS.progressLabel}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={STRINGS.valueText(progress.done, progress.total)}
          >
            <div className="progress-fill" style={{ width: `${(100 * progress.done) / progress.total}%` }} />
          </div>
        </div>
      </div>
    </header>
  );
}
