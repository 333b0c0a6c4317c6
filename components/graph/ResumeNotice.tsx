import { useGraphStore } from './graphStore';
import { resume } from './runActions';

/** An automation run a closed (or failed) panel left unfinished: offers to continue it without duplicates. */
export function ResumeNotice() {
  const record = useGraphStore((s) => s.resumable);
  const running = useGraphStore((s) => s.status === 'running');
  if (!record || running) return null;
  const done = record.checkpoint?.done.length ?? 0;
  return (
    <div className="notice notice-info" data-testid="graph-resume-notice">
      <p>
        An automation run started at {new Date(record.startedAt).toLocaleTimeString()} did not finish ({done} step{done === 1 ? '' : 's'} done). Resuming
        continues it without creating anything twice.
      </p>
      <div className="notice-actions">
        <button type="button" className="primary" data-testid="graph-resume" onClick={() => void resume()}>
          Resume
        </button>
      </div>
    </div>
  );
}
