import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { RotationRecord } from '@/utils/graph/rotationRecord';
import { useGraphStore } from './graphStore';
import { prepareRotation } from './rotationActions';
import { rotationItem } from './rotationItem';
import { MessageBar } from '../MessageBar';

/** Every word this component shows. */
const STRINGS = {
  message: (name: string) => i18n.t('rotationNotice.message', [name]),
  resume: i18n.t('rotationNotice.resume'),
} as const;

/**
 * A rotation a closed panel left between asking for the new secret and recording it: offers to check the app
 * and finish it, which never adds a second usable secret.
 */
export function RotationNotice() {
  const [record, setRecord] = useState<RotationRecord | null>(null);
  const mode = useGraphStore((s) => s.mode);
  const running = useGraphStore((s) => s.status === 'running');
  useEffect(() => {
    void rotationItem.getValue().then(setRecord);
    return rotationItem.watch(setRecord);
  }, []);
  if (!record?.adding || record.newSecret || running || mode === 'rotate') return null;
  return (
    <MessageBar
      severity="info"
      testId="graph-rotation-resume-notice"
      message={STRINGS.message(record.appDisplayName)}
    >
      <div className="message-actions">
        <button type="button" className="primary" data-testid="graph-rotation-resume" onClick={() => void prepareRotation()}>
          {STRINGS.resume}
        </button>
      </div>
    </MessageBar>
  );
}
