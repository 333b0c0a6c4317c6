import { describe, expect, it } from 'vitest';
import './guideWords';
import { foldPhraseText, matchesPhrase, type PhraseKey } from '../../../utils/guide/phrases';
import { PHRASE_TABLES } from '../../../utils/guide/phraseTables';
import { PHRASE_MODES } from '../../../utils/guide/phraseTables/modes';

describe('matchesPhrase', () => {
  it.each<[string, PhraseKey, boolean]>([
    ['New registration', 'newRegistration', true],
    ['Neue Registrierung', 'newRegistration', true],
    ['Nouvelle inscription', 'newRegistration', true],
    ['Nuevo registro', 'newRegistration', true],
    ['新規登録', 'newRegistration', true],
    ['\uE710 New registration', 'newRegistration', true],
    ['+ New client secret', 'newClientSecret', true],
    ['NEW  CLIENT\u00a0SECRET', 'newClientSecret', true],
    ['新しいクライアントシークレット', 'newClientSecret', true],
    ['New client secret expires soon', 'newClientSecret', false],
    ['Grant admin consent for Contoso Ltd', 'grantAdminConsent', true],
    ['Administratorzustimmung für Contoso erteilen', 'grantAdminConsent', true],
    ['Accorder un consentement d’administrateur pour Contoso', 'grantAdminConsent', true],
    ['Conceder consentimiento de administrador para Contoso', 'grantAdminConsent', true],
    ['Contoso に管理者の同意を与えます', 'grantAdminConsent', true],
    ['Grant admin consent', 'grantAdminConsent', false],
    ['Grant admin consent confirmation.', 'grantAdminConsent', false],
    ['Granted for Contoso', 'grantedFor', true],
    ['Not granted for Contoso', 'grantedFor', false],
    ['Not granted for Contoso', 'notGrantedFor', true],
    ['Nicht gewährt für Contoso', 'notGrantedFor', true],
    ['Gewährt für Contoso', 'grantedFor', true],
    ['Contoso に付与されました', 'grantedFor', true],
    ['Contoso に付与されていません', 'grantedFor', false],
    ['Contoso に付与されていません', 'notGrantedFor', true],
    ['Add a permission', 'addPermission', true],
    ['Add permissions', 'addPermission', false],
    ['Add permissions', 'addPermissions', true],
    ['Accounts in this organizational directory only (Contoso only - Single tenant)', 'singleTenant', true],
    ['Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant)', 'singleTenant', false],
    ['Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant)', 'multiTenant', true],
    ['この組織ディレクトリのみに含まれるアカウント (Contoso のみ - シングル テナント)', 'singleTenant', true],
    ['Affectation requise\u00a0?', 'assignmentRequired', true],
    ['¿Se requiere asignación?', 'assignmentRequired', true],
    ['割り当てが必要ですか？', 'assignmentRequired', true],
    ['730 Tage (24 Monate)', 'expires24Months', true],
    ['730 日 （24 か月）', 'expires24Months', true],
    ['Recommended: 180 days (6 months)', 'expires24Months', false],
    ['Sí', 'yes', true],
    ['Si', 'yes', true],
    ['Yes, remove', 'yes', false],
    ['ID d’application (client)', 'applicationClientId', true],
    ['Application (client) ID:', 'applicationClientId', true],
    ['Name *', 'name', true],
    ['Names', 'name', false],
    ['Microsoft Graph (4)', 'microsoftGraph', true],
    ['Mail (2)', 'microsoftGraph', false],
    ['Application type == Enterprise Applications', 'applicationTypeFilter', true],
    ['Anwendungstyp == Unternehmensanwendungen', 'applicationTypeFilter', true],
    ['Application type == Managed Identities', 'applicationTypeFilter', false],
    ['e.g. https://example.com/auth', 'redirectUriExample', true],
    ['', 'name', false],
  ])('%j means %s: %s', (text, key, expected) => {
    expect(matchesPhrase(text, key)).toBe(expected);
  });

  it('treats missing text as no match', () => {
    expect(matchesPhrase(null, 'save')).toBe(false);
    expect(matchesPhrase(undefined, 'save')).toBe(false);
  });
});

describe('phrase tables', () => {
  const keys = Object.keys(PHRASE_MODES) as PhraseKey[];

  it.each(keys)('%s has a phrase in every locale', (key) => {
    for (const table of Object.values(PHRASE_TABLES)) expect(table[key].length).toBeGreaterThan(0);
  });

  const ownPhrases = keys.flatMap((key) =>
    Object.entries(PHRASE_TABLES).flatMap(([locale, table]) =>
      table[key].map((phrase) => [key, locale, phrase.replace('{org}', 'Contoso')] as const),
    ),
  );
  it.each(ownPhrases)('%s (%s) matches its own phrase %j', (key, _locale, phrase) => {
    expect(matchesPhrase(phrase, key)).toBe(true);
  });
});

describe('foldPhraseText', () => {
  it.each([
    ['  Grant\u00a0admin\n consent ', 'grantadminconsent'],
    ['\uE8C8Copy', 'copy'],
    ['ID d’objet', "idd'objet"],
    ['Name *', 'name'],
    ['Réglages', 'reglages'],
    ['（テナント）', '(テナント)'],
  ])('%j folds to %j', (text, folded) => {
    expect(foldPhraseText(text)).toBe(folded);
  });
});
