/**
 * Acts on what a portal frame reports. The router has checked the sender (host, and that the
 * frame renders the current blade); here the content is checked against what the background
 * knows: the blade the tab shows, the app and tenant in the address, what is already held,
 * and the secret formats.
 */
import type { FrameContext, portalMessageSchema } from '../messaging/protocol';
import type { z } from 'zod';
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { applyIds, applyObservedDone, applySecretCaptured, applySecretMasked, upsertNotice, dropNotice } from '../setup/applyCapture';
import { BLADE_TITLES } from '../setup/heldValues';
import { isStepId } from '../steps';
import { classifySecret, isUsableSecret } from '../values/classifySecret';
import { formatLocale, parseExpiry } from '../values/parseExpiry';
import { guideHiddenItem, readGuideHidden } from '../storage';
import { frameContextFor } from './frameContext';
import { readSetup, updateSetup } from './setupStore';
import { enforceSecretLifetime } from './secretLifetime';
import { receiveSecret } from './heldSecret';
import { logger } from '../security/logger';
import { rememberSecretIdentity } from '../renewal/rememberSecretIdentity';

type PortalMessage = z.output<typeof portalMessageSchema>;

export interface PortalDeps {
  now: () => number;
}

/** Where a message came from: the tab's address and, for frames, the frame's own (browser-stamped) address. */
export interface PortalWhere {
  tabUrl: string;
  frameUrl?: string;
}

/**
 * The locale the portal formatted the page in: the frame's `l=` (`l=en.en-us`: language, then
 * format culture), then the shell's, then the document language the page script read, but only
 * with a region: a bare "en" says nothing about the regional format (en-US and en-GB disagree).
 * Only a parsing hint; without one an ambiguous date is left to the admin.
 */
export function portalLocale(where: PortalWhere, documentLanguage: string | undefined): string | undefined {
  for (const url of [where.frameUrl, where.tabUrl]) {
    try {
      const param = url ? new URL(url).searchParams.get('l') : null;
      const locale = formatLocale(param ?? undefined);
      if (locale) return locale;
    } catch {
      // Not a URL: try the next source.
    }
  }
  const language = formatLocale(documentLanguage);
  return language?.includes('-') ? language : undefined;
}

export async function handlePortalMessage(
  message: PortalMessage,
  where: PortalWhere,
  deps: PortalDeps,
): Promise<FrameContext | { ok: boolean } | undefined> {
  const location = parsePortalUrl(where.tabUrl);
  const blade = bladeKindOf(location);
  const now = deps.now();

  switch (message.type) {
    case 'portal/where':
      return frameContextFor(where.tabUrl, await readSetup(), await readGuideHidden());

    case 'portal/ids': {
      if (blade !== 'app-overview') return { ok: false };
      await updateSetup((state) =>
        applyIds(
          state,
          message,
          { appId: location?.appId, audience: location?.appSignInAudience, tenant: location?.tenant, bladeTitle: BLADE_TITLES[blade] },
          now,
        ),
      );
      logger.info('ids captured');
      return { ok: true };
    }

    case 'portal/secret': {
      if (blade !== 'app-credentials') return { ok: false };
      const kind = classifySecret(message.value);
      if (!isUsableSecret(kind)) {
        logger.warn('secret rejected', kind);
        return { ok: false };
      }
      const state = await readSetup();
      const appId = location?.appId ?? state.activeAppId;
      const locale = portalLocale(where, message.locale);
      const outcome = await receiveSecret(
        { value: message.value, kind, appId, blade: BLADE_TITLES[blade], expiresText: message.expiresText, locale },
        now,
      );
      if (outcome === 'held') await recordSecretCapture(location?.appId, { value: message.value, description: message.description }, message.expiresText, locale, kind, now);
      logger.info(`secret ${outcome}`, kind);
      return { ok: true };
    }

    case 'portal/secret-masked': {
      if (blade !== 'app-credentials') return { ok: false };
      const held = await enforceSecretLifetime(now);
      // Coming back after the capture: the page masks it now, but we already have it.
      if (held && (!location?.appId || held.appId === location.appId)) return { ok: true };
      await updateSetup((state) => applySecretMasked(state, location?.appId, now));
      return { ok: true };
    }

    case 'portal/load-guide':
      return undefined; // Handled by the router, which knows the sender's frame.

    case 'portal/guide-dismissed':
      await guideHiddenItem.setValue(true);
      return { ok: true };

    case 'portal/observation': {
      if (!blade) return { ok: false };
      const completed = message.completed.filter(isStepId);
      await updateSetup((state) => {
        let next = applyObservedDone(state, location?.appId ?? state.activeAppId, completed, now);
        const ids = new Set(message.wrongTurns.map((w) => `page:${w.id}`));
        next = { ...next, notices: next.notices.filter((n) => !n.id.startsWith('page:') || ids.has(n.id)) };
        for (const turn of message.wrongTurns) {
          next = upsertNotice(next, { id: `page:${turn.id}`, severity: turn.severity, message: turn.message, fix: turn.fix, at: now });
        }
        return next;
      });
      return { ok: true };
    }
  }
}

/** The held secret is new: record its expiry and the step, and say when its format is unusual. */
export async function recordSecretCapture(
  appId: string | undefined,
  secret: { value: string; description?: string },
  expiresText: string | undefined,
  locale: string | undefined,
  kind: ReturnType<typeof classifySecret>,
  now: number,
): Promise<void> {
  const expiry = expiresText ? parseExpiry(expiresText, { locale }) : undefined;
  await updateSetup((state) => {
    // The hint and description (never the Value) let a later Graph check tell which secret TonicDM uses.
    const next = rememberSecretIdentity(applySecretCaptured(state, appId, expiry, expiresText, new Date(now), now), appId, secret.value, secret.description);
    return kind === 'current' || kind === 'previous'
      ? dropNotice(next, 'secret-format')
      : upsertNotice(next, {
          id: 'secret-format',
          severity: 'warning',
          message: 'The secret you accepted does not look like a current Entra client secret Value.',
          fix: 'Check that it is the Value column, not the Secret ID, before using it.',
          at: now,
        });
  });
}
