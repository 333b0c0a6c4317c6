/**
 * The toolbar badge for the secret's expiry: the days left from 30 days before ("30d" … "1d",
 * "0d" on the day) and "EXP" once it has expired, amber at first and red in the last week. The
 * tooltip says it in words. Outside the window the badge is empty and the tooltip is the default.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatDay } from '../i18n/dates';
import { daysLeft, dueState, RENEW_DAYS_BEFORE } from '../renewal/renewalWindow';
import type { TrackedSecret } from './expiryReminder';

export interface ExpiryBadge {
  text: string;
  /** Background colour; undefined with an empty badge. */
  color?: string;
  /** Tooltip; undefined restores the extension's default. */
  title?: string;
}

const AMBER = '#a4600b';
const RED = '#c50f1f';
const RED_FROM_DAYS = 7;

/** Every user-visible string of the badge, in one place for translation. */
export const BADGE_TEXT = {
  expired: i18n.t('expiryBadge.expired'),
  days: (days: number): string => i18n.t('expiryBadge.days', [String(days)]),
  title: (days: number, expiryIso: string, appName: string | undefined, tenant?: string): string => {
    const named = [appName, tenant].filter(Boolean).join(', ');
    const day = formatDay(expiryIso);
    const state = dueState(days);
    switch (state.kind) {
      case 'expired':
        return named ? i18n.t('expiryBadge.title.expiredNamed', [day, named]) : i18n.t('expiryBadge.title.expired', [day]);
      case 'today':
        return named ? i18n.t('expiryBadge.title.todayNamed', [day, named]) : i18n.t('expiryBadge.title.today', [day]);
      case 'tomorrow':
        return named ? i18n.t('expiryBadge.title.tomorrowNamed', [day, named]) : i18n.t('expiryBadge.title.tomorrow', [day]);
      case 'soon':
        return named ? i18n.t('expiryBadge.title.soonNamed', [day, String(state.days), named]) : i18n.t('expiryBadge.title.soon', [day, String(state.days)]);
    }
  },
};

/** The badge for the secret that expires first among those watched. */
export function badgeFor(tracked: readonly TrackedSecret[], now: number): ExpiryBadge {
  let soonest: { secret: TrackedSecret; days: number } | undefined;
  for (const secret of tracked) {
    const days = daysLeft(secret.expiryIso, now);
    if (days !== undefined && (!soonest || days < soonest.days)) soonest = { secret, days };
  }
  if (!soonest || soonest.days > RENEW_DAYS_BEFORE) return { text: '' };
  const { secret, days } = soonest;
  return {
    text: days < 0 ? BADGE_TEXT.expired : BADGE_TEXT.days(days),
    color: days <= RED_FROM_DAYS ? RED : AMBER,
    // With several setups (an MSP's tenants) the tooltip names the tenant of the soonest one.
    title: BADGE_TEXT.title(days, secret.expiryIso, secret.appName, tracked.length > 1 ? (secret.tenantName ?? secret.tenantId) : undefined),
  };
}

type ActionLike = {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeTextColor?(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
};

function toolbarAction(): ActionLike | undefined {
  // Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction`.
  const api = browser as unknown as { action?: ActionLike; browserAction?: ActionLike };
  return api.action ?? api.browserAction;
}

function defaultTitle(): string {
  try {
    const manifest = browser.runtime.getManifest() as { action?: { default_title?: string }; browser_action?: { default_title?: string }; name?: string };
    return manifest.action?.default_title ?? manifest.browser_action?.default_title ?? manifest.name ?? '';
  } catch {
    return '';
  }
}

export async function showExpiryBadge(badge: ExpiryBadge): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  await action.setBadgeText({ text: badge.text });
  if (badge.color) {
    await action.setBadgeBackgroundColor({ color: badge.color });
    await action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => undefined);
  }
  await action.setTitle({ title: badge.title ?? defaultTitle() });
}
