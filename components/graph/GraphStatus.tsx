import { useGraphStore } from './graphStore';
import { MessageBar } from '../MessageBar';

/** One status line for everything the Graph section does: idle, running, done or error. */
export function GraphStatus() {
  const status = useGraphStore((s) => s.status);
  const message = useGraphStore((s) => s.message);
  const explanation = useGraphStore((s) => s.explanation);
  return (
    <div className="graph-status" data-testid="graph-status" data-state={status} role={status === 'error' ? 'alert' : 'status'} aria-live="polite">
      {status === 'error' && message ? (
        <MessageBar severity="error" message={message}>
          {explanation ? (
            <p className="fix" data-testid="graph-explanation">
              {explanation}
            </p>
          ) : null}
        </MessageBar>
      ) : (
        <>
          {message ? <p>{message}</p> : null}
          {explanation ? (
            <p className="note" data-testid="graph-explanation">
              {explanation}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
