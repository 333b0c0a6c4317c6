import { AppCandidates } from './AppCandidates';
import { useGraphStore } from './graphStore';
import { runOffboard, typeOffboardName } from './offboardActions';
import { MessageBar } from '../MessageBar';

/** "Remove TonicDM's app from this tenant": the app, what goes with it, and its exact name typed to confirm. */
export function OffboardApp() {
  const offboard = useGraphStore((s) => s.offboard);
  const running = useGraphStore((s) => s.status === 'running');
  if (!offboard) return null;
  const target = offboard.target;
  return (
    <section className="graph-offboard" data-testid="graph-offboard-section">
      {offboard.deleted ? null : <AppCandidates choosable allowNew={false} />}
      <h4>Remove TonicDM's app from this tenant</h4>
      {offboard.deleted ? (
        <MessageBar severity="success" testId="graph-offboard-done" message="The app is deleted and the setup archived." />
      ) : offboard.blocked || !target ? (
        <MessageBar severity="error" testId="graph-offboard-blocked" message={offboard.blocked ?? 'No app to remove.'} />
      ) : (
        <MessageBar
          severity="warning"
          message={`Deleting "${target.displayName}" (client ID ${target.appId}) also deletes its enterprise application, the Microsoft Graph permissions granted to it and its user and group assignments. TonicDM stops filing mail at once. Microsoft Entra keeps a deleted app restorable for 30 days.`}
        >
          <label className="field">
            <span className="field-label">
              Type the app's name, <strong>{target.displayName}</strong>, to confirm:
            </span>
            <input
              type="text"
              data-testid="graph-offboard-name"
              autoComplete="off"
              spellCheck={false}
              value={offboard.typed}
              disabled={running}
              onChange={(e) => typeOffboardName(e.target.value)}
            />
          </label>
          <div className="message-actions">
            <button
              type="button"
              className="danger-button"
              data-testid="graph-offboard-confirm"
              disabled={running || offboard.typed !== target.displayName}
              onClick={() => void runOffboard()}
            >
              Delete the app
            </button>
          </div>
        </MessageBar>
      )}
    </section>
  );
}
