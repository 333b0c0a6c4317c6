import { i18n } from '#i18n';
import { useGraphStore } from './graphStore';
import { setChoices } from './automateActions';
import { MessageBar } from '../MessageBar';

/** Every word this component shows. */
const STRINGS = {
  newSecret: i18n.t('secretOptions.newSecret'),
  validFor: i18n.t('secretOptions.validFor'),
  months: (months: number) => i18n.t('secretOptions.months', months),
  monthsGuide: (months: number) => i18n.t('secretOptions.monthsGuide', months),
  refused: (months: number) => i18n.t('secretOptions.refused', months),
} as const;

const LIFETIMES = [24, 18, 12, 6, 3, 1] as const;

/**
 * Whether the run creates a new client secret, and for how long; shorter lifetimes after a policy refusal.
 * A rotation always creates one, so it shows only the lifetime.
 */
export function SecretOptions({ alwaysNew = false }: { alwaysNew?: boolean }) {
  const choices = useGraphStore((s) => s.choices);
  const refused = useGraphStore((s) => s.lifetimeRefused);
  const running = useGraphStore((s) => s.status === 'running');
  const newSecret = alwaysNew || choices.newSecret;
  return (
    <div className="graph-secret-options">
      {alwaysNew ? null : (
        <label className="check-field">
          <input
            type="checkbox"
            data-testid="graph-new-secret"
            checked={choices.newSecret}
            disabled={running}
            onChange={(e) => setChoices({ newSecret: e.target.checked })}
          />
          <span>{STRINGS.newSecret}</span>
        </label>
      )}
      {newSecret ? (
        <label className="field">
          <span className="field-label">{STRINGS.validFor}</span>
          <select
            data-testid="graph-secret-lifetime"
            value={choices.secretLifetimeMonths}
            disabled={running}
            onChange={(e) => setChoices({ secretLifetimeMonths: Number(e.target.value) })}
          >
            {LIFETIMES.map((months) => (
              <option key={months} value={months}>
                {months === 24 ? STRINGS.monthsGuide(months) : STRINGS.months(months)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {refused ? (
        <MessageBar
          severity="warning"
          testId="graph-shorter-lifetime"
          message={STRINGS.refused(choices.secretLifetimeMonths)}
        >
          <div className="message-actions">
            {LIFETIMES.filter((m) => m < choices.secretLifetimeMonths && m >= 3).map((months) => (
              <button key={months} type="button" className="button" data-testid={`graph-lifetime-${months}`} onClick={() => setChoices({ secretLifetimeMonths: months })}>
                {STRINGS.months(months)}
              </button>
            ))}
          </div>
        </MessageBar>
      ) : null}
    </div>
  );
}
