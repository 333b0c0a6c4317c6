/**
 * The page guide on Certificates & secrets during a renewal: the new secret first, the fill and
 * Go elsewhere, then the OLD row's delete and its confirmation, never the new row's; and what the
 * page reports (the blade open, the old row gone).
 */
import { describe, expect, it } from 'vitest';
import { locateRenewal } from '../../../utils/guide/locators/renewal';
import { CREDENTIAL_GUIDES } from '../../../utils/guide/families/credentialGuides';
import { observePage } from '../../../utils/guide/observeGuide';
import { dateReadings, readSecretRows, renewalRows, rowShows } from '../../../utils/guide/read/secretRows';
import { namedSecret } from '../../../utils/guide/read/deleteConfirmation';
import { withQueryCache } from '../../../utils/guide/dom/queryCache';
import type { GuideContext } from '../../../utils/guide/types';
import type { SubStepId } from '../../../utils/guide/subSteps';
import type { RenewalGuideContext } from '../../../utils/renewal/renewalGuideContext';
import { APP_NAME, STEP_IDS, type RenewalStepId } from '../../../utils/steps';
import { loadSnippet, ROOT_MODES, type RootMode } from './snippets';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const OLD_KEY = '5d0c7a3e-2b1f-4e8d-9c6a-1f2e3d4c5b6a';
const OLD = { hint: 'Qk_', description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' };
const NEXT = { hint: 'Ab1', description: 'TonicDM Office365 Secret Nov 2026', expiryIso: '2028-11-28' };
const BEFORE_GO: RenewalStepId[] = ['renew-open', 'renew-new-secret', 'renew-fill'];
const AFTER_GO: RenewalStepId[] = [...BEFORE_GO, 'renew-go'];

function renewal(done: RenewalStepId[], extra: Partial<RenewalGuideContext> = {}): RenewalGuideContext {
  return { appId: APP, done, description: 'TonicDM Office365 Secret Nov 2026', old: OLD, ...(done.includes('renew-new-secret') ? { next: NEXT } : {}), ...extra };
}

function ctx(r: RenewalGuideContext | undefined, shownAppId = APP): GuideContext {
  return { blade: 'app-credentials', doneSteps: new Set(STEP_IDS), appName: APP_NAME, appId: APP, shownAppId, ...(r ? { renewal: r } : {}) };
}

interface Case {
  name: string;
  snippet: string;
  renewal: RenewalGuideContext | undefined;
  shownAppId?: string;
  expected: SubStepId | undefined;
  typeText?: string;
  /** The snippet marks the element for the setup flow's matching sub-step (the same control). */
  mark?: SubStepId;
}

const cases: Case[] = [
  { name: 'the Certificates tab is open', snippet: 'credentials.certificates-tab.react.html', renewal: renewal(['renew-open']), expected: 'renew-new-secret.tab', mark: 'client-secret.tab' },
  { name: 'New client secret', snippet: 'credentials.secrets-tab.classic.html', renewal: renewal([]), expected: 'renew-new-secret.new', mark: 'client-secret.new' },
  { name: "the description, typed with this month's name", snippet: 'credentials.pane-empty.react.html', renewal: renewal(['renew-open']), expected: 'renew-new-secret.description', typeText: 'TonicDM Office365 Secret Nov 2026', mark: 'client-secret.description' },
  { name: '24 months', snippet: 'credentials.pane-expiry.react.html', renewal: renewal(['renew-open']), expected: 'renew-new-secret.expires', mark: 'client-secret.expires' },
  { name: 'Add', snippet: 'credentials.pane-ready.classic.de.html', renewal: renewal(['renew-open']), expected: 'renew-new-secret.add', mark: 'client-secret.add' },
  { name: 'the new Value', snippet: 'credentials.value.react.html', renewal: renewal(['renew-open']), expected: 'renew-new-secret.value', mark: 'client-secret.value' },
  { name: 'the captured Value while TonicDM still uses the old one', snippet: 'credentials.value.react.html', renewal: renewal(BEFORE_GO), expected: 'renew-new-secret.value', mark: 'client-secret.value' },
  { name: 'no delete before Go', snippet: 'credentials.renewal-rows.react.html', renewal: renewal(BEFORE_GO), expected: undefined },
  { name: "after Go, the old row's delete", snippet: 'credentials.renewal-rows.react.html', renewal: renewal(AFTER_GO), expected: 'renew-remove-old.delete' },
  { name: "after Go, the old row's delete by its Secret ID", snippet: 'credentials.renewal-rows.react.html', renewal: renewal(AFTER_GO, { old: { keyId: OLD_KEY } }), expected: 'renew-remove-old.delete' },
  { name: "after Go, the old row's delete in German, by hint", snippet: 'credentials.renewal-rows.classic.de.html', renewal: renewal(AFTER_GO, { old: { hint: 'Qk_' } }), expected: 'renew-remove-old.delete' },
  { name: 'no row when the old one cannot be told apart (description and expiry unknown, no hint)', snippet: 'credentials.renewal-rows.react.html', renewal: renewal(AFTER_GO, { old: { description: 'TonicDM Office365 Secret' } }), expected: undefined },
  { name: 'the confirmation naming the old secret, after Go: Yes', snippet: 'credentials.renewal-confirm.classic.html', renewal: renewal(AFTER_GO), expected: 'renew-remove-old.confirm' },
  { name: 'the confirmation naming the old secret, before Go: No', snippet: 'credentials.renewal-confirm.classic.html', renewal: renewal(BEFORE_GO), expected: 'renew-remove-old.keep-old' },
  { name: 'the confirmation naming the NEW secret: No', snippet: 'credentials.renewal-confirm-new.react.html', renewal: renewal(AFTER_GO), expected: 'renew-remove-old.keep-new' },
  { name: 'the old row gone: nothing left', snippet: 'credentials.renewal-gone.react.html', renewal: renewal(AFTER_GO), expected: undefined },
  { name: "another app's blade: no renewal pointer", snippet: 'credentials.renewal-rows.react.html', renewal: renewal(AFTER_GO), shownAppId: '7a7a7a7a-1111-4222-8333-444455556666', expected: undefined },
];

function run(c: Case, mode: RootMode) {
  const { root, expected } = loadSnippet(c.snippet, mode);
  const context = ctx(c.renewal, c.shownAppId);
  const target = mode === 'document' ? withQueryCache(() => locateRenewal(root, context)) : locateRenewal(root, context);
  if (!c.expected) return expect(target).toBeUndefined();
  expect(target?.subStepId).toBe(c.expected);
  expect(target?.element).toBe(expected(c.mark ?? c.expected));
  if (c.typeText) expect(target?.typeText).toBe(c.typeText);
  return target;
}

describe('locateRenewal', () => {
  it.each(cases.flatMap((c) => ROOT_MODES.map((mode) => [c.name, mode, c] as const)))('%s (%s)', (_name, mode, c) => {
    run(c, mode);
  });

  it("names the old secret in the delete callout, so the admin can check the row", () => {
    const target = run(cases.find((c) => c.expected === 'renew-remove-old.delete')!, 'document');
    expect(target?.callout).toContain('"TonicDM Office365 Secret", Value Qk_…');
  });

  it('the blade family follows the renewal only while one is current', () => {
    const { root } = loadSnippet('credentials.value.react.html');
    expect(CREDENTIAL_GUIDES['app-credentials']!.locate(root, ctx(renewal(['renew-open'])))?.subStepId).toBe('renew-new-secret.value');
    expect(CREDENTIAL_GUIDES['app-credentials']!.locate(root, ctx(undefined))?.subStepId).toBe('client-secret.value');
  });
});

describe('what the page reports during a renewal', () => {
  const observe = (snippet: string, r: RenewalGuideContext, shownAppId = APP) => {
    const { root } = loadSnippet(snippet);
    return observePage(root, ctx(r, shownAppId), { name: APP_NAME, appId: APP }, CREDENTIAL_GUIDES).completed;
  };

  it.each<[string, string, RenewalGuideContext, string | undefined, string[]]>([
    ['the blade open', 'credentials.secrets-tab.classic.html', renewal([]), undefined, ['renew-open']],
    ['nothing on another app', 'credentials.secrets-tab.classic.html', renewal([]), '7a7a7a7a-1111-4222-8333-444455556666', []],
    ['the old row still listed', 'credentials.renewal-rows.react.html', renewal(AFTER_GO), undefined, []],
    ['the old row gone, the new one listed', 'credentials.renewal-gone.react.html', renewal(AFTER_GO), undefined, ['renew-remove-old']],
    ['no new secret yet: nothing is "gone"', 'credentials.renewal-gone.react.html', renewal(['renew-open']), undefined, []],
    ['both gone (the page still loading): nothing', 'credentials.secrets-tab.classic.html', renewal(AFTER_GO), undefined, []],
  ])('%s', (_name, snippet, r, shown, expected) => {
    expect(observe(snippet, r, shown)).toEqual(expected);
  });
});

describe('reading secret rows', () => {
  it.each([
    ['12/18/2026', ['2026-12-18']],
    ['18.12.2026', ['2026-12-18']],
    ['2026/12/18', ['2026-12-18']],
    ['5/7/2027', ['2027-05-07', '2027-07-05']],
    ['no date', []],
  ])('%s reads as %j', (text, expected) => {
    expect(dateReadings(text)).toEqual(expected);
  });

  it('tells the rows apart by Secret ID, hint, description and expiry', () => {
    const { root } = loadSnippet('credentials.renewal-rows.react.html');
    const rows = readSecretRows(root);
    expect(rows.map((r) => [r.hint, r.keyIds[0]?.slice(0, 8), r.dates[0], !!r.remove])).toEqual([
      ['xQ2', 'a1b2c3d4', '2027-03-01', true],
      ['Qk_', '5d0c7a3e', '2026-12-18', true],
      ['Ab1', '0f9e8d7c', '2028-11-28', true],
    ]);
    // A day off either way still matches (the portal shows local dates, Graph UTC); a hint that differs never does.
    expect(rowShows(rows[1]!, { hint: 'Qk_', expiryIso: '2026-12-19' })).toBe(true);
    expect(rowShows(rows[1]!, { hint: 'Qk_', expiryIso: '2026-12-21' })).toBe(false);
    expect(rowShows(rows[1]!, { description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' })).toBe(true);
    expect(rowShows(rows[2]!, { description: 'TonicDM Office365 Secret', expiryIso: '2026-12-18' })).toBe(false);
    expect(rowShows(rows[1]!, { keyId: '0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c', hint: 'Qk_' })).toBe(false);
  });

  it('never takes the new row for the old one, even when their hints collide', () => {
    const { root } = loadSnippet('credentials.renewal-rows.react.html');
    const rows = readSecretRows(root);
    const found = renewalRows(rows, { hint: 'Ab1', description: 'TonicDM Office365 Secret' }, NEXT);
    expect(found.old).toBeUndefined();
    expect(found.next?.hint).toBe('Ab1');
  });

  it.each<[string, 'old' | 'new' | 'unknown']>([
    ['Are you sure you want to delete the client secret TonicDM Office365 Secret?', 'old'],
    ['Are you sure you want to delete the client secret TonicDM Office365 Secret Nov 2026?', 'new'],
    ['Möchten Sie den geheimen Clientschlüssel „TonicDM Office365 Secret Nov 2026“ wirklich löschen?', 'new'],
    ['Delete this client secret?', 'unknown'],
  ])('a confirmation saying %j is about the %s secret', (text, about) => {
    expect(namedSecret(text, OLD, NEXT)).toBe(about);
  });

  it('two secrets with one description: no confirmation is trusted', () => {
    expect(namedSecret('delete TonicDM Office365 Secret?', OLD, { ...NEXT, description: OLD.description })).toBe('unknown');
  });
});
