/**
 * One case (or a few) per row of the 2025–26 portal evidence (portal-evidence.md, first table):
 * what the live portal shows that the guide must handle. U9 (`#@<tenant>/` addresses) is URL
 * parsing, covered with parsePortalUrl; the guide itself works from the blade it is told.
 */
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../../../utils/steps';
import { matchesPhrase, type PhraseKey } from '../../../utils/guide/phrases';
import { accountTypeOf, readAppCreateForm } from '../../../utils/guide/read/appCreateForm';
import { readRequestPane } from '../../../utils/guide/read/requestPane';
import { readConfiguredPermissions } from '../../../utils/guide/read/configuredPermissions';
import { readAssignmentRequired } from '../../../utils/guide/read/assignmentRequired';
import { readSecretPane } from '../../../utils/guide/read/secretPane';
import { readPageState } from '../../../utils/guide/readPageState';
import { locateAppCreate } from '../../../utils/guide/locators/appCreate';
import { locateApiPermissions } from '../../../utils/guide/locators/apiPermissions';
import { locateAppOverview } from '../../../utils/guide/locators/appOverview';
import { locateEnterpriseApp } from '../../../utils/guide/locators/enterpriseApp';
import { locateCredentials } from '../../../utils/guide/locators/credentials';
import { labelOf, singleTenantFromText } from '../../../utils/portal/captureLabels';
import { applyIds } from '../../../utils/setup/applyCapture';
import { EMPTY_SETUP } from '../../../utils/setup/setupState';
import { ROOT_MODES, doneBefore, doneThrough, loadSnippet } from './snippets';
import { caseName, runLocatorCase, type LocatorCase } from './locatorCases';
import type { GuideLocator } from '../../../utils/guide/types';

function locatorTable(locate: GuideLocator, cases: LocatorCase[]) {
  const rows = cases.flatMap((c) => ROOT_MODES.map((mode) => [caseName(c), mode, c] as const));
  it.each(rows)('%s (%s)', (_name, mode, c) => runLocatorCase(locate, c, mode));
}

describe('R1: the new account-type labels, and the old ones, in all five languages', () => {
  it.each<[string, 'single' | 'multi' | 'personal']>([
    ['Single tenant only - Contoso', 'single'],
    ['Multiple Entra ID tenants', 'multi'],
    ['Any Entra ID Tenant + Personal Microsoft accounts', 'multi'],
    ['Personal accounts only', 'personal'],
    ['Accounts in this organizational directory only (Contoso only - Single tenant)', 'single'],
    ['Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant)', 'multi'],
    ['Personal Microsoft accounts only', 'personal'],
    ['Nur einzelner Mandant - Contoso', 'single'],
    ['Mehrere Entra ID-Mandanten', 'multi'],
    ['Nur Konten in diesem Organisationsverzeichnis (nur "Contoso" – einzelner Mandant)', 'single'],
    ['Locataire unique uniquement - Contoso', 'single'],
    ['Plusieurs locataires Entra ID', 'multi'],
    ['Comptes dans cet annuaire organisationnel uniquement (Contoso uniquement - Locataire unique)', 'single'],
    ['Solo un inquilino - Contoso', 'single'],
    ['Varios inquilinos de Entra ID', 'multi'],
    ['Solo cuentas de este directorio organizativo (solo Contoso: inquilino único)', 'single'],
    ['シングル テナントのみ - Contoso', 'single'],
    ['シングルテナントのみ - Contoso', 'single'],
    ['複数の Entra ID テナント', 'multi'],
    ['この組織ディレクトリのみに含まれるアカウント (Contoso のみ - シングル テナント)', 'single'],
    ['個人用アカウントのみ', 'personal'],
  ])('%j is %s', (text, type) => {
    expect(accountTypeOf(text)).toBe(type);
  });
});

describe('R2: the account type as a dropdown', () => {
  locatorTable(locateAppCreate, [
    // "Multiple Entra ID tenants" chosen: the guide points at the dropdown.
    { snippet: 'app-create.dropdown.react.html', blade: 'app-create', done: new Set(), expected: 'register.single-tenant' },
    // The list is open (Japanese): the single-tenant option, even before the name.
    { snippet: 'app-create.dropdown-open.react.ja.html', blade: 'app-create', done: new Set(), expected: 'register.single-tenant' },
    // Wording no table knows is left alone: on to Register.
    { snippet: 'app-create.dropdown-unknown.react.de.html', blade: 'app-create', done: new Set(), expected: 'register.submit' },
  ]);

  it.each([
    ['app-create.dropdown.react.html', ['not-single-tenant']],
    ['app-create.dropdown-open.react.ja.html', ['not-single-tenant']],
    ['app-create.dropdown-unknown.react.de.html', []],
  ])('%s: wrong turns %j', (snippet, expected) => {
    const { root } = loadSnippet(snippet);
    expect(readPageState(root, 'app-create').wrongTurns.map((w) => w.id)).toEqual(expected);
    expect(readAppCreateForm(root).accountTypeDropdown?.element.getAttribute('role')).toBe('combobox');
  });
});

