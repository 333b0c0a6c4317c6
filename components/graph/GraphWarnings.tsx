import { useGraphStore } from './graphStore';

/** What verification or the run noticed besides the per-step verdicts (renamed apps, hidden secrets, leftovers). */
export function GraphWarnings() {
  const all = useGraphStore((s) => s.warnings);
  const canConsent = useGraphStore((s) => s.verification?.admin.canConsent ?? true);
  // The role is explained once, by AdminRoleWarning.
  const warnings = [...new Set(all)].filter((w) => canConsent || !/Privileged Role Administrator/.test(w));
  if (warnings.length === 0) return null;
  return (
    <ul className="muted small" data-testid="graph-warnings">
      {warnings.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}
