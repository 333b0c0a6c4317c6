// @vitest-environment jsdom
/**
 * The panel in a German browser: its words come from locales/de.yml, so a key that is missing,
 * misspelt or left in English shows here as English or as nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speak, type Language } from '../i18n/speak';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** Renders what `pick` chooses from freshly loaded modules, in `lang`; returns the text shown. */
async function renderIn(lang: Language, pick: (modules: { current: typeof import('../../../components/CurrentStep'); header: typeof import('../../../components/ProgressHeader'); bar: typeof import('../../../components/MessageBar') }) => React.ReactElement): Promise<string> {
  speak(lang);
  vi.resetModules();
  const [{ act, createElement }, { createRoot }, current, header, bar] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('../../../components/CurrentStep'),
    import('../../../components/ProgressHeader'),
    import('../../../components/MessageBar'),
  ]);
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const root = createRoot(container);
  await act(async () => root.render(createElement('div', null, pick({ current, header, bar }))));
  const text = container.textContent ?? '';
  await act(async () => root.unmount());
  return text;
}

afterEach(() => {
  vi.resetModules();
});

describe('the panel in German', () => {
  it('a fresh setup: the first step, its position and the one action, in German', async () => {
    const text = await renderIn('de', ({ current }) => <current.CurrentStep />);
    expect(text).toContain('Schritt 1 von 8');
    expect(text).toContain('App registrieren');
    expect(text).toContain('App-Registrierungen → Neue Registrierung');
    // The app's name is typed verbatim in the portal: never translated.
    expect(text).toContain('„TonicDM Office 365 Token“');
    expect(text).toContain('Microsoft Entra öffnen');
    expect(text).not.toMatch(/Register the app|Step 1 of|Open Microsoft Entra/);
  });

  it('the progress header counts in German', async () => {
    const text = await renderIn('de', ({ header }) => <header.ProgressHeader />);
    expect(text).toContain('TonicDM-Einrichtung in Entra');
    expect(text).toContain('0 von 8 erledigt');
  });

  it.each<[Language, string]>([
    ['en', 'Error: Nothing was filled.'],
    ['de', 'Fehler: Nothing was filled.'],
    // French puts a no-break space before the colon.
    ['fr', 'Erreur\u00a0: Nothing was filled.'],
    ['ja', 'エラー: Nothing was filled.'],
  ])('%s: a message starts with its severity, punctuated as the language writes it', async (lang, expected) => {
    expect(await renderIn(lang, ({ bar }) => <bar.MessageBar severity="error" message="Nothing was filled." />)).toBe(expected);
  });
});
