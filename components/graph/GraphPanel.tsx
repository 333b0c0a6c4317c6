import { i18n } from '#i18n';
import { useEffect, useState, type ComponentType } from 'react';
import { graphRunItem } from '@/utils/storage';
import { Icon } from '../Icons';
import { MessageBar } from '../MessageBar';
import { rotationItem } from './rotationItem';

/** Every word this component shows. */
const STRINGS = {
  heading: i18n.t('graphPanel.heading'),
  intro: i18n.t('graphPanel.intro'),
  loading: i18n.t('graphPanel.loading'),
  loadFailed: (reason: string) => i18n.t('graphPanel.loadFailed', [reason]),
} as const;

type Body = ComponentType;

/** One import for the whole section, shared by every open. */
let loading: Promise<Body> | undefined;
function loadBody(): Promise<Body> {
  loading ??= import('./GraphPanelBody').then((module) => module.GraphPanelBody);
  // A failed load (e.g. the extension was updated under an open panel) may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * "Verify and automate with Microsoft Graph", closed until the admin opens it: its content brings
 * MSAL and the Graph client (most of the panel's code), which the guided path never needs. It opens
 * by itself when a run (or a secret rotation) an earlier panel left unfinished is waiting to be resumed.
 */
export function GraphPanel() {
  const [open, setOpen] = useState(false);
  const [checked, setChecked] = useState(false);
  const [loaded, setLoaded] = useState<{ Component: Body } | undefined>();
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let current = true;
    Promise.all([graphRunItem.getValue(), rotationItem.getValue()]).then(
      ([run, rotation]) => {
        if (!current) return;
        // An unfinished run, or a rotation interrupted while its secret was being added.
        if (run || (rotation?.adding && !rotation.newSecret)) setOpen(true);
        setChecked(true);
      },
      () => current && setChecked(true),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!open || loaded) return;
    let current = true;
    setProblem('');
    loadBody().then(
      (Component) => current && setLoaded({ Component }),
      (error: unknown) => current && setProblem(STRINGS.loadFailed(error instanceof Error ? error.message : String(error))),
    );
    return () => {
      current = false;
    };
  }, [open, loaded]);

  return (
    <section className="card graph" data-testid="graph-section" data-ready={checked ? 'true' : 'false'}>
      <h2>
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="graph-section-body"
          data-testid="graph-section-toggle"
          onClick={() => setOpen(!open)}
        >
          <Icon name="chevronRight" />
          {STRINGS.heading}
        </button>
      </h2>
      <p className="note">{STRINGS.intro}</p>
      <div id="graph-section-body" hidden={!open}>
        {loaded ? (
          <loaded.Component />
        ) : problem ? (
          <MessageBar severity="error" role="alert" message={problem} />
        ) : open ? (
          <p className="note" role="status">
            {STRINGS.loading}
          </p>
        ) : null}
      </div>
    </section>
  );
}
