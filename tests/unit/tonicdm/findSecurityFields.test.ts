// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findSecurityFields } from '../../../utils/tonicdm/findSecurityFields';
import { SECURITY_FIELDS } from '../../../utils/tonicdm/securityFields';
import { loadFixture, takeExpectedMarks } from './loadFixture';

const COMPLETE_FIXTURES = [
  'plain-html.html',
  'material-like.html',
  'aria-only.html',
  'angular-like.html',
  'shadow-dom.html',
  'date-native.html',
  'date-placeholder-ddmmyyyy.html',
  'date-reformat.html',
  'flat-layout.html',
];

describe('findSecurityFields on complete forms', () => {
  it.each(COMPLETE_FIXTURES)('%s: picks the marked input for every field and the section Go', (name) => {
    const doc = loadFixture(name).document;
    const expected = takeExpectedMarks(doc);
    const result = findSecurityFields(doc);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    for (const field of SECURITY_FIELDS) {
      expect(result.fields[field], field).toBe(expected.get(field));
    }
    expect(result.goButton).toBe(expected.get('go'));
    expect(result.section?.textContent).toMatch(/Security Set Up/);
  });
});

describe('findSecurityFields on forms it must not fill', () => {
  it.each([
    { name: 'missing-field.html', missing: ['tenantId'], ambiguous: [] },
    { name: 'duplicate-labels.html', missing: [], ambiguous: ['clientId'] },
    { name: 'custom-date-picker.html', missing: ['expiry'], ambiguous: [] },
  ])('$name: missing $missing, ambiguous $ambiguous', ({ name, missing, ambiguous }) => {
    const doc = loadFixture(name).document;
    const result = findSecurityFields(doc);
    expect(result).toMatchObject({ status: 'incomplete', missing, ambiguous, updateNowButton: null });
    expect(result.section?.textContent).toMatch(/Security Set Up/);
  });
});

describe('renewal behind "Update Now"', () => {
  it('reports the button while the fields are hidden, and finds the fields once it is clicked', () => {
    const win = loadFixture('update-now.html');
    const expected = takeExpectedMarks(win.document);

    const before = findSecurityFields(win.document);
    expect(before).toMatchObject({ status: 'incomplete', missing: [...SECURITY_FIELDS], ambiguous: [] });
    if (before.status !== 'incomplete') return;
    expect(before.updateNowButton).toBe(expected.get('updateNow'));

    before.updateNowButton?.click();
    const after = findSecurityFields(win.document);
    expect(after.status).toBe('found');
    if (after.status !== 'found') return;
    for (const field of SECURITY_FIELDS) expect(after.fields[field], field).toBe(expected.get(field));
    expect(after.goButton).toBe(expected.get('go'));
  });
});

