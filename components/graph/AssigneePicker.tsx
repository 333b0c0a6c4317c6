import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { PrincipalMatch } from '@/utils/graph/userSearch';
import { searchAssignees, setChoices } from './automateActions';
import { useGraphStore } from './graphStore';

/** Every word this component shows. */
const STRINGS = {
  noMatch: (query: string) => i18n.t('assigneePicker.noMatch', [query]),
  label: i18n.t('assigneePicker.label'),
  placeholder: i18n.t('assigneePicker.placeholder'),
  type: { user: i18n.t('assigneePicker.user'), group: i18n.t('assigneePicker.group') } satisfies Record<PrincipalMatch['type'], string>,
  match: (name: string, type: string) => i18n.t('assigneePicker.match', [name, type]),
  matchWithDetail: (name: string, type: string, detail: string) => i18n.t('assigneePicker.matchWithDetail', [name, type, detail]),
  removeLabel: (name: string) => i18n.t('assigneePicker.removeLabel', [name]),
  remove: i18n.t('assigneePicker.remove'),
} as const;

const DEBOUNCE_MS = 300;

/** Finds users and groups by name and adds them to the plan's assignments. */
export function AssigneePicker() {
  const assignees = useGraphStore((s) => s.choices.assignees);
  const running = useGraphStore((s) => s.status === 'running');
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<PrincipalMatch[]>([]);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      searchAssignees(query).then(
        (found) => {
          if (!current) return;
          setMatches(found);
          setProblem(found.length === 0 ? STRINGS.noMatch(query) : '');
        },
        (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const chosen = new Set(assignees.map((a) => a.id));
  return (
    <div className="graph-assignees">
      <label className="field">
        <span className="field-label">{STRINGS.label}</span>
        <input
          type="search"
          data-testid="graph-assignee-search"
          placeholder={STRINGS.placeholder}
          value={text}
          disabled={running}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {problem ? <p className="note">{problem}</p> : null}
      {matches.length > 0 ? (
        <ul className="graph-matches" data-testid="graph-assignee-matches">
          {matches.map((match) => (
            <li key={match.id}>
              <button
                type="button"
                className="link"
                data-testid="graph-assignee-option"
                data-id={match.id}
                disabled={chosen.has(match.id) || running}
                onClick={() => setChoices({ assignees: [...assignees, { id: match.id, type: match.type, displayName: match.displayName }] })}
              >
                {match.detail ? STRINGS.matchWithDetail(match.displayName, STRINGS.type[match.type], match.detail) : STRINGS.match(match.displayName, STRINGS.type[match.type])}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {assignees.length > 0 ? (
        <ul className="graph-chosen">
          {assignees.map((a) => (
            <li key={a.id} data-testid="graph-assignee-selected" data-id={a.id}>
              {STRINGS.match(a.displayName, STRINGS.type[a.type])}{' '}
              <button
                type="button"
                className="link"
                disabled={running}
                aria-label={STRINGS.removeLabel(a.displayName)}
                onClick={() => setChoices({ assignees: assignees.filter((x) => x.id !== a.id) })}
              >
                {STRINGS.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
