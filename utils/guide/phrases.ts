/**
 * The portal's UI phrases the guide looks for, in every language it supports, keyed by meaning.
 *
 * The portal language is not trusted (the admin may switch it, frames may lag the shell, a
 * `?culture=` override wins over the profile), so every key matches all locales at once.
 * Wording is Microsoft's where known; where the portal has used more than one translation over
 * time, all are listed. `{org}` stands for the tenant's display name.
 */

import { foldPhraseText } from '../portal/foldPhraseText';
import { PORTAL_LABELS, type Locale } from '../portal/captureLabels';

export type { Locale };

/** exact: the whole text; prefix: text starts with it (extra detail follows); contains: anywhere. */
export type MatchMode = 'exact' | 'prefix' | 'contains';

interface PhraseEntry {
  mode: MatchMode;
  text: Record<Locale, readonly string[]>;
}

const ORG = '{org}';

export const PHRASES = {
  // App registrations
  appRegistrations: {
    mode: 'exact',
    text: {
      en: ['App registrations'],
      de: ['App-Registrierungen'],
      fr: ["Inscriptions d'applications", 'Inscriptions des applications'],
      es: ['Registros de aplicaciones'],
      ja: ['アプリの登録'],
    },
  },
  newRegistration: {
    mode: 'exact',
    text: {
      en: ['New registration'],
      de: ['Neue Registrierung'],
      fr: ['Nouvelle inscription'],
      es: ['Nuevo registro'],
      ja: ['新規登録'],
    },
  },
  name: {
    mode: 'exact',
    text: { en: ['Name'], de: ['Name'], fr: ['Nom'], es: ['Nombre'], ja: ['名前'] },
  },
  singleTenant: {
    mode: 'prefix',
    text: {
      en: ['Accounts in this organizational directory only'],
      de: ['Nur Konten in diesem Organisationsverzeichnis', 'Konten nur in diesem Organisationsverzeichnis'],
      fr: ['Comptes dans cet annuaire organisationnel uniquement', 'Comptes de cet annuaire organisationnel uniquement'],
      es: ['Solo cuentas de este directorio organizativo', 'Cuentas de este directorio organizativo solamente'],
      ja: ['この組織ディレクトリのみに含まれるアカウント', 'この組織のディレクトリ内のアカウントのみ'],
    },
  },
  multiTenant: {
    mode: 'prefix',
    text: {
      en: ['Accounts in any organizational directory'],
      de: ['Konten in einem beliebigen Organisationsverzeichnis'],
      fr: ['Comptes dans un annuaire organisationnel', "Comptes dans n'importe quel annuaire organisationnel"],
      es: ['Cuentas en cualquier directorio organizativo'],
      ja: ['任意の組織ディレクトリ内のアカウント'],
    },
  },
  personalAccountsOnly: {
    mode: 'prefix',
    text: {
      en: ['Personal Microsoft accounts only'],
      de: ['Nur persönliche Microsoft-Konten'],
      fr: ['Comptes Microsoft personnels uniquement'],
      es: ['Solo cuentas Microsoft personales', 'Solo cuentas personales de Microsoft'],
      ja: ['個人用 Microsoft アカウントのみ', '個人の Microsoft アカウントのみ'],
    },
  },
  redirectUri: {
    mode: 'prefix',
    text: {
      en: ['Redirect URI'],
      de: ['Umleitungs-URI'],
      fr: ['URI de redirection'],
      es: ['URI de redirección'],
      ja: ['リダイレクト URI'],
    },
  },
  /** The redirect URI box's placeholder ("e.g. https://example.com/auth"), the same in every language. */
  redirectUriExample: {
    mode: 'contains',
    text: {
      en: ['https://example.com/auth'],
      de: ['https://example.com/auth'],
      fr: ['https://example.com/auth'],
      es: ['https://example.com/auth'],
      ja: ['https://example.com/auth'],
    },
  },
  register: {
    mode: 'exact',
    text: { en: ['Register'], de: ['Registrieren'], fr: ['Inscrire', "S'inscrire"], es: ['Registrar'], ja: ['登録'] },
  },

  // App overview
  overview: {
    mode: 'exact',
    text: { en: ['Overview'], de: ['Übersicht'], fr: ["Vue d'ensemble"], es: ['Información general'], ja: ['概要'] },
  },
  applicationClientId: {
    mode: 'exact',
    text: PORTAL_LABELS.clientId,
  },
  directoryTenantId: {
    mode: 'exact',
    text: PORTAL_LABELS.tenantId,
  },
  objectId: {
    mode: 'exact',
    text: PORTAL_LABELS.objectId,
  },

  // API permissions
  apiPermissions: {
    mode: 'exact',
    text: {
      en: ['API permissions'],
      de: ['API-Berechtigungen'],
      fr: ["Autorisations de l'API", "Autorisations d'API", 'API autorisées'],
      es: ['Permisos de API'],
      ja: ['API のアクセス許可'],
    },
  },
  requestApiPermissions: {
    mode: 'exact',
    text: {
      en: ['Request API permissions'],
      de: ['API-Berechtigungen anfordern'],
      fr: ["Demander des autorisations d'API", "Demander des autorisations de l'API"],
      es: ['Solicitud de permisos de API', 'Solicitar permisos de API'],
      ja: ['API アクセス許可の要求'],
    },
  },
  addPermission: {
    mode: 'exact',
    text: {
      en: ['Add a permission'],
      de: ['Berechtigung hinzufügen', 'Eine Berechtigung hinzufügen'],
      fr: ['Ajouter une autorisation'],
      es: ['Agregar un permiso'],
      ja: ['アクセス許可の追加'],
    },
  },
  microsoftGraph: {
    mode: 'prefix',
    text: { en: ['Microsoft Graph'], de: ['Microsoft Graph'], fr: ['Microsoft Graph'], es: ['Microsoft Graph'], ja: ['Microsoft Graph'] },
  },
  delegatedPermissions: {
    mode: 'prefix',
    text: {
      en: ['Delegated permissions'],
      de: ['Delegierte Berechtigungen'],
      fr: ['Autorisations déléguées'],
      es: ['Permisos delegados'],
      ja: ['委任されたアクセス許可'],
    },
  },
  applicationPermissions: {
    mode: 'prefix',
    text: {
      en: ['Application permissions'],
      de: ['Anwendungsberechtigungen'],
      fr: ["Autorisations d'application"],
      es: ['Permisos de aplicación'],
      ja: ['アプリケーションの許可', 'アプリケーションのアクセス許可'],
    },
  },
  filterPermissions: {
    mode: 'prefix',
    text: {
      en: ['Start typing a permission to filter these results'],
      de: ['Beginnen Sie mit der Eingabe einer Berechtigung, um diese Ergebnisse zu filtern'],
      fr: ['Commencez à taper une autorisation pour filtrer ces résultats', 'Commencez à entrer une autorisation'],
      es: ['Empiece a escribir un permiso para filtrar estos resultados', 'Comience a escribir un permiso'],
      ja: ['アクセス許可の入力を開始して', 'アクセス許可を入力して'],
    },
  },
  addPermissions: {
    mode: 'exact',
    text: {
      en: ['Add permissions'],
      de: ['Berechtigungen hinzufügen'],
      fr: ['Ajouter des autorisations'],
      es: ['Agregar permisos'],
      ja: ['アクセス許可の追加'],
    },
  },
  grantAdminConsent: {
    mode: 'exact',
    text: {
      en: [`Grant admin consent for ${ORG}`],
      de: [`Administratorzustimmung für ${ORG} erteilen`, `Administratoreinwilligung für ${ORG} erteilen`],
      fr: [`Accorder un consentement d'administrateur pour ${ORG}`, `Accorder le consentement de l'administrateur pour ${ORG}`],
      es: [`Conceder consentimiento de administrador para ${ORG}`, `Conceder consentimiento del administrador para ${ORG}`],
      ja: [`${ORG} に管理者の同意を与えます`],
    },
  },
  yes: {
    mode: 'exact',
    text: { en: ['Yes'], de: ['Ja'], fr: ['Oui'], es: ['Sí'], ja: ['はい'] },
  },
  no: {
    mode: 'exact',
    text: { en: ['No'], de: ['Nein'], fr: ['Non'], es: ['No'], ja: ['いいえ'] },
  },
  grantedFor: {
    mode: 'exact',
    text: {
      en: [`Granted for ${ORG}`],
      de: [`Gewährt für ${ORG}`, `Erteilt für ${ORG}`],
      fr: [`Accordé pour ${ORG}`, `Accordée pour ${ORG}`],
      es: [`Concedido para ${ORG}`, `Concedida para ${ORG}`],
      ja: [`${ORG} に付与されました`, `${ORG} に付与済み`],
    },
  },
  notGrantedFor: {
    mode: 'exact',
    text: {
      en: [`Not granted for ${ORG}`],
      de: [`Nicht gewährt für ${ORG}`, `Nicht erteilt für ${ORG}`],
      fr: [`Non accordé pour ${ORG}`, `Non accordée pour ${ORG}`],
      es: [`No concedido para ${ORG}`, `No concedida para ${ORG}`],
      ja: [`${ORG} に付与されていません`],
    },
  },
  /** The Type column of configured permissions. */
  typeApplication: {
    mode: 'exact',
    text: { en: ['Application'], de: ['Anwendung'], fr: ['Application'], es: ['Aplicación'], ja: ['アプリケーション'] },
  },
  typeDelegated: {
    mode: 'exact',
    text: { en: ['Delegated'], de: ['Delegiert'], fr: ['Déléguée', 'Délégué'], es: ['Delegado', 'Delegada'], ja: ['委任済み', '委任'] },
  },

  // Certificates & secrets
  certificatesAndSecrets: {
    mode: 'exact',
    text: {
      en: ['Certificates & secrets'],
      de: ['Zertifikate & Geheimnisse'],
      fr: ['Certificats & secrets', 'Certificats et secrets'],
      es: ['Certificados y secretos'],
      ja: ['証明書とシークレット'],
    },
  },
  clientSecrets: {
    mode: 'prefix',
    text: {
      en: ['Client secrets'],
      de: ['Geheime Clientschlüssel'],
      fr: ['Secrets client', 'Secrets clients'],
      es: ['Secretos de cliente'],
      ja: ['クライアント シークレット'],
    },
  },
  newClientSecret: {
    mode: 'exact',
    text: {
      en: ['New client secret'],
      de: ['Neuer geheimer Clientschlüssel'],
      fr: ['Nouveau secret client'],
      es: ['Nuevo secreto de cliente'],
      ja: ['新しいクライアント シークレット'],
    },
  },
  addClientSecret: {
    mode: 'exact',
    text: {
      en: ['Add a client secret'],
      de: ['Geheimen Clientschlüssel hinzufügen'],
      fr: ['Ajouter un secret client'],
      es: ['Agregar un secreto de cliente'],
      ja: ['クライアント シークレットの追加'],
    },
  },
  description: {
    mode: 'exact',
    text: PORTAL_LABELS.description,
  },
  /** Prefix: Fluent dropdowns are labelled by "label + selected option". */
  expires: {
    mode: 'prefix',
    text: PORTAL_LABELS.expires,
  },
  expires24Months: {
    mode: 'contains',
    text: {
      en: ['730 days (24 months)'],
      de: ['730 Tage (24 Monate)'],
      fr: ['730 jours (24 mois)'],
      es: ['730 días (24 meses)'],
      ja: ['730 日 (24 か月)', '730 日 (24 ヶ月)'],
    },
  },
  add: {
    mode: 'exact',
    text: { en: ['Add'], de: ['Hinzufügen'], fr: ['Ajouter'], es: ['Agregar'], ja: ['追加'] },
  },
  value: {
    mode: 'exact',
    text: PORTAL_LABELS.secretValue,
  },
  secretId: {
    mode: 'exact',
    text: PORTAL_LABELS.secretId,
  },
  copyToClipboard: {
    mode: 'prefix',
    text: {
      en: ['Copy to clipboard', 'Copy'],
      de: ['In Zwischenablage kopieren', 'Kopieren'],
      fr: ['Copier dans le Presse-papiers', 'Copier'],
      es: ['Copiar en el Portapapeles', 'Copiar al portapapeles', 'Copiar'],
      ja: ['クリップボードにコピー', 'コピー'],
    },
  },

  // Enterprise applications
  enterpriseApplications: {
    mode: 'exact',
    text: {
      en: ['Enterprise applications'],
      de: ['Unternehmensanwendungen'],
      fr: ["Applications d'entreprise"],
      es: ['Aplicaciones empresariales'],
      ja: ['エンタープライズ アプリケーション'],
    },
  },
  applicationTypeFilter: {
    mode: 'contains',
    text: {
      en: ['Application type == Enterprise Applications'],
      de: ['Anwendungstyp == Unternehmensanwendungen'],
      fr: ["Type d'application == Applications d'entreprise"],
      es: ['Tipo de aplicación == Aplicaciones empresariales'],
      ja: ['アプリケーションの種類 == エンタープライズ アプリケーション'],
    },
  },
  /** The × on a filter pill. */
  removeFilter: {
    mode: 'exact',
    text: {
      en: ['Remove filter'],
      de: ['Filter entfernen'],
      fr: ['Supprimer le filtre'],
      es: ['Quitar filtro', 'Quitar el filtro'],
      ja: ['フィルターの削除', 'フィルターを削除'],
    },
  },
  properties: {
    mode: 'exact',
    text: { en: ['Properties'], de: ['Eigenschaften'], fr: ['Propriétés'], es: ['Propiedades'], ja: ['プロパティ'] },
  },
  assignmentRequired: {
    mode: 'prefix',
    text: {
      en: ['Assignment required?', 'Assignment required'],
      de: ['Zuweisung erforderlich?', 'Zuweisung erforderlich'],
      fr: ['Affectation requise ?', 'Attribution requise ?', 'Affectation obligatoire ?'],
      es: ['¿Se requiere asignación?', '¿Asignación requerida?', 'Asignación requerida'],
      ja: ['割り当てが必要ですか?', '割り当てが必要'],
    },
  },
  save: {
    mode: 'exact',
    text: { en: ['Save'], de: ['Speichern'], fr: ['Enregistrer'], es: ['Guardar'], ja: ['保存'] },
  },
  usersAndGroups: {
    mode: 'exact',
    text: {
      en: ['Users and groups'],
      de: ['Benutzer und Gruppen'],
      fr: ['Utilisateurs et groupes'],
      es: ['Usuarios y grupos'],
      ja: ['ユーザーとグループ'],
    },
  },
  addUserGroup: {
    mode: 'exact',
    text: {
      en: ['Add user/group'],
      de: ['Benutzer/Gruppe hinzufügen'],
      fr: ['Ajouter un utilisateur/groupe', 'Ajouter un utilisateur ou un groupe'],
      es: ['Agregar usuario o grupo', 'Agregar usuario/grupo'],
      ja: ['ユーザーまたはグループの追加', 'ユーザー/グループの追加'],
    },
  },
  /** Column of the Users and groups grid that lists assignments (pickers have no such column). */
  roleAssigned: {
    mode: 'exact',
    text: {
      en: ['Role assigned'],
      de: ['Zugewiesene Rolle'],
      fr: ['Rôle attribué'],
      es: ['Rol asignado'],
      ja: ['割り当てられたロール'],
    },
  },
  addAssignment: {
    mode: 'exact',
    text: {
      en: ['Add Assignment'],
      de: ['Zuweisung hinzufügen'],
      fr: ['Ajouter une attribution', 'Ajouter une affectation'],
      es: ['Agregar asignación'],
      ja: ['割り当ての追加'],
    },
  },
  noneSelected: {
    mode: 'prefix',
    text: {
      en: ['None Selected'],
      de: ['Keine ausgewählt', 'Nichts ausgewählt'],
      fr: ['Aucune sélection', 'Aucun élément sélectionné'],
      es: ['Ninguno seleccionado', 'Ninguna selección'],
      ja: ['選択されていません', '選択なし'],
    },
  },
  select: {
    mode: 'exact',
    text: { en: ['Select'], de: ['Auswählen'], fr: ['Sélectionner'], es: ['Seleccionar'], ja: ['選択'] },
  },
  assign: {
    mode: 'exact',
    text: { en: ['Assign'], de: ['Zuweisen'], fr: ['Attribuer', 'Affecter'], es: ['Asignar'], ja: ['割り当て'] },
  },
} as const satisfies Record<string, PhraseEntry>;

