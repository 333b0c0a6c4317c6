import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { buildSetupRecord, recordJson } from '@/utils/record/buildSetupRecord';
import { RECORD_MIME, recordFileName, type RecordFormat } from '@/utils/record/recordFile';
import { recordMarkdown } from '@/utils/record/recordMarkdown';
import { usePanelStore } from './panelStore';

/** Every user-visible string of this component, in one place for translation. */
export const SETUP_RECORD_TEXT = {
  heading: 'Record for the change ticket',
  intro: 'Tenant, app, permissions, the secret by its hint and key ID (never its Value), who may sign in, and who did each step when.',
  show: 'Show the record',
  hide: 'Hide the record',
  markdown: 'Download Markdown',
  json: 'Download JSON',
  print: 'Print',
  label: 'Setup record (Markdown)',
};

function generator(): string {
  try {
    const manifest = browser.runtime.getManifest();
    return `${manifest.name} ${manifest.version}`;
  } catch {
    return 'TonicDM Entra Setup Assistant';
  }
}

/** Saves from the extension page itself: the record goes to the admin's disk and nowhere else. */
function download(name: string, text: string, format: RecordFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: RECORD_MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The setup's record for a change ticket, built from the non-secret setup state (which the Graph
 * check enriches): shown as Markdown, downloadable as Markdown or JSON, and printable on its own
 * (the print stylesheet hides the rest of the panel).
 */
export function SetupRecord() {
  const setup = usePanelStore((s) => s.setup);
  const [shown, setShown] = useState(false);
  const record = useMemo(() => (shown ? buildSetupRecord({ setup, now: Date.now(), generatedBy: generator() }) : undefined), [shown, setup]);
  const markdown = useMemo(() => (record ? recordMarkdown(record) : ''), [record]);

  return (
    <section className={`card record${record ? ' record-shown' : ''}`} data-testid="record-section">
      <h2>{SETUP_RECORD_TEXT.heading}</h2>
      <p className="muted small">{SETUP_RECORD_TEXT.intro}</p>
      <div className="record-actions">
        <button type="button" data-testid="export-record" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
          {shown ? SETUP_RECORD_TEXT.hide : SETUP_RECORD_TEXT.show}
        </button>
        {record ? (
          <>
            <button type="button" data-testid="download-record-md" onClick={() => download(recordFileName(record, 'md'), markdown, 'md')}>
              {SETUP_RECORD_TEXT.markdown}
            </button>
            <button type="button" data-testid="download-record-json" onClick={() => download(recordFileName(record, 'json'), recordJson(record), 'json')}>
              {SETUP_RECORD_TEXT.json}
            </button>
            <button type="button" data-testid="print-record" onClick={() => window.print()}>
              {SETUP_RECORD_TEXT.print}
            </button>
          </>
        ) : null}
      </div>
      {record ? (
        <pre className="setup-record" data-testid="setup-record" aria-label={SETUP_RECORD_TEXT.label} tabIndex={0}>
          {markdown}
        </pre>
      ) : null}
    </section>
  );
}
