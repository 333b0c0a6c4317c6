import type { SecurityField } from './securityFields';
import { textTokens } from './textTokens';

interface Phrase {
  words: readonly string[];
  /** Words that, right after the phrase, make it name something else. */
  notBefore?: readonly string[];
}

// "Secret ID" is the GUID Entra shows next to the secret, not the secret value TonicDM needs.
const NOT_SECRET_VALUE = ['id', 'identifier', 'ids'];

const phrases = (list: string[], notBefore?: readonly string[]): Phrase[] =>
  list.map((text) => ({ words: text.split(' '), notBefore }));

const SYNONYMS: Record<SecurityField, readonly Phrase[]> = {
  secret: phrases(
    ['app secret', 'application secret', 'client secret', 'secret value', 'secret key', 'secret', 'appsecret', 'clientsecret'],
    NOT_SECRET_VALUE,
  ),
  expiry: phrases(['expiry', 'expires', 'expiration', 'expire', 'expiring', 'expirydate', 'expirationdate', 'exp date', 'valid until']),
  clientId: phrases([
    'application client id',
    'client id',
    'client identifier',
    'application id',
    'app id',
    'clientid',
    'appid',
    'applicationid',
  ]),
  tenantId: [
    ...phrases(['directory tenant id', 'tenant id', 'tenant identifier', 'directory id', 'tenantid', 'directoryid']),
    // A bare "Tenant" label is the tenant ID; "Tenant name" or "Tenant domain" is not.
    ...phrases(['tenant'], ['name', 'domain', 'url', 'region']),
  ],
};

/**
 * Compound labels put their subject last ("Client secret expiry date" is a date), so when one
 * clause names several fields the most specific subject wins in this order.
 */
const PRIORITY: readonly SecurityField[] = ['expiry', 'tenantId', 'clientId', 'secret'];

function containsPhrase(words: readonly string[], phrase: Phrase): boolean {
  const n = phrase.words.length;
  for (let start = 0; start + n <= words.length; start++) {
    if (!phrase.words.every((w, i) => words[start + i] === w)) continue;
    const next = words[start + n];
    if (next !== undefined && phrase.notBefore?.includes(next)) continue;
    return true;
  }
  return false;
}

/**
 * Breaks text into clauses so that help text after a label ("Tenant ID (not the
 * Application (client) ID)") cannot outvote the label itself. Parentheses holding a single
 * word stay part of the label: "Application (client) ID", "Directory (tenant) ID".
 */
function clauses(text: string): string[] {
  let flattened = text;
  for (let previous = ''; previous !== flattened; ) {
    previous = flattened;
    flattened = flattened.replace(/\(([^()]*)\)/g, (_all, inner: string) =>
      /^\s*\p{L}+\s*$/u.test(inner) ? ` ${inner} ` : '\n',
    );
  }
  return flattened.split(/[\n()|.;:!?,]|\s[-–—]\s/);
}

/** Which of the four fields a piece of label text names, or null when it names none of them. */
export function classifyFieldText(text: string): SecurityField | null {
  for (const clause of clauses(text)) {
    const words = textTokens(clause);
    if (words.length === 0) continue;
    const named = PRIORITY.find((field) => SYNONYMS[field].some((phrase) => containsPhrase(words, phrase)));
    if (named) return named;
  }
  return null;
}
