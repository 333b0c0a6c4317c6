import { i18n } from '#i18n';
import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import { usePanelStore } from '../panelStore';
import { prepareAutomate } from './automateActions';
import { useGraphStore } from './graphStore';
import { prepareOffboard } from './offboardActions';
import { prepareRotation } from './rotationActions';
import { verify } from './verifyActions';

/** Every word this component shows. */
const STRINGS = {
  verify: i18n.t('graphActions.verify'),
  automate: i18n.t('graphActions.automate'),
  rotate: i18n.t('graphActions.rotate'),
  offboard: i18n.t('graphActions.offboard'),
} as const;

/**
 * Verify needs only read permissions; Automate, Rotate secret and Remove app ask for write permissions and
 * then show what they would change.
 */
export function GraphActions() {
  const configured = graphAuthConfig(usePanelStore((s) => s.options)).ok;
  const running = useGraphStore((s) => s.status === 'running');
  const disabled = !configured || running;
  return (
    <>
      <div className="graph-actions">
        <button type="button" className="button" data-testid="graph-verify" disabled={disabled} onClick={() => void verify()}>
          {STRINGS.verify}
        </button>
        <button type="button" className="button" data-testid="graph-automate" disabled={disabled} onClick={() => void prepareAutomate()}>
          {STRINGS.automate}
        </button>
        <button type="button" className="button" data-testid="graph-rotate" disabled={disabled} onClick={() => void prepareRotation()}>
          {STRINGS.rotate}
        </button>
      </div>
      <p className="small">
        <button type="button" className="link danger" data-testid="graph-offboard" disabled={disabled} onClick={() => void prepareOffboard()}>
          {STRINGS.offboard}
        </button>
      </p>
    </>
  );
}
