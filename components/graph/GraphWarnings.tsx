import { i18n } from '#i18n';
import { useGraphStore } from './graphStore';
import { Icon } from '../Icons';
import { STRINGS as MESSAGE_STRINGS } from '../MessageBar';

/**
 * The warnings that say the account lacks the role to grant consent: AdminRoleWarning explains that
 * once, so the lists leave them out. Matched as whole sentences, in whichever language they were written.
 */
export function isConsentRoleWarning(warning: string): boolean {
  return warning === i18n.t('planSetup.consentRole') || warning === i18n.t('verifySetup.cannotConsent');
}

/** What verification or the run noticed besides the per-step verdicts (renamed apps, hidden secrets, leftovers). */
export function GraphWarnings() {
  const all = useGraphStore((s) => s.warnings);
  const canConsent = useGraphStore((s) => s.verification?.admin.canConsent ?? true);
  // The role is explained once, by AdminRoleWarning.
  const warnings = [...new Set(all)].filter((w) => canConsent || !isConsentRoleWarning(w));
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
