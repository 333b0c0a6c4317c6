import { lazy, Suspense, useState } from 'react';
import { i18n } from '#i18n';

/** Every user-visible string of this component, in one place for translation. */
export const SETUP_RECORD_TEXT = {
  heading: i18n.t('setupRecord.heading'),
  intro: i18n.t('setupRecord.intro'),
  show: i18n.t('setupRecord.show'),
  hide: i18n.t('setupRecord.hide'),
  loading: i18n.t('setupRecord.loading'),
};

// The builder and its texts load on the first "Show", not with the panel.
const SetupRecordBody = lazy(() => import('./SetupRecordBody').then((module) => ({ default: module.SetupRecordBody })));

/**
 * The setup's record for a change ticket: shown as Markdown, downloadable as Markdown or JSON, and
 * printable on its own (with the record shown, the print stylesheet hides the rest of the panel).
 */
export function SetupRecord() {
  const [shown, setShown] = useState(false);
  return (
    <section className={`card record${shown ? ' record-shown' : ''}`} data-testid="record-section">
      <h2>{SETUP_RECORD_TEXT.heading}</h2>
      <p className="note">{SETUP_RECORD_TEXT.intro}</p>
      <div className="record-actions">
        <button type="button" className="button" data-testid="export-record" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
          {shown ? SETUP_RECORD_TEXT.hide : SETUP_RECORD_TEXT.show}
        </button>
      </div>
      {shown ? (
        <Suspense fallback={<p className="note">{SETUP_RECORD_TEXT.loading}</p>}>
          <SetupRecordBody />
        </Suspense>
      ) : null}
    </section>
  );
}
