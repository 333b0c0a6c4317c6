// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fillSecurityForm, type SecurityValues } from '../../../utils/tonicdm/fillSecurityForm';
import { deepElements } from '../../../utils/tonicdm/composedTree';
import { SECURITY_FIELDS } from '../../../utils/tonicdm/securityFields';
import { allFieldValues, loadFixture, takeExpectedMarks } from './loadFixture';

const VALUES: SecurityValues = {
  secret: 'Qx8Q~abcDEF.ghiJKL_mnoPQR-stuVWX~yz0123456',
  expiryIso: '2027-01-08',
  clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  tenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
};

/**
 * Counts the events a framework would react to, and any click (the fill must never press Go).
 * Listens on the controls themselves: `change` does not cross shadow boundaries.
 */
function watch(doc: Document) {
  const seen = { input: 0, change: 0, click: 0 };
  const controls = deepElements(doc).filter((el) => ['input', 'textarea', 'button'].includes(el.localName));
  for (const el of [doc, ...controls]) {
    el.addEventListener('input', () => seen.input++);
    el.addEventListener('change', () => seen.change++);
  }
  doc.addEventListener('click', () => seen.click++, true);
  for (const el of controls) el.addEventListener('click', () => seen.click++);
  return seen;
}

describe('fillSecurityForm fills every field and reads it back', () => {
  it.each([
    ['plain-html.html', 'en-US', '01/08/2027'],
    ['material-like.html', 'en-GB', '01/08/2027'],
    ['aria-only.html', 'en-US', '2027-01-08'],
    ['angular-like.html', 'en-US', '2027-01-08'],
    ['shadow-dom.html', 'en-US', '08/01/2027'],
    ['date-native.html', 'de-DE', '2027-01-08'],
    ['date-placeholder-ddmmyyyy.html', 'en-US', '08/01/2027'],
    // Typed as 1/8/2027 (en-US short date); the page's picker rewrites it.
    ['date-reformat.html', 'en-US', '01/08/2027'],
    ['flat-layout.html', 'en-US', '2027-01-08'],
  ])('%s (%s): expiry shows %s', (name, locale, shownExpiry) => {
    const doc = loadFixture(name).document;
    const marks = takeExpectedMarks(doc);
    const events = watch(doc);

    const outcome = fillSecurityForm(doc, VALUES, locale);

    expect(outcome).toEqual({ ok: true, results: SECURITY_FIELDS.map((field) => ({ field, ok: true })) });
    const valueOf = (mark: string) => (marks.get(mark) as HTMLInputElement).value;
    expect(valueOf('secret')).toBe(VALUES.secret);
    expect(valueOf('expiry')).toBe(shownExpiry);
    expect(valueOf('clientId')).toBe(VALUES.clientId);
    expect(valueOf('tenantId')).toBe(VALUES.tenantId);
    expect(events.input).toBeGreaterThanOrEqual(4);
    expect(events.change).toBeGreaterThanOrEqual(4);
    expect(events.click).toBe(0);
  });

  it('fills the renewal form once "Update Now" has revealed it', () => {
    const win = loadFixture('update-now.html');
    const marks = takeExpectedMarks(win.document);
    (marks.get('updateNow') as HTMLElement).click();
    expect(fillSecurityForm(win.document, VALUES, 'en-US').ok).toBe(true);
    expect((marks.get('expiry') as HTMLInputElement).value).toBe('01/08/2027');
    expect((marks.get('clientId') as HTMLInputElement).value).toBe(VALUES.clientId);
  });
});

describe('fillSecurityForm is all or nothing', () => {
  it.each([
    ['missing-field.html', 'missing', ['tenantId']],
    ['duplicate-labels.html', 'ambiguous', ['clientId']],
    ['custom-date-picker.html', 'missing', ['expiry']],
    ['update-now.html', 'missing', ['secret', 'expiry', 'clientId', 'tenantId']],
  ])('%s: refuses (%s %j) and changes no input', (name, reason, fields) => {
    const doc = loadFixture(name).document;
    const before = allFieldValues(doc);
    const events = watch(doc);

    expect(fillSecurityForm(doc, VALUES, 'en-US')).toEqual({ ok: false, reason, fields });
    expect(allFieldValues(doc)).toEqual(before);
    expect(events).toEqual({ input: 0, change: 0, click: 0 });
  });

  it('rejects a malformed expiry before touching the page', () => {
    const doc = loadFixture('plain-html.html').document;
    const before = allFieldValues(doc);
    expect(() => fillSecurityForm(doc, { ...VALUES, expiryIso: '08/01/2027' }, 'en-US')).toThrow(RangeError);
    expect(allFieldValues(doc)).toEqual(before);
  });
});

describe('fillSecurityForm read-back', () => {
  it('reports a date the picker could not take (typed 8.1.2027 into an MM/DD/YYYY picker)', () => {
    const doc = loadFixture('date-reformat.html').document;
    const marks = takeExpectedMarks(doc);
    expect(fillSecurityForm(doc, VALUES, 'de-DE')).toEqual({ ok: false, reason: 'readback', fields: ['expiry'] });
    expect((marks.get('expiry') as HTMLInputElement).value).toBe('');
  });

  it('reports a field whose page rewrote the value', () => {
    const doc = loadFixture('plain-html.html').document;
    const client = doc.getElementById('client-id') as HTMLInputElement;
    client.addEventListener('input', () => {
      client.value = client.value.toUpperCase();
    });
    expect(fillSecurityForm(doc, VALUES, 'en-US')).toEqual({ ok: false, reason: 'readback', fields: ['clientId'] });
  });
});

describe('fillSecurityForm keeps the values to itself', () => {
  it.each(['plain-html.html', 'missing-field.html', 'date-reformat.html'])('%s: no value in the outcome or the console', (name) => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    const outcome = fillSecurityForm(loadFixture(name).document, VALUES, 'de-DE');
    const printed = JSON.stringify([outcome, ...spies.map((spy) => spy.mock.calls)]);
    for (const value of [VALUES.secret, VALUES.clientId, VALUES.tenantId]) expect(printed).not.toContain(value);
  });
});
