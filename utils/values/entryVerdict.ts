/**
 * The verdict on a value the admin typed or pasted into the panel. Issues are codes, not
 * sentences: the panel words them (one table per component, ready for translation), and the
 * background, which checks the same value again, needs no words at all.
 */
export type EntryVerdict<T, Issue extends string> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** Usable, but only if the admin says so explicitly ("use it anyway"). */
  | { status: 'warn'; value: T; issue: Issue }
  | { status: 'error'; issue: Issue };

/** The value to use: an ok one, or a warned one the admin chose to use anyway. */
export function acceptedValue<T>(verdict: EntryVerdict<T, string>, overridden: boolean): T | undefined {
  if (verdict.status === 'ok') return verdict.value;
  if (verdict.status === 'warn' && overridden) return verdict.value;
  return undefined;
}
