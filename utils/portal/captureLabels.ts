/**
 * The labels the capture reads by (Essentials and the client-secrets columns), in the portal's
 * languages. They are part of the one phrase table: utils/guide/phrases.ts takes these entries
 * from here, so the small, always-loaded capture script carries them without the guide's table.
 */
import { foldPhraseText } from './foldPhraseText';

export type Locale = 'en' | 'de' | 'fr' | 'es' | 'ja';
type ByLocale = Record<Locale, readonly string[]>;

export type CaptureLabel =
  | 'clientId'
  | 'tenantId'
  | 'objectId'
  | 'displayName'
  | 'accountTypes'
  | 'secretValue'
  | 'secretId'
  | 'expires'
  | 'description';

export const PORTAL_LABELS = {
  clientId: {
    en: ['Application (client) ID'],
    de: ['Anwendungs-ID (Client)'],
    fr: ["ID d'application (client)"],
    es: ['Id. de aplicación (cliente)', 'ID de aplicación (cliente)'],
    ja: ['アプリケーション (クライアント) ID'],
  },
  tenantId: {
    en: ['Directory (tenant) ID'],
    de: ['Verzeichnis-ID (Mandant)'],
    fr: ["ID de l'annuaire (locataire)", "ID d'annuaire (locataire)"],
    es: ['Id. de directorio (inquilino)', 'ID de directorio (inquilino)'],
    ja: ['ディレクトリ (テナント) ID'],
  },
  objectId: {
    en: ['Object ID'],
    de: ['Objekt-ID'],
    fr: ["ID d'objet"],
    es: ['Id. de objeto', 'ID de objeto'],
    ja: ['オブジェクト ID'],
  },
  displayName: { en: ['Display name'], de: ['Anzeigename'], fr: ["Nom d'affichage"], es: ['Nombre para mostrar'], ja: ['表示名'] },
  accountTypes: {
    en: ['Supported account types'],
    de: ['Unterstützte Kontotypen'],
    fr: ['Types de comptes pris en charge'],
    es: ['Tipos de cuenta compatibles'],
    ja: ['サポートされているアカウントの種類'],
  },
  secretValue: { en: ['Value'], de: ['Wert'], fr: ['Valeur'], es: ['Valor'], ja: ['値'] },
  secretId: {
    en: ['Secret ID'],
    de: ['Geheime ID', 'Geheime Schlüssel-ID'],
    fr: ['ID du secret', 'ID de secret'],
    es: ['Id. del secreto', 'ID de secreto'],
    ja: ['シークレット ID'],
  },
  expires: {
    en: ['Expires'],
    de: ['Gültig bis', 'Läuft ab', 'Ablaufdatum'],
    fr: ['Expire le', 'Expire', 'Expiration'],
    es: ['Expira', 'Expiración'],
    ja: ['有効期限', '有効期間'],
  },
  description: { en: ['Description'], de: ['Beschreibung'], fr: ['Description'], es: ['Descripción'], ja: ['説明'] },
} as const satisfies Record<CaptureLabel, ByLocale>;

const FOLDED = new Map<string, CaptureLabel>();
for (const [label, byLocale] of Object.entries(PORTAL_LABELS) as [CaptureLabel, ByLocale][]) {
  for (const phrase of Object.values(byLocale).flat()) FOLDED.set(foldPhraseText(phrase), label);
}

/** The label a short text is, if any. Exact match after folding: "Object ID" is not "Secret ID". */
export function labelOf(text: string): CaptureLabel | undefined {
  if (text.length > 60) return undefined;
  return FOLDED.get(foldPhraseText(text));
}

/**
 * What the Overview's "Supported account types" value says, in any language: single tenant
 * ("Single tenant only", "My organization only"), another audience, or unknown. Unknown wording
 * is never read as "not single tenant": the address's appSignInAudience (then Graph) decides.
 */
const SINGLE_TENANT_VALUES = [
  'single tenant',
  'my organization only',
  'nur meine organisation',
  'einzelner mandant',
  'mon organisation uniquement',
  'locataire unique',
  'solo mi organización',
  'inquilino único',
  '自分の組織のみ',
  'シングルテナント',
];
const OTHER_AUDIENCE_VALUES = [
  'multiple organizations',
  'multiple entra id tenants',
  'multitenant',
  'any entra id tenant',
  'all microsoft account users',
  'personal microsoft accounts',
  'personal accounts only',
  'mehrere organisationen',
  'mehrere entra id-mandanten',
  'plusieurs organisations',
  'plusieurs locataires',
  'varias organizaciones',
  'varios inquilinos',
  '複数の組織',
  '複数の entra id テナント',
];

export function singleTenantFromText(text: string): boolean | undefined {
  const folded = foldPhraseText(text);
  const has = (phrases: readonly string[]) => phrases.some((p) => folded.includes(foldPhraseText(p)));
  if (has(SINGLE_TENANT_VALUES)) return true;
  return has(OTHER_AUDIENCE_VALUES) ? false : undefined;
}
