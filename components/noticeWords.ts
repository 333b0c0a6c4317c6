/**
 * A stored notice in the browser's language. Notices are stored as the background wrote them (an id
 * and English words, some with values in them); the panel shows the words of its own language when
 * it recognises the notice: a known id whose stored English matches the sentence it expects (the
 * values are read back out of it). Anything else, such as a notice an older or newer version
 * stored with other words, is shown as stored, never with a wrong translation.
 */
import { i18n } from '#i18n';
import { WRONG_TURNS } from '@/utils/guide/wrongTurns';
import { formatDay } from '@/utils/i18n/dates';
import type { Notice } from '@/utils/setup/setupState';

export interface NoticeWords {
  message: string;
  fix?: string;
  /** Whether the words are the browser language's (false: the stored English, shown as is). */
  translated: boolean;
}

interface Variant {
  /** The English sentence the background stores, with $1… where it puts a value. */
  english: string;
  /** The stored fix this variant comes with (when it has one). */
  englishFix?: string;
  words: (values: string[]) => { message: string; fix?: string };
}

/** The background's notices (utils/setup/applyCapture.ts, applyTypedValues.ts, utils/background). */
const BACKGROUND: Record<string, Variant[]> = {
  'ids-mismatch': [
    {
      english: 'The page shows client ID $1, but the address is for app $2. Nothing was captured.',
      englishFix: 'Reload the app Overview and wait for it to finish loading.',
      words: ([a, b]) => ({ message: i18n.t('noticeWords.idsMismatch', [a!, b!]), fix: i18n.t('noticeWords.idsMismatchFix') }),
    },
  ],
  'tenant-mismatch': [
    {
      english: 'The page shows tenant ID $1, but the address is for tenant $2. Nothing was captured.',
      englishFix: 'Reload the app Overview from the Entra admin center of your own tenant.',
      words: ([a, b]) => ({ message: i18n.t('noticeWords.tenantMismatch', [a!, b!]), fix: i18n.t('noticeWords.tenantMismatchFix') }),
    },
  ],
  'tenant-differs': [
    {
      english: "The page showed tenant ID $1, but Microsoft Graph confirmed $2 for this app. The page's value was ignored.",
      words: ([a, b]) => ({ message: i18n.t('noticeWords.tenantDiffersGraph', [a!, b!]) }),
    },
    {
      english: 'The tenant ID read from the page ($1) is not the tenant you signed in to ($2). The signed-in tenant is used.',
      englishFix: 'If you did not expect this, check which tenant the Entra admin center tab shows before you fill TonicDM.',
      words: ([a, b]) => ({ message: i18n.t('noticeWords.tenantDiffersSignIn', [a!, b!]), fix: i18n.t('noticeWords.tenantDiffersSignInFix') }),
    },
  ],
  'different-app': [
    {
      english: 'App $1 in tenant $2 is kept as a setup of its own. The panel still shows $3 (tenant $4).',
      englishFix: 'Switch to it to work on that tenant; each setup keeps its own values and checklist.',
      words: ([a, b, c, d]) => ({ message: i18n.t('noticeWords.otherTenantApp', [a!, b!, c!, d!]), fix: i18n.t('noticeWords.otherTenantAppFix') }),
    },
    {
      english: 'You are on app $1, not $2, the one being set up. Its IDs were kept apart.',
      englishFix: 'Go back to the app you are setting up, or switch to this one.',
      words: ([a, b]) => ({ message: i18n.t('noticeWords.differentApp', [a!, b!]), fix: i18n.t('noticeWords.differentAppFix') }),
    },
  ],
  'not-single-tenant': [
    {
      english: 'This app is not single tenant. TonicDM expects "Single tenant only" (older portals: "Accounts in this organizational directory only").',
      englishFix: 'Authentication → Supported account types → "Single tenant only", then Save.',
      words: () => ({ message: i18n.t('noticeWords.notSingleTenant'), fix: i18n.t('noticeWords.notSingleTenantFix') }),
    },
  ],
  'unexpected-name': [
    {
      english: 'The app is named "$1". The TonicDM guide names it "$2", which makes it easy to find again.',
      words: ([a, b]) => ({ message: i18n.t('noticeWords.unexpectedName', [a!, b!]) }),
    },
  ],
  'secret-other-app': [
    {
      english: 'This secret belongs to app $1 in tenant $2, a setup of its own. It is kept with that setup and filled only for it.',
      englishFix: 'Switch to that setup to fill TonicDM with it.',
      words: ([a, b]) => ({ message: i18n.t('noticeWords.secretOtherTenant', [a!, b!]), fix: i18n.t('noticeWords.secretOtherTenantFix') }),
    },
    {
      english: 'This secret was created on app $1, not on the app being set up.',
      englishFix: 'Switch to that app, or create the secret on the app you are setting up.',
      words: ([a]) => ({ message: i18n.t('noticeWords.secretOtherApp', [a!]), fix: i18n.t('noticeWords.secretOtherAppFix') }),
    },
  ],
  'expiry-unreadable': [
    {
      english: 'The expiry "$1" could not be read as a date.',
      englishFix: 'Check the Expires column and enter the date in TonicDM yourself.',
      words: ([a]) => ({ message: i18n.t('noticeWords.expiryUnreadable', [a!]), fix: i18n.t('noticeWords.expiryUnreadableFix') }),
    },
  ],
  'expiry-not-24-months': [
    {
      english: "The secret expires on $1, about $2 months from now. TonicDM's guide uses 24 months.",
      englishFix: 'If your tenant allows it, create a new secret with Expires "730 days (24 months)"; otherwise note the earlier renewal date.',
      words: ([iso, months]) => ({
        message: i18n.t('noticeWords.expiryNot24Months', [formatDay(iso!), months!]),
        fix: i18n.t('noticeWords.expiryNot24MonthsFix'),
      }),
    },
  ],
  'secret-masked': [
    {
      english: 'The secret Value is no longer visible: the portal shows it only once, right after Add.',
      englishFix: 'Create a new client secret; the assistant captures its Value as it appears.',
      words: () => ({ message: i18n.t('noticeWords.secretMasked'), fix: i18n.t('noticeWords.secretMaskedFix') }),
    },
  ],
  'secret-format': [
    {
      english: 'The secret you accepted does not look like a current Entra client secret Value.',
      englishFix: 'Check that it is the Value column, not the Secret ID, before using it.',
      words: () => ({ message: i18n.t('noticeWords.secretFormatAccepted'), fix: i18n.t('noticeWords.secretFormatFix') }),
    },
    {
      english: 'The secret you entered does not look like a current Entra client secret Value.',
      englishFix: 'Check that it is the Value column, not the Secret ID, before using it.',
      words: () => ({ message: i18n.t('noticeWords.secretFormatEntered'), fix: i18n.t('noticeWords.secretFormatFix') }),
    },
  ],
};

