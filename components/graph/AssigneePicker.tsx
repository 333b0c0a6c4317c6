import { useEffect, useState } from 'react';
import type { PrincipalMatch } from '@/utils/graph/userSearch';
import { searchAssignees, setChoices } from './automateActions';
import { useGraphStore } from './graphStore';

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
          setProblem(found.length === 0 ? `No user or group starts with "${query}".` : '');
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
        <span className="field-label">Assign users or groups (who may use TonicDM)</span>
        <input
          type="search"
          data-testid="graph-assignee-search"
          placeholder="Start of a name"
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
                {match.displayName} ({match.type}
                {match.detail ? `, ${match.detail}` : ''})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {assignees.length > 0 ? (
        <ul className="graph-chosen">
          {assignees.map((a) => (
            <li key={a.id} data-testid="graph-assignee-selected" data-id={a.id}>
              {a.displayName} ({a.type}){' '}
              <button
                type="button"
                className="link"
                disabled={running}
                aria-label={`Remove ${a.displayName}`}
                onClick={() => setChoices({ assignees: assignees.filter((x) => x.id !== a.id) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
