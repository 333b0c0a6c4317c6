/**
 * Redaction for the support outline: every GUID, secret-shaped token, masked secret, e-mail
 * address and the tenant's name is replaced before the text leaves the page, and again when the
 * background joins the frames (a name one frame knows may appear in another). Over-redaction
 * is harmless here; a leak is not.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const GUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/gi;
/** "o6e************": the portal's masked Value (its first three characters are the secret's). */
const MASKED = /[^\s*"]{0,8}\*{4,}/g;
/** Client secret formats (microsoft/security-utilities SEC101_156 and SEC101_101, legacy wide). */
const SECRET_FORMATS = /[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{31,34}|(?<![\w.~=:[\]@/*+?-])[A-Za-z0-9_.~=:[\]@/*+?-]{32,34}(?![\w.~=:[\]@/*+?-])/g;
/** Any other run that could be a secret (Graph allows 16–64 characters): mixed case and digits. */
const TOKEN = /[A-Za-z0-9_.~+=-]{16,}/g;
const ONMICROSOFT = /\b[a-z0-9-]+(?=\.onmicrosoft\.com\b)/gi;

function looksSecret(token: string): boolean {
  return /[0-9]/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names worth replacing: trimmed, long enough to mean something, longest first. */
export function tenantNamePatterns(names: Iterable<string>): RegExp | undefined {
  const clean = [...new Set([...names].map((n) => n.trim().replace(/[.?!:,;]+$/, '')).filter((n) => n.length >= 2 && n.length <= 80))];
  if (clean.length === 0) return undefined;
  clean.sort((a, b) => b.length - a.length);
  return new RegExp(clean.map(escapeRegExp).join('|'), 'gi');
}

export function redactOutlineText(text: string, tenantNames?: RegExp): string {
  let out = text.replace(EMAIL, '<email>').replace(GUID, '<guid>').replace(MASKED, '<masked>');
  out = out.replace(SECRET_FORMATS, (token) => (/[A-Za-z]/.test(token) && /[0-9~_=@+?]/.test(token) ? '<secret>' : token));
  out = out.replace(TOKEN, (token) => (looksSecret(token) ? '<secret>' : token));
  out = out.replace(ONMICROSOFT, '<tenant>');
  if (tenantNames) out = out.replace(tenantNames, '<tenant>');
  return out;
}
