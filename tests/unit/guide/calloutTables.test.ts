import { describe, expect, it } from 'vitest';
import { CALLOUT_TABLES } from '../../../utils/guide/calloutTables';
import type { CalloutTable } from '../../../utils/guide/calloutTables/types';
import { PHRASE_TABLES } from '../../../utils/guide/phraseTables';
import { SUB_STEPS } from '../../../utils/guide/subSteps';
import { WRONG_TURNS } from '../../../utils/guide/wrongTurns';
import { APP_NAME, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../../../utils/steps';

const en = CALLOUT_TABLES.en;
const languages = Object.entries(CALLOUT_TABLES).filter(([lang]) => lang !== 'en') as [string, CalloutTable][];

/** Every text of a table by a path, e.g. `subSteps.register.name`, `wrongTurns.not-single-tenant.fix`. */
function texts(table: CalloutTable): Map<string, string> {
  const all = new Map<string, string>();
  for (const [id, text] of Object.entries(table.subSteps)) all.set(`subSteps.${id}`, text);
  for (const [id, text] of Object.entries(table.variants)) all.set(`variants.${id}`, text);
  for (const [id, turn] of Object.entries(table.wrongTurns)) {
    all.set(`wrongTurns.${id}.message`, turn.message);
    all.set(`wrongTurns.${id}.fix`, turn.fix);
  }
  all.set('otherApp', table.otherApp);
  for (const [id, text] of Object.entries(table.overlay)) all.set(`overlay.${id}`, text);
  for (const [id, text] of Object.entries(table.secret)) all.set(`secret.${id}`, text);
  return all;
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
const VERBATIM = [APP_NAME, SECRET_DESCRIPTION, ...REQUIRED_GRAPH_ROLES, 'TonicDM'];

describe('the English table', () => {
  it('is the model: every sub-step, variant and wrong turn', () => {
    expect(Object.keys(en.subSteps).sort()).toEqual(SUB_STEPS.map((s) => s.id).sort());
    for (const s of SUB_STEPS) expect(en.subSteps[s.id]).toBe(s.callout);
    expect(Object.keys(en.wrongTurns).sort()).toEqual(Object.keys(WRONG_TURNS).sort());
  });
});

describe.each(languages)('the %s table', (lang, table) => {
  const english = texts(en);
  const own = texts(table);

  it('has exactly the English ids', () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.entries()])('%s keeps the placeholders and the names typed or found verbatim', (path, source) => {
    const text = own.get(path)!;
    expect(text.trim()).not.toBe('');
    expect(placeholders(text)).toEqual(placeholders(source));
    for (const name of VERBATIM) if (source.includes(name)) expect(text).toContain(name);
    // Two lines at most, as in English: a callout is read at a glance.
    expect(text.split('\n').length).toBe(source.split('\n').length);
  });

  it('is not English left untranslated', () => {
    const words = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    const same = [...english.entries()].filter(([path, source]) => words(source) && own.get(path) === source);
    expect(same.map(([path]) => path)).toEqual([]);
  });

  // The background drops a page report with a text over 200 characters, and the progress in it.
  it.each(Object.entries(table.wrongTurns))('wrong turn %s fits in a report', (_id, turn) => {
    expect(turn.message.length).toBeLessThanOrEqual(200);
    expect(turn.fix.length).toBeLessThanOrEqual(200);
  });

  it("quotes the portal's own labels in that language", () => {
    const label = (key: keyof typeof PHRASE_TABLES.en) => PHRASE_TABLES[lang as 'de'][key][0]!;
    expect(table.subSteps['register.new-registration']).toContain(label('newRegistration'));
    expect(table.subSteps['api-permissions.add']).toContain(label('addPermission'));
    expect(table.subSteps['client-secret.new']).toContain(label('newClientSecret'));
    expect(table.subSteps['client-secret.expires']).toContain(label('expires24Months'));
    expect(table.subSteps['admin-consent.grant']).toContain(label('grantAdminConsent').split('{org}').join('…'));
  });
});
