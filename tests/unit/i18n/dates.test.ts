import { describe, expect, it } from 'vitest';
import { formatDay, formatTime, uiLocale } from '../../../utils/i18n/dates';

describe('one date format per language', () => {
  it.each([
    ['en-US', '2028-12-02', 'December 2, 2028'],
    ['en-GB', '2028-12-02', '2 December 2028'],
    ['de', '2028-12-02', '2. Dezember 2028'],
    ['fr', '2028-12-02', '2 décembre 2028'],
    ['es', '2028-12-02', '2 de diciembre de 2028'],
    ['ja', '2028-12-02', '2028年12月2日'],
    // A calendar day: never a day earlier west of UTC.
    ['en-US', '2028-01-01', 'January 1, 2028'],
  ])('%s: %s reads %s', (locale, iso, expected) => {
    expect(formatDay(iso, locale)).toBe(expected);
  });

  it('a value that is not a date is shown as it is', () => {
    expect(formatDay('soon', 'de')).toBe('soon');
  });

  it('times follow the language too', () => {
    const at = Date.UTC(2026, 11, 3, 14, 5);
    expect(formatTime(at, 'de')).toMatch(/^\d{2}:05$/);
    expect(formatTime(at, 'en-US')).toMatch(/^\d{1,2}:05\s?[AP]M$/);
  });

  it('the browser language is the default', () => {
    expect(uiLocale()).toBe('en-US');
    expect(formatDay('2028-12-02')).toBe('December 2, 2028');
  });
});

describe('the test browser speaks English from locales/en.yml', () => {
  it('even after a test resets the fake browser', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.reset();
    const { i18n } = await import('#i18n');
    expect(i18n.t('extName')).toBe('TonicDM Entra Setup Assistant');
  });
});
