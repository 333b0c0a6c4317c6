/**
 * Acts on what a portal frame reports. The sender has been checked by the router; here the
 * content is checked against what the background knows: the blade the tab shows, the app in
 * the address, and the secret formats.
 */
import type { FrameContext, portalMessageSchema } from '../messaging/protocol';
import type { z } from 'zod';
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { applyIds, applyObservedDone, applySecretCaptured, applySecretMasked, upsertNotice, dropNotice } from '../setup/applyCapture';
import { SECRET_LIFETIME_DAYS, isStepId } from '../steps';
import { classifySecret, isUsableSecret } from '../values/classifySecret';
import { parseExpiry } from '../values/parseExpiry';
import { guideHiddenItem, secretItem } from '../storage';
import { frameContextFor } from './frameContext';
import { readSetup, updateSetup } from './setupStore';
import { logger } from '../security/logger';
import { rememberSecretIdentity } from '../renewal/rememberSecretIdentity';

type PortalMessage = z.output<typeof portalMessageSchema>;

export interface PortalDeps {
  now: () => number;
}

export async function handlePortalMessage(
  message: PortalMessage,
  tabUrl: string,
  deps: PortalDeps,
): Promise<FrameContext | { ok: boolean } | undefined> {
  const location = parsePortalUrl(tabUrl);
  const blade = bladeKindOf(location);
  const now = deps.now();

  switch (message.type) {
    case 'portal/where':
      return frameContextFor(tabUrl, await readSetup(), await guideHiddenItem.getValue());

    case 'portal/ids': {
      if (blade !== 'app-overview') return { ok: false };
      await updateSetup((state) =>
        applyIds(state, message, { appId: location?.appId, audience: location?.appSignInAudience }, now),
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
      const appId = location?.appId;
      const today = new Date(now);
      const expiry = message.expiresText
        ? parseExpiry(message.expiresText, { today, expectedDays: SECRET_LIFETIME_DAYS })
        : undefined;
      await secretItem.setValue({ value: message.value, appId, capturedAt: now, lastUsedAt: now, source: 'portal' });
      await updateSetup((state) => {
        let next = applySecretCaptured(state, appId, expiry, message.expiresText, today, now);
        next = rememberSecretIdentity(next, appId, message.value, message.description);
        next =
          kind === 'unrecognised'
            ? upsertNotice(next, {
                id: 'secret-format',
                severity: 'warning',
                message: 'The captured Value does not look like a current Entra client secret.',
                fix: 'Check that it is the Value column, not the Secret ID, before using it.',
                at: now,
              })
            : dropNotice(next, 'secret-format');
        return next;
      });
      logger.info('secret captured', kind);
      return { ok: true };
    }

    case 'portal/secret-masked': {
      if (blade !== 'app-credentials') return { ok: false };
      const held = await secretItem.getValue();
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
