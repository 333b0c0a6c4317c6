/**
 * The portal blade an offer came from ("A different secret appeared on <blade>"), in the panel's
 * language. Offers are stored with the blade's English name (utils/setup/heldValues.ts); a name
 * not known here is shown as stored.
 */
import { i18n } from '#i18n';
import type { BladeKind } from '@/utils/portal/bladeKind';
import { BLADE_TITLES } from '@/utils/setup/heldValues';

const WORDS: Record<BladeKind, () => string> = {
  'app-list': () => i18n.t('bladeTitles.appList'),
  'app-create': () => i18n.t('bladeTitles.appCreate'),
  'app-overview': () => i18n.t('bladeTitles.appOverview'),
  'app-api-permissions': () => i18n.t('bladeTitles.appApiPermissions'),
  'app-credentials': () => i18n.t('bladeTitles.appCredentials'),
  'enterprise-list': () => i18n.t('bladeTitles.enterpriseList'),
  'enterprise-overview': () => i18n.t('bladeTitles.enterpriseOverview'),
  'enterprise-properties': () => i18n.t('bladeTitles.enterpriseProperties'),
  'enterprise-users': () => i18n.t('bladeTitles.enterpriseUsers'),
};

const KIND_BY_TITLE = new Map(Object.entries(BLADE_TITLES).map(([kind, title]) => [title, kind as BladeKind]));

export function bladeTitleWords(stored: string): string {
  const kind = KIND_BY_TITLE.get(stored);
  return kind ? WORDS[kind]() : stored;
}
