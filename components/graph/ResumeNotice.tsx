import { useGraphStore } from './graphStore';
import { resume } from './runActions';
import { MessageBar } from '../MessageBar';

/** An automation run a closed (or failed) panel left unfinished: offers to continue it without duplicates. */
export function ResumeNotice() {
  const record = useGraphStore((s) => s.resumable);
  const running = useGraphStore((s) => s.status === 'running');
  if (!record || running) return null;
  const done = record.checkpoint?.done.length ?? 0;
  return (
    <MessageBar
      severity="info"
      testId="graph-resume-notice"
      message={`An automation run started at ${new Date(record.startedAt).toLocaleTimeString()} did not finish (${done} step${done === 1 ? '' : 's'} done). Resuming continues it without creating anything twice.`}
    >
      <div className="message-actions">
        <button type="button" className="primary" data-testid="graph-resume" onClick={() => void resume()}>
          Resume
        </button>
      </div>
    </MessageBar>
  );
}