type WrongTurnVariant = keyof typeof WRONG_TURNS;

/** The guide's wrong turns (utils/guide/wrongTurns.ts), stored as `page:<id>`; their words come from its table. */
const WRONG_TURN_WORDS: Record<WrongTurnVariant, () => { message: string; fix: string }> = {
  'delegated-instead-of-application': () => ({ message: i18n.t('noticeWords.delegatedListed'), fix: i18n.t('noticeWords.delegatedListedFix') }),
  'delegated-selected': () => ({ message: i18n.t('noticeWords.delegatedSelected'), fix: i18n.t('noticeWords.delegatedSelectedFix') }),
  'not-single-tenant': () => ({ message: i18n.t('noticeWords.otherAccountType'), fix: i18n.t('noticeWords.otherAccountTypeFix') }),
  'redirect-uri-entered': () => ({ message: i18n.t('noticeWords.redirectUri'), fix: i18n.t('noticeWords.redirectUriFix') }),
  'consent-not-granted': () => ({ message: i18n.t('noticeWords.consentMissing'), fix: i18n.t('noticeWords.consentMissingFix') }),
  'consent-button-disabled': () => ({ message: i18n.t('noticeWords.consentNotAllowed'), fix: i18n.t('noticeWords.consentNotAllowedFix') }),
  'secret-expiry-not-24-months': () => ({ message: i18n.t('noticeWords.pageExpiry'), fix: i18n.t('noticeWords.pageExpiryFix') }),
  'enterprise-filter-hides-app': () => ({ message: i18n.t('noticeWords.enterpriseFilter'), fix: i18n.t('noticeWords.enterpriseFilterFix') }),
  'default-user-read': () => ({ message: i18n.t('noticeWords.defaultUserRead'), fix: i18n.t('noticeWords.defaultUserReadFix') }),
};

/** Each wrong turn's stored id, with the words of every variant that reports it. */
const PAGE_VARIANTS = new Map<string, Variant[]>();
for (const variant of Object.keys(WRONG_TURNS) as WrongTurnVariant[]) {
  const turn = WRONG_TURNS[variant];
  const list = PAGE_VARIANTS.get(turn.id) ?? [];
  list.push({ english: turn.message.replaceAll('$', '$$$$'), englishFix: turn.fix, words: WRONG_TURN_WORDS[variant] });
  PAGE_VARIANTS.set(turn.id, list);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

/** The English sentence as a pattern: each $n a value (shortest match), the rest literal. */
function pattern(english: string): RegExp {
  let found = patterns.get(english);
  if (!found) {
    const source = english
      .split(/(\$[1-9]|\$\$)/)
      .map((part) => (/^\$[1-9]$/.test(part) ? '([\\s\\S]+?)' : part === '$$' ? '\\$' : escapeRegExp(part)))
      .join('');
    found = new RegExp(`^${source}$`);
    patterns.set(english, found);
  }
  return found;
}

/** The variants a stored id may be: `page:<wrong turn>` for the guide's, the id itself for the background's. */
function variantsFor(id: string): readonly Variant[] {
  if (id.startsWith('page:')) return PAGE_VARIANTS.get(id.slice('page:'.length)) ?? [];
  return Object.hasOwn(BACKGROUND, id) ? BACKGROUND[id]! : [];
}

export function noticeWords(notice: Pick<Notice, 'id' | 'message' | 'fix'>): NoticeWords {
  for (const variant of variantsFor(notice.id)) {
    const match = pattern(variant.english).exec(notice.message);
    // A fix other than the one this sentence comes with means words this table does not know.
    if (!match || (notice.fix ?? undefined) !== variant.englishFix) continue;
    const words = variant.words(match.slice(1));
    return { message: words.message, ...(words.fix !== undefined ? { fix: words.fix } : {}), translated: true };
  }
  return { message: notice.message, ...(notice.fix !== undefined ? { fix: notice.fix } : {}), translated: false };
}
