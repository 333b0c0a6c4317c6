import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_OPTIONS, optionsItem, type Options } from '@/utils/storage';
import { checkExtraOrigin, MAX_EXTRA_ORIGINS, validExtraOrigins } from '@/utils/tonicdm/parseExtraOrigin';
import { isOriginGranted, originPattern } from '@/utils/tonicdm/grantedExtraOrigins';
import { revokeExtraOrigins } from '@/utils/tonicdm/revokeExtraOrigins';

const PROBLEMS = {
  format: 'not an https origin (like https://eu.example.com, nothing after the host)',
  forbidden: 'a Microsoft, Azure portal or shared-hosting address, which can never be TonicDM',
} as const;

/** Settings: secret idle timeout, extra TonicDM origins, and the Graph sign-in app. */
export function OptionsForm() {
  const [options, setOptions] = useState<Options>(DEFAULT_OPTIONS);
  const [origins, setOrigins] = useState('');
  const [status, setStatus] = useState('');
  /** Listed origins the browser has granted access to; only those are ever filled. */
  const [granted, setGranted] = useState<string[]>([]);

  async function load() {
    const stored = await optionsItem.getValue();
    // storage.local is writable by content scripts: show only what would actually be used.
    const extra = validExtraOrigins((stored as { extraTonicdmOrigins?: unknown } | null)?.extraTonicdmOrigins);
    const access = await Promise.all(extra.map(isOriginGranted));
    setOptions({ ...DEFAULT_OPTIONS, ...stored, extraTonicdmOrigins: extra });
    setOrigins(extra.join('\n'));
    setGranted(extra.filter((_, i) => access[i]));
  }

  useEffect(() => {
    void load();
  }, []);

  async function save() {
    const lines = origins.split(/\s+/).filter(Boolean);
    const checks = lines.map(checkExtraOrigin);
    const bad = lines.flatMap((line, i) => {
      const check = checks[i]!;
      return !check.ok && check.problem !== 'main' ? [`${line} is ${PROBLEMS[check.problem]}`] : [];
    });
    if (bad.length > 0) {
      setStatus(`Not saved: ${bad.join('; ')}.`);
      return;
    }
    // app.tonicdm.com is always allowed and needs no entry.
    const extra = [...new Set(checks.flatMap((c) => (c.ok ? [c.origin] : [])))];
    if (extra.length > MAX_EXTRA_ORIGINS) {
      setStatus(`Not saved: at most ${MAX_EXTRA_ORIGINS} extra origins.`);
      return;
    }
    // Access is asked for on this click, before any other await: Firefox allows the prompt only then.
    const toAsk = extra.filter((o) => !granted.includes(o));
    if (toAsk.length > 0) {
      const ok = await browser.permissions.request({ origins: toAsk.map(originPattern) }).catch(() => false);
      if (!ok) {
        setStatus(`Access to ${toAsk.join(', ')} was not granted; nothing was saved.`);
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
    // A removed origin loses its access too, not just its line (and with it the content script).
    const revoked = await revokeExtraOrigins(extra).catch(() => []);
    await load();
    setStatus(revoked.length > 0 ? `Saved. Access removed for ${revoked.map((p) => p.replace(/\/\*$/, '')).join(', ')}.` : 'Saved.');
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
        <p className="muted small">
          The assistant fills https://app.tonicdm.com. Add another exact origin (one per line) only if TonicDM itself gave it to you: the browser asks
          you to allow it, and every fill there asks you again in the side panel, naming the address. Microsoft, Azure portal and shared-hosting
          addresses are refused.
        </p>
        <label className="field">
          Extra origins
          <textarea rows={3} data-testid="extra-origins" value={origins} onChange={(e) => setOrigins(e.target.value)} />
        </label>
        {options.extraTonicdmOrigins.length > 0 ? (
          <ul className="muted small" data-testid="extra-origin-access">
            {options.extraTonicdmOrigins.map((origin) => (
              <li key={origin} data-granted={String(granted.includes(origin))}>
                {origin}: {granted.includes(origin) ? 'access allowed' : 'access not allowed, so it is never filled (Save asks again)'}
              </li>
            ))}
          </ul>
        ) : null}
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
