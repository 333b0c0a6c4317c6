// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEssentials } from '../../../utils/portal/readEssentials';
import { readSecretGrids, readSecretRow } from '../../../utils/portal/readSecretRow';

function load(name: string): Document {
  document.body.innerHTML = readFileSync(path.join('tests/fixtures/capture', name), 'utf8');
  return document;
}

const CLIENT = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';

describe('readEssentials', () => {
  it.each([
    ['classic top-document layout (upper-case tenant, copy glyphs)', 'essentials-classic.html', { clientId: CLIENT, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', singleTenant: true }],
    ['React frame layout in German, Object ID first, copy button before the value', 'essentials-react-de.html', { clientId: CLIENT, tenantId: TENANT, singleTenant: true }],
    ['hidden duplicate text inside labels and values, colon separators', 'essentials-hidden-duplicates.html', { clientId: CLIENT, tenantId: TENANT, displayName: 'TonicDM Office 365 Token', singleTenant: true }],
    ['labels in one column, values in the next', 'essentials-columns.html', { clientId: CLIENT, tenantId: TENANT }],
  ])('%s', (_name, file, expected) => {
    const found = readEssentials(load(file));
    expect(found).toMatchObject(expected);
    expect(found.objectId).toBe('9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4');
  });

  it.each([
    ['essentials-classic.html', 'fxc-essentials-value'],
    ['essentials-hidden-duplicates.html', 'essentialsValue-420'],
    ['essentials-columns.html', undefined],
  ])('points the guide at the client ID value box in %s', (file, className) => {
    const box = readEssentials(load(file)).clientIdElement;
    expect(box?.textContent).toContain(CLIENT);
    if (className) expect(box?.classList.contains(className)).toBe(true);
    expect(box?.textContent).not.toContain('9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4');
  });

  it('finds nothing before the Essentials render', () => {
    document.body.innerHTML = '<div role="progressbar">Loading…</div>';
    expect(readEssentials(document)).toEqual({ clientId: undefined, tenantId: undefined, objectId: undefined, displayName: undefined, singleTenant: undefined, clientIdElement: undefined });
  });

  it('never reports the Object ID as the client ID', () => {
    document.body.innerHTML = '<div>Application (client) ID</div><div>Object ID</div><div>9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4</div>';
    expect(readEssentials(document).clientId).toBeUndefined();
  });
});

describe('readSecretRow', () => {
  it('takes the row shown in clear, not the older masked row with the guide\'s name', () => {
    expect(readSecretRow(load('secrets-react.html'))).toEqual({
      state: 'clear',
      value: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m',
      kind: 'current',
      expiresText: '11/27/2028',
      description: 'TonicDM Client Secret November 2026',
    });
  });

  it('finds the Value by format in a layout without table roles, with the date of its row', () => {
    expect(readSecretRow(load('secrets-div-grid.html'))).toEqual({
      state: 'clear',
      value: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m',
      kind: 'current',
      expiresText: '27.11.2028',
    });
  });

  it('reports a masked value when nothing is shown in clear', () => {
    expect(readSecretRow(load('secrets-classic-masked.html'))).toEqual({ state: 'masked', description: 'TonicDM Office365 Secret' });
  });

  it('tells cells apart by format when there is no header row', () => {
    expect(readSecretRow(load('secrets-headerless.html'))).toMatchObject({ state: 'clear', value: 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m', expiresText: '2028/11/27' });
  });

  it.each([
    ['the Secret ID only', '<table><tr><th>Value</th><th>Secret ID</th></tr><tr><td></td><td>5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a</td></tr></table>'],
    ['a GUID in the Value column', '<table><tr><th>Value</th></tr><tr><td>5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a</td></tr></table>'],
    ['no table at all', '<p>No client secrets have been created for this application.</p>'],
  ])('finds no secret in %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(readSecretRow(document)).toEqual({ state: 'none' });
  });

  it.each([
    [
      'a Description shaped like a secret on a masked list (table)',
      `<table><tr><th>Description</th><th>Expires</th><th>Value</th><th>Secret ID</th></tr>
        <tr><td>Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m</td><td>11/27/2028</td><td>o6e************</td><td>0f1e2d3c-4b5a-4697-8877-665544332211</td></tr></table>`,
    ],
    [
      'a Description shaped like a secret on a masked list (Fluent grid roles)',
      `<div role="grid"><div role="row"><div role="columnheader">Description</div><div role="columnheader">Expires</div><div role="columnheader">Value</div><div role="columnheader">Secret ID</div></div>
        <div role="row"><div role="gridcell"><span>Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m</span></div><div role="gridcell">11/27/2028</div><div role="gridcell">o6e************</div><div role="gridcell">0f1e2d3c-4b5a-4697-8877-665544332211</div></div></div>`,
    ],
    [
      'a secret-shaped note outside a grid that has a Value column',
      `<p>Tip: Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m is an example.</p>
        <table><tr><th>Description</th><th>Value</th></tr><tr><td>Old</td><td>o6e************</td></tr></table>`,
    ],
  ])('only the Value column holds the secret: %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(readSecretRow(document).state).toBe('masked');
  });

  it.each([
    [
      'permission names on a leftover API permissions grid',
      `<div role="grid"><div role="row"><div role="columnheader">API / Permissions name</div><div role="columnheader">Type</div><div role="columnheader">Status</div></div>
        <div role="row"><div role="gridcell">MailboxSettings.ReadWrite</div><div role="gridcell">Application</div><div role="gridcell">Not granted for Contoso</div></div>
        <div role="row"><div role="gridcell">DeviceManagementConfiguration.Read</div><div role="gridcell">Application</div><div role="gridcell">Granted for Contoso</div></div></div>`,
    ],
    ['headerless rows with an unusual token', '<table><tr><td>MailboxSettings.ReadWrite</td><td>11/27/2028</td></tr></table>'],
  ])('finds no secret in %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(readSecretRow(document)).toEqual({ state: 'none' });
  });

  it('takes an unusual token only from a Value column (the background then asks the admin)', () => {
    document.body.innerHTML = `<table><tr><th>Description</th><th>Value</th></tr><tr><td>Legacy</td><td>aB3:x9=Qr/t7[u]w@e*z+K?p1-LmN0oP</td></tr></table>`;
    expect(readSecretRow(document)).toMatchObject({ state: 'clear', kind: 'legacy', value: 'aB3:x9=Qr/t7[u]w@e*z+K?p1-LmN0oP' });
  });

  it('ignores hidden rows', () => {
    document.body.innerHTML = `<table><tr><th>Value</th><th>Expires</th></tr><tr hidden><td>Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m</td><td>11/27/2028</td></tr></table>`;
    expect(readSecretRow(document)).toEqual({ state: 'none' });
  });
});

describe('readSecretGrids', () => {
  const CLEAR = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
  const live = (rows: number, cell = (i: number) => `${i}`) =>
    `<div role="grid" id="live"><div role="row"><div role="columnheader">Date</div><div role="columnheader">Request ID</div></div>${Array.from(
      { length: rows },
      (_, i) => `<div role="row"><div role="gridcell">${cell(i)}</div><div role="gridcell">a1b2c3d4</div></div>`,
    ).join('')}</div>`;

  it('names the grid with the Value column as the one to watch, not a live grid beside it', () => {
    document.body.innerHTML = `${readFileSync('tests/fixtures/capture/secrets-react.html', 'utf8')}${live(300)}`;
    const { reading, valueGrids } = readSecretGrids(document);
    expect(reading).toMatchObject({ state: 'clear', value: CLEAR });
    expect(valueGrids).toEqual([document.querySelector('[aria-label="Client secrets"]')]);
  });

  it('a secret-shaped token in another grid is not the secret once a Value column exists', () => {
    document.body.innerHTML = `<table id="secrets"><tr><th>Description</th><th>Value</th></tr><tr><td>Old</td><td>o6e************</td></tr></table>${live(150, (i) => (i === 70 ? CLEAR : `${i}`))}`;
    expect(readSecretGrids(document)).toMatchObject({ reading: { state: 'masked' }, valueGrids: [document.getElementById('secrets')] });
  });

  it.each([
    ['the body has the header\'s columns', `<td>TonicDM Office365 Secret</td><td>11/27/2028</td><td>${CLEAR}</td>`, { state: 'clear', value: CLEAR, expiresText: '11/27/2028' }],
    ['the body has other columns', `<td>Legacy</td><td>aB3:x9=Qr/t7[u]w@e*z+K?p1-LmN0oP</td>`, { state: 'none' }],
  ])('a grid drawn as two tables (fixed header over a scrolling body): %s', (_name, cells, expected) => {
    document.body.innerHTML = `<div class="grid-wrapper">
      <div class="head"><table><tr><th>Description</th><th>Expires</th><th>Value</th></tr></table></div>
      <div class="body"><table><tr>${cells}</tr></table></div></div>`;
    expect(readSecretGrids(document).reading).toMatchObject(expected);
  });

  it('on a page without a Value column, a big grid without the format is passed over and nothing is watched', () => {
    document.body.innerHTML = live(300);
    expect(readSecretGrids(document)).toEqual({ reading: { state: 'none' }, valueGrids: [] });
  });
});