describe('O2: the Overview value, read only as a last resort', () => {
  it.each<[string, boolean | undefined]>([
    ['Single tenant only', true],
    ['My organization only', true],
    ['Nur meine Organisation', true],
    ['Multiple Entra ID tenants', false],
    ['Multiple organizations', false],
    ['All Microsoft account users', false],
    // Wording no list knows is unknown, never "not single tenant".
    ['Nur eigene Organisation', undefined],
    ['マイ組織のみ', undefined],
  ])('%j → %s', (text, expected) => {
    expect(singleTenantFromText(text)).toBe(expected);
  });

  const ids = { clientId: '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d', tenantId: 'c0ffee00-1234-4abc-9def-0123456789ab' };
  it('the address audience wins over the page', () => {
    const next = applyIds(EMPTY_SETUP, { ...ids, singleTenant: false }, { appId: ids.clientId, audience: 'AzureADMyOrg' }, 0);
    expect(next.notices.map((n) => n.id)).not.toContain('not-single-tenant');
    expect(next.apps[ids.clientId]?.done.register).toBeDefined();
  });
  it('an unknown page value and no address audience raise no error', () => {
    const next = applyIds(EMPTY_SETUP, { ...ids, singleTenant: singleTenantFromText('Nur eigene Organisation') }, { appId: ids.clientId }, 0);
    expect(next.notices.map((n) => n.id)).not.toContain('not-single-tenant');
  });
});

describe('P2: permission rows entered by [role=row][aria-selected] and a label, without a checkbox', () => {
  it('reads each required row, ticked by aria-selected or a "selected" icon', () => {
    const { root, expected } = loadSnippet('api-permissions.pane-rows.react.html');
    const pane = readRequestPane(root)!;
    expect(pane.roles.get('Mail.ReadWrite')).toEqual({ ticked: false, element: expected('api-permissions.role.Mail.ReadWrite') });
    expect(pane.roles.get('MailboxSettings.ReadWrite')?.ticked).toBe(true);
    expect(pane.roles.get('User.Read.All')?.ticked).toBe(true);
  });
  locatorTable(locateApiPermissions, [
    { snippet: 'api-permissions.pane-rows.react.html', blade: 'app-api-permissions', done: doneBefore('api-permissions'), expected: 'api-permissions.role.Mail.ReadWrite' },
  ]);
});

describe('P4/P5: the consent confirmation without a dialog role, and the keep-other prompt before it', () => {
  locatorTable(locateApiPermissions, [
    // Found by its title and its Yes/No; the blade's own Yes/No toggle is not it.
    { snippet: 'api-permissions.confirm-norole.react.html', blade: 'app-api-permissions', done: doneThrough('api-permissions'), expected: 'admin-consent.confirm' },
    { snippet: 'api-permissions.keep-other.react.html', blade: 'app-api-permissions', done: doneThrough('api-permissions'), expected: 'admin-consent.keep-other' },
  ]);

  it('once "keep" is chosen, "Save and continue"', () => {
    const { root, expected } = loadSnippet('api-permissions.keep-other.react.html');
    (root.querySelector('#keep-yes') as HTMLInputElement).checked = true;
    const target = locateApiPermissions(root, { blade: 'app-api-permissions', doneSteps: doneThrough('api-permissions'), appName: APP_NAME });
    expect(target?.subStepId).toBe('admin-consent.continue');
    expect(target?.element).toBe(expected('admin-consent.continue'));
    expect(target?.rank).toBe('open');
  });

  it('a Yes/No toggle on the blade alone is no confirmation', () => {
    const { root } = loadSnippet('api-permissions.confirm-norole.react.html');
    root.querySelector('.confirmation-1110')!.remove();
    const target = locateApiPermissions(root, { blade: 'app-api-permissions', doneSteps: doneThrough('api-permissions'), appName: APP_NAME });
    expect(target?.subStepId).toBe('admin-consent.grant');
  });
});

describe('P8: only the configured-permissions grid counts', () => {
  it('ignores the "Other permissions granted for …" grid', () => {
    const { root } = loadSnippet('api-permissions.other-granted.react.html');
    expect(readConfiguredPermissions(root).map((p) => p.name)).toEqual(['MailboxSettings.ReadWrite']);
    expect(readPageState(root, 'app-api-permissions').completed).toEqual([]);
  });
  it('ignores it when the grids are labelled too', () => {
    const { root } = loadSnippet('api-permissions.keep-other.react.html');
    expect(readConfiguredPermissions(root).map((p) => p.name)).toEqual(['Mail.ReadWrite']);
  });
  locatorTable(locateApiPermissions, [
    { snippet: 'api-permissions.other-granted.react.html', blade: 'app-api-permissions', done: doneBefore('api-permissions'), expected: 'api-permissions.add' },
  ]);
});

