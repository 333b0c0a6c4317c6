import { graphAuthConfig } from '@/utils/auth/graphAuthConfig';
import { usePanelStore } from '../panelStore';
import { prepareAutomate } from './automateActions';
import { useGraphStore } from './graphStore';
import { verify } from './verifyActions';

/** Verify needs only read permissions; Automate asks for write permissions and then shows a plan. */
export function GraphActions() {
  const configured = graphAuthConfig(usePanelStore((s) => s.options)).ok;
  const running = useGraphStore((s) => s.status === 'running');
  return (
    <div className="graph-actions">
      <button type="button" className="button" data-testid="graph-verify" disabled={!configured || running} onClick={() => void verify()}>
        Verify
      </button>
      <button type="button" className="button" data-testid="graph-automate" disabled={!configured || running} onClick={() => void prepareAutomate()}>
        Automate…
      </button>
    </div>
  );
}
