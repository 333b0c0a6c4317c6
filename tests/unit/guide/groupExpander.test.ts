import { describe, expect, it } from 'vitest';
import './guideWords';
import { readRequestPane } from '../../../utils/guide/read/requestPane';
import './guideWords';

/** The Request pane with one collapsed group, its header shaped as each grid renders it. */
function pane(header: string): Document {
  document.body.innerHTML = `
    <div role="dialog" aria-label="Request API permissions">
      <input role="searchbox" placeholder="Start typing a permission to filter these results" value="MailboxSettings.ReadWrite">
      <div role="grid" aria-label="Select permissions">${header}</div>
    </div>`;
  return document;
}

// Fluent UI v8 GroupHeader: the row and its expand button both say aria-expanded; a click on
// the row selects the whole group, the button only expands it.
const FLUENT_V8 = `
  <div role="row" aria-expanded="false" data-selection-index="0" data-selection-span="2">
    <div role="presentation">
      <div role="gridcell"><button type="button" aria-expanded="false" aria-label="expand or collapse group"><i aria-hidden="true">\uE974</i></button></div>
      <div role="gridcell"><span>MailboxSettings</span><span>(2)</span></div>
    </div>
  </div>`;

// A header that is itself the expander (the classic grid).
const ROW_ONLY = `<div role="row" aria-expanded="false" aria-label="MailboxSettings (2) expand or collapse group"><div role="gridcell">MailboxSettings (2)</div></div>`;

describe('collapsed permission groups', () => {
  it.each([
    ['Fluent v8 header: its expand button', FLUENT_V8, 'BUTTON'],
    ['header row without a button: the row', ROW_ONLY, 'DIV'],
  ])('%s', (_name, header, tag) => {
    const found = readRequestPane(pane(header))?.collapsedGroup('MailboxSettings');
    expect(found?.tagName).toBe(tag);
    expect(found?.getAttribute('aria-expanded')).toBe('false');
  });

  it('another group is not taken for it', () => {
    expect(readRequestPane(pane(FLUENT_V8.replace('MailboxSettings', 'MailboxFolder')))?.collapsedGroup('MailboxSettings')).toBeUndefined();
  });
});