describe('findSecurityFields edge rules', () => {
  const page = (security: string, outside = ''): Document => {
    const doc = loadFixture('plain-html.html').document;
    doc.querySelector('main')!.innerHTML = `${outside}<section><h2>Security Set Up</h2>${security}</section>`;
    return doc;
  };
  const four = (secretLabel: string) => `
    <label for="a">${secretLabel}</label><input id="a">
    <label for="b">Expiry Date</label><input id="b">
    <label for="c">Application (client) ID</label><input id="c">
    <label for="d">Tenant ID</label><input id="d">`;

  it.each([
    { label: 'App Secret', found: true },
    { label: 'Client secret', found: true },
    { label: 'Secret value', found: true },
    { label: 'Secret', found: true },
    { label: 'Secret ID', found: false },
    { label: 'Client secret ID', found: false },
  ])('a secret field labelled "$label" counts: $found', ({ label, found }) => {
    const result = findSecurityFields(page(four(label)));
    if (found) expect(result.status === 'found' && result.fields.secret.id).toBe('a');
    else expect(result).toMatchObject({ status: 'incomplete', missing: ['secret'] });
  });

  it('takes the secret value field over a Secret ID field next to it', () => {
    const result = findSecurityFields(page(`<label for="z">Secret ID</label><input id="z">${four('Secret value')}`));
    expect(result.status === 'found' && result.fields.secret.id).toBe('a');
  });

  it.each([
    { attr: 'hidden', html: '<input id="x" hidden>' },
    { attr: 'disabled', html: '<input id="x" disabled>' },
    { attr: 'readonly', html: '<input id="x" readonly>' },
    { attr: 'type=hidden', html: '<input id="x" type="hidden">' },
    { attr: 'type=checkbox', html: '<input id="x" type="checkbox">' },
    { attr: 'display:none', html: '<div style="display:none"><input id="x"></div>' },
    { attr: 'visibility:hidden', html: '<input id="x" style="visibility:hidden">' },
  ])('ignores a second Tenant ID field that is $attr', ({ html }) => {
    const result = findSecurityFields(page(`${four('App Secret')}<label for="x">Tenant ID</label>${html}`));
    expect(result.status === 'found' && result.fields.tenantId.id).toBe('d');
  });

  it('treats one input claimed by two fields at equal strength as ambiguous', () => {
    const result = findSecurityFields(
      page(`<label for="a">App Secret</label><input id="a">
        <label for="b">Expiry Date</label><input id="b">
        <label for="c">Client ID</label><input id="c" aria-label="Tenant ID">`),
    );
    expect(result).toMatchObject({ status: 'incomplete', missing: [], ambiguous: ['clientId', 'tenantId'] });
  });

  it('lets a label outrank a developer name that says otherwise', () => {
    const result = findSecurityFields(
      page(four('App Secret').replace('<input id="d">', '<input id="d" name="clientId">')),
    );
    expect(result.status === 'found' && result.fields.tenantId.id).toBe('d');
  });

  it('uses only the section when the page has matching fields elsewhere', () => {
    const outside = '<section><h2>Single Sign-On</h2><label for="o">Tenant ID</label><input id="o"></section>';
    const result = findSecurityFields(page(four('App Secret'), outside));
    expect(result.status === 'found' && result.fields.tenantId.id).toBe('d');
  });

  it('does not borrow a field from another section when the section lacks it', () => {
    const outside = '<section><h2>Single Sign-On</h2><label for="o">Tenant ID</label><input id="o"></section>';
    const withoutTenant = four('App Secret').replace(/<label for="d">.*<\/label><input id="d">/, '');
    expect(findSecurityFields(page(withoutTenant, outside))).toMatchObject({ status: 'incomplete', missing: ['tenantId'] });
  });

  it('accepts fields in a dialog when the section holds none of them', () => {
    const doc = page('<p>Token expires soon.</p><button>Update Now</button>');
    doc.body.insertAdjacentHTML('beforeend', `<div role="dialog" aria-modal="true">${four('App Secret')}<button id="go">Go</button></div>`);
    const result = findSecurityFields(doc);
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.goButton?.id).toBe('go');
  });

  it('without a "Security Set Up" title, takes the Go of the fields\' own form, not the search box\'s', () => {
    const doc = loadFixture('plain-html.html').document;
    doc.querySelector('#security h2')!.textContent = 'Token';
    doc.getElementById('sso')!.remove();
    const result = findSecurityFields(doc);
    expect(result.section).toBeNull();
    expect(result.status === 'found' && result.goButton?.closest('form')?.id).toBe('security-form');
  });

  it('without any "Security Set Up" title, still requires each field to be unique on the page', () => {
    const doc = loadFixture('plain-html.html').document;
    doc.querySelector('#security h2')!.textContent = 'Token';
    // The Single Sign-On section's Client ID and Tenant ID now compete with the token's.
    expect(findSecurityFields(doc)).toMatchObject({ status: 'incomplete', missing: [], ambiguous: ['clientId', 'tenantId'] });
  });

  it('finds a section drawn as a tab and its panel', () => {
    const doc = loadFixture('plain-html.html').document;
    doc.querySelector('main')!.innerHTML = `
      <div role="tablist"><button role="tab" aria-controls="p1">General</button><button role="tab" aria-controls="p2">Security Set Up</button></div>
      <div role="tabpanel" id="p1"><label for="o">Tenant ID</label><input id="o"></div>
      <div role="tabpanel" id="p2">${four('App Secret')}<a href="/inbox">Go to inbox</a><button id="go">Go</button></div>`;
    const result = findSecurityFields(doc);
    expect(result.section?.id).toBe('p2');
    expect(result.status === 'found' && [result.fields.tenantId.id, result.goButton?.id]).toEqual(['d', 'go']);
  });

  it('ignores the navigation link and search Go that also read "Security Set Up" and "Go"', () => {
    const doc = loadFixture('plain-html.html').document;
    const result = findSecurityFields(doc);
    expect(result.section?.id).toBe('security');
    expect(result.status === 'found' && result.goButton?.closest('form')?.id).toBe('security-form');
  });
});
