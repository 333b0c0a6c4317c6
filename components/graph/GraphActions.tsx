import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import { usePanelStore } from '../panelStore';
import { prepareAutomate } from './automateActions';
import { useGraphStore } from './graphStore';
import { prepareOffboard } from './offboardActions';
import { prepareRotation } from './rotationActions';
import { verify } from './verifyActions';

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
          Verify
        </button>
        <button type="button" className="button" data-testid="graph-automate" disabled={disabled} onClick={() => void prepareAutomate()}>
          Automate…
        </button>
        <button type="button" className="button" data-testid="graph-rotate" disabled={disabled} onClick={() => void prepareRotation()}>
          Rotate secret…
        </button>
      </div>
      <p className="small">
        <button type="button" className="link danger" data-testid="graph-offboard" disabled={disabled} onClick={() => void prepareOffboard()}>
          Remove TonicDM's app from this tenant…
        </button>
      </p>
    </>
  );
}