describe('M2: menu items by data-telemetryname and by label with a note ("… (Preview)")', () => {
  locatorTable(locateAppOverview, [
    { snippet: 'app-overview.preview-menu.react.html', blade: 'app-overview', done: doneThrough('copy-ids'), expected: 'api-permissions.open' },
    { snippet: 'app-overview.preview-menu.react.html', blade: 'app-overview', done: doneThrough('api-permissions'), expected: 'admin-consent.open' },
    // Renamed beyond recognition, found by its telemetry name (any case).
    { snippet: 'app-overview.preview-menu.react.html', blade: 'app-overview', done: doneThrough('admin-consent'), expected: 'client-secret.open' },
  ]);
  it.each<[string, PhraseKey, boolean]>([
    ['API permissions (Preview)', 'apiPermissions', true],
    ['Certificates & secrets (Preview)', 'certificatesAndSecrets', true],
    ['API permissions granted', 'apiPermissions', false],
    ['Enterprise apps', 'enterpriseApplications', true],
  ])('%j means %s: %s', (text, key, expected) => {
    expect(matchesPhrase(text, key)).toBe(expected);
  });
  it('menu pointers yield to any blade control (rank)', () => {
    const { root } = loadSnippet('app-overview.preview-menu.react.html');
    expect(locateAppOverview(root, { blade: 'app-overview', doneSteps: doneThrough('copy-ids'), appName: APP_NAME })?.rank).toBe('menu');
  });
});

describe('E4: "Assignment required" is done only when Yes is saved', () => {
  it.each([
    // Yes and Save seen disabled (or the value read back after a reload).
    ['enterprise-properties.saved.react.ja.html', true],
    // Yes but no Save control in sight: proves nothing.
    ['enterprise-properties.no-save.react.html', false],
    // Yes with Save still enabled: not saved.
    ['enterprise-properties.user-assignment.classic.de.html', false],
  ])('%s → done: %s', (snippet, done) => {
    const { root } = loadSnippet(snippet);
    expect(readPageState(root, 'enterprise-properties').completed.includes('assignment-required')).toBe(done);
    expect(readAssignmentRequired(root)?.saved).toBe(done);
  });
  locatorTable(locateEnterpriseApp, [
    { snippet: 'enterprise-properties.no-save.react.html', blade: 'enterprise-properties', done: doneBefore('assignment-required'), expected: undefined },
  ]);
});

describe('E5: label variants of "Assignment required?"', () => {
  locatorTable(locateEnterpriseApp, [
    { snippet: 'enterprise-properties.user-assignment.classic.html', blade: 'enterprise-properties', done: doneBefore('assignment-required'), expected: 'assignment-required.yes' },
    { snippet: 'enterprise-properties.user-assignment.classic.de.html', blade: 'enterprise-properties', done: doneBefore('assignment-required'), expected: 'assignment-required.save' },
  ]);
  it.each(['User assignment required?', 'Benutzerzuweisung erforderlich?', 'Zuweisung erforderlich?', 'Assignment required?'])('%j', (label) => {
    expect(matchesPhrase(label, 'assignmentRequired')).toBe(true);
  });
});

describe('C6: Japanese Expires labelled 有効期間', () => {
  it('finds the pane and its Expires dropdown', () => {
    const { root } = loadSnippet('credentials.pane-expiry.react.ja.html');
    expect(readSecretPane(root)?.expiresText).toBe('推奨: 180 日 (6 か月)');
  });
  locatorTable(locateCredentials, [
    { snippet: 'credentials.pane-expiry.react.ja.html', blade: 'app-credentials', done: doneBefore('client-secret'), expected: 'client-secret.expires' },
  ]);
});

describe('L: more wording variants', () => {
  it.each<[string, PhraseKey]>([
    ['Geheime Schlüssel-ID', 'secretId'],
    ['Geheime ID', 'secretId'],
    ['Administratorzustimmung erteilen für Contoso', 'grantAdminConsent'],
    ['Administratorzustimmung für Contoso erteilen', 'grantAdminConsent'],
    ['証明書およびシークレット', 'certificatesAndSecrets'],
    ['証明書とシークレット', 'certificatesAndSecrets'],
    ['Contoso に管理者の同意を与える', 'grantAdminConsent'],
    ['Permisos de las API', 'apiPermissions'],
    ['Enterprise apps', 'enterpriseApplications'],
    ['Enterprise applications', 'enterpriseApplications'],
  ])('%j means %s', (text, key) => {
    expect(matchesPhrase(text, key)).toBe(true);
  });
  it('the capture reads "Geheime Schlüssel-ID" as the Secret ID column, and 有効期間 as Expires', () => {
    expect(labelOf('Geheime Schlüssel-ID')).toBe('secretId');
    expect(labelOf('有効期間')).toBe('expires');
  });
});
