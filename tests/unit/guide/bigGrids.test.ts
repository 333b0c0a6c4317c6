/**
 * The guide's readers beside a live grid of hundreds of rows (a sign-in log on the blade): they
 * read what they read without it, and never take the live grid's rows for the blade's tables.
 */
import { describe, expect, it } from 'vitest';
import { readConfiguredPermissions } from '../../../utils/guide/read/configuredPermissions';
import { findClearSecret } from '../../../utils/guide/read/clearSecret';
import { withQueryCache } from '../../../utils/guide/dom/queryCache';
import { snippetHtml } from './snippets';

/** Rows shaped like the blade's own: a permission name with its type and status, and a secret-like token. */
function liveGrid(rows: number): string {
  const row = (i: number) =>
    `<div role="row"><div role="gridcell">Mail.ReadWrite</div><div role="gridcell">Application</div><div role="gridcell">Granted for Contoso</div>` +
    `<div role="gridcell">Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9k${String(i).padStart(3, '0')}</div></div>`;
  return `<div role="grid" aria-label="Live sign-in activity">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</div>`;
}

const names = () => withQueryCache(() => readConfiguredPermissions(document).map((p) => `${p.name}:${p.type}:${p.status}`));
const clearRow = () => withQueryCache(() => findClearSecret(document)?.row.textContent);

describe('guide readers beside a big live grid', () => {
  it.each(['api-permissions.configured.classic.html', 'api-permissions.granted.react.ja.html', 'api-permissions.empty.classic.html'])(
    'configured permissions of %s are the same with the live grid',
    (snippet) => {
      document.body.innerHTML = snippetHtml(snippet);
      const alone = names();
      document.body.insertAdjacentHTML('beforeend', liveGrid(150));
      expect(names()).toEqual(alone);
    },
  );

  it.each(['credentials.value.react.html', 'credentials.secrets-tab.classic.html'])('the clear secret row of %s is the same with the live grid', (snippet) => {
    document.body.innerHTML = snippetHtml(snippet);
    const alone = clearRow();
    document.body.insertAdjacentHTML('beforeend', liveGrid(150));
    expect(clearRow()).toBe(alone);
  });

  it('a live grid alone is neither configured permissions nor a secrets list', () => {
    document.body.innerHTML = liveGrid(150);
    expect(names()).toEqual([]);
    expect(clearRow()).toBeUndefined();
  });

  it('a short grid of the same rows is still read (the blade\'s own tables are short)', () => {
    document.body.innerHTML = liveGrid(3);
    expect(names()).toContain('Mail.ReadWrite:application:granted');
    expect(clearRow()).toBeDefined();
  });
});
