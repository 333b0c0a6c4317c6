import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import type { Notice, NoticeSeverity } from '@/utils/setup/setupState';
import { usePanelStore } from './panelStore';
import { MessageBar, STRINGS as MESSAGE_STRINGS } from './MessageBar';
import { announce } from './LiveAnnouncer';
import { CURRENT_STEP_ID } from './CurrentStep';
import { Icon } from './Icons';
import { noticeWords } from './noticeWords';

/** Every word this component shows. */
const STRINGS = {
  heading: (count: number) => i18n.t('notices.heading', count),
  switchApp: i18n.t('notices.switchApp'),
  dismiss: i18n.t('notices.dismiss'),
  dismissLabel: (severity: NoticeSeverity, message: string) =>
    severity === 'error' ? i18n.t('notices.dismissError', [message]) : severity === 'warning' ? i18n.t('notices.dismissWarning', [message]) : i18n.t('notices.dismissInfo', [message]),
  more: (count: number) => i18n.t('notices.more', count),
  fewer: i18n.t('notices.fewer'),
  announced: (severity: string, message: string) => i18n.t('notices.announced', [severity, message]),
  dismissed: i18n.t('notices.dismissed'),
  groupLabel: { error: i18n.t('notices.groupError'), warning: i18n.t('notices.groupWarning'), info: i18n.t('notices.groupInfo') } satisfies Record<NoticeSeverity, string>,
} as const;

/** Shown before the rest fold away, so the list never grows past the current step's neighbourhood. */
const SHOWN = 2;

const RANK: Record<NoticeSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; the newest first within each. */
export function orderNotices(notices: readonly Notice[]): Notice[] {
  return [...notices].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.at - a.at);
}

/** Speaks each notice once, when it first appears while the panel is open. */
function useAnnounceNew(notices: readonly Notice[], loaded: boolean) {
  const seen = useRef<Set<string> | undefined>(undefined);
  useEffect(() => {
    if (!loaded) return;
    const key = (n: Notice) => `${n.id}\u0000${n.at}`;
    if (!seen.current) {
      // What the panel opens with is read in place, not announced.
      seen.current = new Set(notices.map(key));
      return;
    }
    const fresh = notices.filter((n) => !seen.current!.has(key(n)));
    seen.current = new Set(notices.map(key));
    if (fresh.length > 0) announce(fresh.map((n) => STRINGS.announced(MESSAGE_STRINGS.severity[n.severity], noticeWords(n).message)).join(' '));
  }, [notices, loaded]);
}

/**
 * Warnings and wrong turns, each with its fix, below the current step so they never push it out
 * of view. Two are shown; more fold behind one button. Dismissing moves focus to the next notice,
 * or to the list heading, or (when none is left) to the current step, never to the page body.
 */
export function Notices() {
  const notices = orderNotices(usePanelStore((s) => s.setup.notices));
  const loaded = usePanelStore((s) => s.loaded);
  const [expanded, setExpanded] = useState(false);
  /** The position of a notice being dismissed, to put focus on what takes its place. */
  const dismissing = useRef<{ id: string; index: number } | undefined>(undefined);
  const items = useRef(new Map<string, HTMLElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  useAnnounceNew(notices, loaded);

  useLayoutEffect(() => {
    const pending = dismissing.current;
    if (!pending || notices.some((n) => n.id === pending.id)) return;
    dismissing.current = undefined;
    announce(STRINGS.dismissed);
    const next = notices[pending.index];
    const target = next ? items.current.get(next.id) : notices.length > 0 ? heading.current : document.getElementById(CURRENT_STEP_ID)?.querySelector('h2');
    target?.focus();
  }, [notices]);

  if (notices.length === 0) return null;
  const shown = expanded ? notices : notices.slice(0, SHOWN);
  const hidden = notices.length - shown.length;
  return (
    <section className="notices" aria-labelledby="notices-heading" data-testid="notices">
      <div className="notices-head">
        <h2 id="notices-heading" ref={heading} tabIndex={-1}>
          {STRINGS.heading(notices.length)}
        </h2>
      </div>
      <ul>
        {shown.map((n, index) => {
          const words = noticeWords(n);
          return (
            <li key={n.id}>
              <MessageBar
                ref={(element) => {
                  if (element) items.current.set(n.id, element);
                  else items.current.delete(n.id);
                }}
                tabIndex={-1}
                className={`notice notice-${n.severity}`}
                role="group"
                aria-label={STRINGS.groupLabel[n.severity]}
                severity={n.severity}
                message={words.message}
                testId={`notice-${n.id}`}
                data-severity={n.severity}
              >
                {words.fix ? <p className="fix">{words.fix}</p> : null}
                <div className="message-actions">
                  {n.switchTo ? (
                    <button type="button" className="button" data-testid="switch-app" onClick={() => void sendToBackground({ type: 'panel/switch-app', appId: n.switchTo! })}>
                      {STRINGS.switchApp}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="link"
                    data-testid="dismiss-notice"
                    aria-label={STRINGS.dismissLabel(n.severity, words.message)}
                    onClick={() => {
                      dismissing.current = { id: n.id, index };
                      void sendToBackground({ type: 'panel/dismiss-notice', id: n.id });
                    }}
                  >
                    {STRINGS.dismiss}
                  </button>
                </div>
              </MessageBar>
            </li>
          );
        })}
      </ul>
      {notices.length > SHOWN ? (
        <button type="button" className="subtle-button" aria-expanded={expanded} data-testid="notices-more" onClick={() => setExpanded(!expanded)}>
          <Icon name="chevronRight" className={expanded ? 'rotated' : undefined} />
          {expanded ? STRINGS.fewer : STRINGS.more(hidden)}
        </button>
      ) : null}
    </section>
  );
}
