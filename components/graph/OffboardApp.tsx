import { i18n } from '#i18n';
import { AppCandidates } from './AppCandidates';
import { useGraphStore } from './graphStore';
import { runOffboard, typeOffboardName } from './offboardActions';
import { MessageBar } from '../MessageBar';

const NAME_MARK = '\uE000';

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('offboardApp.heading'),
  deleted: i18n.t('offboardApp.deleted'),
  noApp: i18n.t('offboardApp.noApp'),
  warning: (name: string, appId: string) => i18n.t('offboardApp.warning', [name, appId]),
  /** The sentence around the app's name (shown in bold), wherever the language puts it. */
  typeName: i18n.t('offboardApp.typeName', [NAME_MARK]).split(NAME_MARK) as [string, string?],
  delete: i18n.t('offboardApp.delete'),
} as const;

/** "Remove TonicDM's app from this tenant": the app, what goes with it, and its exact name typed to confirm. */
export function OffboardApp() {
  const offboard = useGraphStore((s) => s.offboard);
  const running = useGraphStore((s) => s.status === 'running');
  if (!offboard) return null;
  const target = offboard.target;
  return (
    <section className="graph-offboard" data-testid="graph-offboard-section">
      {offboard.deleted ? null : <AppCandidates choosable allowNew={false} />}
      <h4>{STRINGS.heading}</h4>
      {offboard.deleted ? (
        <MessageBar severity="success" testId="graph-offboard-done" message={STRINGS.deleted} />
      ) : offboard.blocked || !target ? (
        <MessageBar severity="error" testId="graph-offboard-blocked" message={offboard.blocked ?? STRINGS.noApp} />
      ) : (
        <MessageBar
          severity="warning"
          message={STRINGS.warning(target.displayName, target.appId)}
        >
          <label className="field">
            <span className="field-label">
              {STRINGS.typeName[0]}
              <strong>{target.displayName}</strong>
              {STRINGS.typeName[1]}
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
              {STRINGS.delete}
            </button>
          </div>
        </MessageBar>
      )}
    </section>
  );
}
