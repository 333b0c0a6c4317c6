import { describe, expect, it } from 'vitest';
import { dateFieldPattern } from '../../../utils/tonicdm/dateFieldPattern';
import { formatExpiryForField } from '../../../utils/tonicdm/formatExpiryForField';
import type { TextField } from '../../../utils/tonicdm/isFillableCandidate';
import { isSameExpiryDate } from '../../../utils/tonicdm/isSameExpiryDate';

/** Builds the field inside a document so linked hint text can be found by id. */
function field(html: string): TextField {
  document.body.innerHTML = html;
  return document.body.querySelector('input, textarea') as TextField;
}

const ISO = '2027-01-08';

describe('formatExpiryForField', () => {
  it.each([
    ['<input type="date">', 'en-US', '2027-01-08'],
    ['<input type="date" placeholder="MM/DD/YYYY">', 'en-US', '2027-01-08'],
    ['<input type="datetime-local">', 'en-GB', '2027-01-08T00:00'],
    ['<input type="month">', 'en-US', '2027-01'],
    ['<input placeholder="MM/DD/YYYY">', 'de-DE', '01/08/2027'],
    ['<input placeholder="mm/dd/yyyy">', 'en-GB', '01/08/2027'],
    ['<input placeholder="DD/MM/YYYY">', 'en-US', '08/01/2027'],
    ['<input placeholder="YYYY-MM-DD">', 'en-US', '2027-01-08'],
    ['<input placeholder="M/D/YYYY">', 'en-GB', '1/8/2027'],
    ['<input placeholder="DD.MM.YYYY">', 'en-US', '08.01.2027'],
    ['<input placeholder="DD/MM/YY">', 'en-US', '08/01/27'],
    ['<input placeholder="Expiry (dd-mm-yyyy)">', 'en-US', '08-01-2027'],
    ['<input placeholder="e.g. 31/12/2027">', 'en-US', '08/01/2027'],
    ['<input placeholder="e.g. 12/31/2027">', 'en-GB', '01/08/2027'],
    ['<input placeholder="e.g. 2027-12-31">', 'en-US', '2027-01-08'],
    // An example that does not reveal the order falls back to the locale.
    ['<input placeholder="e.g. 01/02/2027">', 'en-GB', '08/01/2027'],
    ['<input placeholder="Enter the expiry date">', 'en-US', '1/8/2027'],
    ['<input aria-describedby="hint"><span id="hint">MM/DD/YYYY</span>', 'de-DE', '01/08/2027'],
    ['<input>', 'en-US', '1/8/2027'],
    ['<input>', 'en-GB', '08/01/2027'],
    ['<input>', 'de-DE', '8.1.2027'],
    ['<input>', 'ja-JP', '2027/1/8'],
    ['<input>', 'ar-EG', '8/1/2027'],
    ['<textarea></textarea>', 'en-US', '1/8/2027'],
    ['<input>', 'not a locale!', '2027-01-08'],
  ])('%s in %s gives %s', (html, locale, expected) => {
    expect(formatExpiryForField(field(html), ISO, locale)).toBe(expected);
  });

  it.each(['2027-02-30', '2027-13-01', '08/01/2027', '2027-1-8', ''])('rejects %j as an expiry', (iso) => {
    expect(() => formatExpiryForField(field('<input>'), iso, 'en-US')).toThrow(RangeError);
  });
});

describe('isSameExpiryDate', () => {
  it.each([
    ['<input>', 'en-US', '1/8/2027', true],
    ['<input>', 'en-US', '01/08/2027', true],
    ['<input>', 'en-US', '01/08/27', true],
    ['<input>', 'en-US', '2027-01-08', true],
    ['<input>', 'en-US', '08/01/2027', false],
    ['<input>', 'en-US', '', false],
    ['<input>', 'en-US', '1/8', false],
    ['<input>', 'en-GB', '08/01/2027', true],
    ['<input>', 'de-DE', '08.01.2027', true],
    ['<input placeholder="DD/MM/YYYY">', 'en-US', '8/1/2027', true],
    ['<input placeholder="DD/MM/YYYY">', 'en-US', '1/8/2027', false],
    ['<input type="date">', 'en-US', '2027-01-08', true],
    ['<input type="date">', 'en-US', '2027-01-09', false],
    ['<input type="datetime-local">', 'en-US', '2027-01-08T00:00', true],
    ['<input type="datetime-local">', 'en-US', '2027-01-08T09:30:00', true],
    ['<input type="datetime-local">', 'en-US', '2026-01-08T00:00', false],
  ])('%s (%s) showing %j means the same day: %s', (html, locale, shown, same) => {
    expect(isSameExpiryDate(shown, ISO, dateFieldPattern(field(html), locale))).toBe(same);
  });
});
