import { i18n } from '#i18n';
import { formatMoment, formatTime } from '@/utils/i18n/dates';
import { useGraphStore } from './graphStore';
import { resume } from './runActions';
import { MessageBar } from '../MessageBar';

/** Every word this component shows. */
const STRINGS = {
  /** A run of today says its time; an older one its day too. */
  message: (startedAt: number, done: number) =>
    i18n.t('resumeNotice.message', done, [new Date(startedAt).toDateString() === new Date().toDateString() ? formatTime(startedAt) : formatMoment(startedAt), String(done)]),
  resume: i18n.t('resumeNotice.resume'),
} as const;

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
      message={STRINGS.message(record.startedAt, done)}
    >
      <div className="message-actions">
        <button type="button" className="primary" data-testid="graph-resume" onClick={() => void resume()}>
          {STRINGS.resume}
        </button>
      </div>
    </MessageBar>
  );
}
