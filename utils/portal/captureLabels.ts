/**
 * Labels the capture reads by, in the portal's languages. Matching is on the normalised
 * visible text (case-folded, punctuation and spaces collapsed), so "Application (client) ID:"
 * and "Application (client) ID" are the same label.
 */
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

export const CAPTURE_LABELS: Record<CaptureLabel, readonly string[]> = {
  clientId: [
    'Application (client) ID',
    'Anwendungs-ID (Client)',
    "ID d'application (client)",
    'Id. de aplicación (cliente)',
    'ID de aplicación (cliente)',
    'アプリケーション (クライアント) ID',
  ],
  tenantId: [
    'Directory (tenant) ID',
    'Verzeichnis-ID (Mandant)',
    "ID de l'annuaire (locataire)",
    'Id. de directorio (inquilino)',
    'ID de directorio (inquilino)',
    'ディレクトリ (テナント) ID',
  ],
  objectId: ['Object ID', 'Objekt-ID', "ID d'objet", 'Id. de objeto', 'ID de objeto', 'オブジェクト ID'],
  displayName: ['Display name', 'Anzeigename', "Nom d'affichage", 'Nombre para mostrar', '表示名'],
  accountTypes: [
    'Supported account types',
    'Unterstützte Kontotypen',
    'Types de comptes pris en charge',
    'Tipos de cuenta compatibles',
    'サポートされているアカウントの種類',
  ],
  secretValue: ['Value', 'Wert', 'Valeur', 'Valor', '値'],
  secretId: ['Secret ID', 'Geheime ID', 'ID du secret', 'Id. del secreto', 'ID de secreto', 'シークレット ID'],
  expires: ['Expires', 'Gültig bis', 'Läuft ab', 'Expire le', 'Expire', 'Expira', 'Expiración', '有効期限'],
  description: ['Description', 'Beschreibung', 'Descripción', '説明'],
};

/** Folds case, typographic apostrophes, full-width brackets, punctuation at the ends, spacing. */
export function foldLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)\s*/g, ') ')
    .replace(/[:：*]+\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLDED: Record<CaptureLabel, string[]> = Object.fromEntries(
  Object.entries(CAPTURE_LABELS).map(([k, list]) => [k, list.map(foldLabel)]),
) as Record<CaptureLabel, string[]>;

/** The label a short text is, if any. Exact match after folding: "Object ID" is not "Secret ID". */
export function labelOf(text: string): CaptureLabel | undefined {
  if (text.length > 60) return undefined;
  const folded = foldLabel(text);
  for (const [label, phrases] of Object.entries(FOLDED) as [CaptureLabel, string[]][]) {
    if (phrases.includes(folded)) return label;
  }
  return undefined;
}

/** "My organization only" and its translations: the Essentials wording for single tenant. */
export const SINGLE_TENANT_PHRASES = [
  'my organization only',
  'nur meine organisation',
  'mon organisation uniquement',
  'solo mi organización',
  '自分の組織のみ',
  'single tenant',
];
