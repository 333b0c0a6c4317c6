import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_OPTIONS, optionsItem, type Options } from '@/utils/storage';
import { parseExtraOrigin } from '@/utils/tonicdm/parseExtraOrigin';

/** Settings: secret idle timeout, extra TonicDM origins, and the Graph sign-in app. */
export function OptionsForm() {
  const [options, setOptions] = useState<Options>(DEFAULT_OPTIONS);
  const [origins, setOrigins] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void optionsItem.getValue().then((stored) => {
      const merged = { ...DEFAULT_OPTIONS, ...stored };
      setOptions(merged);
      setOrigins(merged.extraTonicdmOrigins.join('\n'));
    });
  }, []);

  async function save() {
    const lines = origins.split(/\s+/).filter(Boolean);
    const parsed = lines.map(parseExtraOrigin);
    const bad = lines.filter((_, i) => !parsed[i]);
    if (bad.length > 0) {
      setStatus(`Not an https origin: ${bad.join(', ')}`);
      return;
    }
    const extra = [...new Set(parsed as string[])];
    const added = extra.filter((o) => !options.extraTonicdmOrigins.includes(o));
    // Host access for an added origin is asked for now, on this click (a user gesture).
    if (added.length > 0) {
      const granted = await browser.permissions.request({ origins: added.map((o) => `${o}/*`) }).catch(() => false);
      if (!granted) {
        setStatus('Access to the new origin was not granted; it was not added.');
        return;
      }
    }
    const next: Options = {
      ...options,
      extraTonicdmOrigins: extra,
      secretIdleMinutes: Math.min(240, Math.max(1, Math.round(options.secretIdleMinutes) || DEFAULT_OPTIONS.secretIdleMinutes)),
      graphClientId: options.graphClientId.trim(),
      graphAuthority: options.graphAuthority.trim() || DEFAULT_OPTIONS.graphAuthority,
    };
    await optionsItem.setValue(next);
    setOptions(next);
    setStatus('Saved.');
  }

  return (
    <main className="panel">
      <h1>Options</h1>
      <section className="card">
        <h2>Client secret</h2>
        <label className="field">
          Forget the captured secret after this many idle minutes
          <input
            type="number"
            min={1}
            max={240}
            data-testid="secret-idle-minutes"
            value={options.secretIdleMinutes}
            onChange={(e) => setOptions({ ...options, secretIdleMinutes: Number(e.target.value) })}
          />
        </label>
      </section>
      <section className="card">
        <h2>TonicDM addresses</h2>
        <p className="muted small">The assistant fills only https://app.tonicdm.com. Add another exact origin (one per line) only if TonicDM gave it to you.</p>
        <label className="field">
          Extra origins
          <textarea rows={3} data-testid="extra-origins" value={origins} onChange={(e) => setOrigins(e.target.value)} />
        </label>
      </section>
      <section className="card">
        <h2>Microsoft Graph sign-in</h2>
        <p className="muted small">
          To verify or automate the setup, register a public client (see README): redirect URI{' '}
          <code>{browser.identity?.getRedirectURL?.() ?? `https://${browser.runtime.id}.chromiumapp.org/`}</code> as a single-page application.
        </p>
        <label className="field">
          Application (client) ID of the sign-in app
          <input data-testid="graph-client-id" value={options.graphClientId} onChange={(e) => setOptions({ ...options, graphClientId: e.target.value })} />
        </label>
        <label className="field">
          Authority
          <input data-testid="graph-authority" value={options.graphAuthority} onChange={(e) => setOptions({ ...options, graphAuthority: e.target.value })} />
        </label>
      </section>
      <button type="button" className="primary" data-testid="save-options" onClick={() => void save()}>
        Save
      </button>
      <p role="status" data-testid="options-status">{status}</p>
    </main>
  );
}
