import { i18n } from '#i18n';
import { useGraphStore } from './graphStore';

const LABEL: Record<string, string> = {
  running: i18n.t('runProgress.running'),
  created: i18n.t('runProgress.created'),
  updated: i18n.t('runProgress.updated'),
  granted: i18n.t('runProgress.granted'),
  added: i18n.t('runProgress.added'),
  assigned: i18n.t('runProgress.assigned'),
  'already-done': i18n.t('runProgress.alreadyDone'),
  exists: i18n.t('runProgress.exists'),
  resumed: i18n.t('runProgress.resumed'),
  failed: i18n.t('runProgress.failed'),
  'not-run': i18n.t('runProgress.notRun'),
  skipped: i18n.t('runProgress.skipped'),
};

/** Each planned action and how it went, with the engine's explanation when it failed. */
export function RunProgress() {
  const items = useGraphStore((s) => s.progress);
  const retries = useGraphStore((s) => s.retries);
  if (items.length === 0) return null;
  return (
    <section className="graph-progress">
      <h4>{i18n.t('runProgress.heading')}</h4>
      <ol data-testid="graph-progress">
        {items.map((item) => (
          <li key={item.key} data-testid="graph-progress-item" data-key={item.key} data-outcome={item.outcome}>
            <span className="tag">{LABEL[item.outcome] ?? item.outcome}</span> {item.title}
            {item.detail ? <p className="note">{item.detail}</p> : null}
          </li>
        ))}
      </ol>
      {retries > 0 ? (
        <p className="note" data-testid="graph-retries">
          {i18n.t('runProgress.retries', retries)}
        </p>
      ) : null}
    </section>
  );
}
