import { useGraphStore } from './graphStore';
import { Icon } from '../Icons';
import { STRINGS as MESSAGE_STRINGS } from '../MessageBar';

/** What verification or the run noticed besides the per-step verdicts (renamed apps, hidden secrets, leftovers). */
export function GraphWarnings() {
  const all = useGraphStore((s) => s.warnings);
  const canConsent = useGraphStore((s) => s.verification?.admin.canConsent ?? true);
  // The role is explained once, by AdminRoleWarning.
  const warnings = [...new Set(all)].filter((w) => canConsent || !/Privileged Role Administrator/.test(w));
  if (warnings.length === 0) return null;
  return (
    <ul className="graph-warnings" data-testid="graph-warnings">
      {warnings.map((w) => (
        <li key={w}>
          <Icon name="warning" />
          <span>
            <span className="visually-hidden">{MESSAGE_STRINGS.severity.warning}: </span>
            {w}
          </span>
        </li>
      ))}
    </ul>
  );
}
