import { useGraphStore } from './graphStore';

const LABEL: Record<string, string> = {
  running: 'running…',
  created: 'created',
  updated: 'updated',
  granted: 'granted',
  added: 'added',
  assigned: 'assigned',
  'already-done': 'already there',
  exists: 'exists',
  resumed: 'done earlier',
  failed: 'failed',
  'not-run': 'not run yet',
  skipped: 'skipped',
};

/** Each planned action and how it went, with the engine's explanation when it failed. */
export function RunProgress() {
  const items = useGraphStore((s) => s.progress);
  const retries = useGraphStore((s) => s.retries);
  if (items.length === 0) return null;
  return (
    <section className="graph-progress">
      <h4>Progress</h4>
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
          Microsoft Graph asked to wait or retry {retries} time{retries === 1 ? '' : 's'}; this is normal right after creating objects.
        </p>
      ) : null}
    </section>
  );
}