export type PhraseKey = keyof typeof PHRASES;

export { foldPhraseText };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(phrase: string, mode: MatchMode): string {
  const body = phrase
    .split(ORG)
    .map((part) => escapeRegExp(foldPhraseText(part)))
    .join('.+');
  if (mode === 'exact') return `^${body}$`;
  if (mode === 'prefix') return `^${body}`;
  return body;
}

const compiled = new Map<PhraseKey, RegExp>();
const compiledContains = new Map<PhraseKey, RegExp>();

function compile(key: PhraseKey, mode: MatchMode): RegExp {
  const entry: PhraseEntry = PHRASES[key];
  const alternatives = Object.values(entry.text)
    .flat()
    .map((phrase) => patternFor(phrase, mode));
  return new RegExp(`(?:${[...new Set(alternatives)].join('|')})`, 'u');
}

function matcherFor(key: PhraseKey): RegExp {
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = compile(key, PHRASES[key].mode)));
  return re;
}

function containsMatcherFor(key: PhraseKey): RegExp {
  let re = compiledContains.get(key);
  if (!re) compiledContains.set(key, (re = compile(key, 'contains')));
  return re;
}

/** Whether a UI text means `key` in any supported language. */
export function matchesPhrase(text: string | null | undefined, key: PhraseKey): boolean {
  if (!text) return false;
  const folded = foldPhraseText(text);
  return folded.length > 0 && matcherFor(key).test(folded);
}

/**
 * A cheap pre-check on already folded text that needs no layout (textContent, attributes):
 * false means no part of it can mean `key`.
 */
export function mayContainFoldedPhrase(folded: string, key: PhraseKey): boolean {
  return folded.length > 0 && containsMatcherFor(key).test(folded);
}

/** Whether any of several texts (aria-label, title, visible text) means `key`. */
export function anyMatchesPhrase(texts: readonly (string | null | undefined)[], key: PhraseKey): boolean {
  return texts.some((text) => matchesPhrase(text, key));
}
