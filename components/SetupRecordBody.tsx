import { useMemo } from 'react';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { buildSetupRecord, recordJson } from '@/utils/record/buildSetupRecord';
import { RECORD_MIME, recordFileName, type RecordFormat } from '@/utils/record/recordFile';
import { recordMarkdown } from '@/utils/record/recordMarkdown';
import { usePanelStore } from './panelStore';

/** Every user-visible string of this component, in one place for translation. */
export const SETUP_RECORD_BODY_TEXT = {
  markdown: i18n.t('setupRecordBody.markdown'),
  json: i18n.t('setupRecordBody.json'),
  print: i18n.t('setupRecordBody.print'),
  label: i18n.t('setupRecordBody.label'),
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
 * The record itself, built from the non-secret setup state (which Graph checks enrich) and kept up
 * to date while shown. Loaded when the admin first asks for it (SetupRecord.tsx).
 */
export function SetupRecordBody() {
  const setup = usePanelStore((s) => s.setup);
  const record = useMemo(() => buildSetupRecord({ setup, now: Date.now(), generatedBy: generator() }), [setup]);
  const markdown = useMemo(() => recordMarkdown(record), [record]);
  return (
    <>
      <div className="record-actions">
        <button type="button" className="button" data-testid="download-record-md" onClick={() => download(recordFileName(record, 'md'), markdown, 'md')}>
          {SETUP_RECORD_BODY_TEXT.markdown}
        </button>
        <button type="button" className="button" data-testid="download-record-json" onClick={() => download(recordFileName(record, 'json'), recordJson(record), 'json')}>
          {SETUP_RECORD_BODY_TEXT.json}
        </button>
        <button type="button" className="button" data-testid="print-record" onClick={() => window.print()}>
          {SETUP_RECORD_BODY_TEXT.print}
        </button>
      </div>
      <pre className="setup-record" data-testid="setup-record" aria-label={SETUP_RECORD_BODY_TEXT.label} tabIndex={0}>
        {markdown}
      </pre>
    </>
  );
}
