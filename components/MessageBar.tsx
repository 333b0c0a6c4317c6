import { i18n } from '#i18n';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Icon, type IconName } from './Icons';

export type Severity = 'error' | 'warning' | 'info' | 'success';

/** Every word this component shows. */
export const STRINGS = {
  severity: {
    error: i18n.t('messageBar.severity.error'),
    warning: i18n.t('messageBar.severity.warning'),
    info: i18n.t('messageBar.severity.info'),
    success: i18n.t('messageBar.severity.success'),
  } satisfies Record<Severity, string>,
  /** "Error:", "Erreur :": the line's first word and its punctuation, as the language writes it. */
  lead: (word: string) => i18n.t('messageBar.lead', [word]),
} as const;

const ICONS: Record<Severity, IconName> = { error: 'error', warning: 'warning', info: 'info', success: 'success' };

export interface MessageBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  severity: Severity;
  /** The first line, after the severity word. */
  message: ReactNode;
  /** Replaces the severity word (it still starts the line, in the same weight). */
  title?: string;
  /** Further lines: the fix, the actions. */
  children?: ReactNode;
  /** A trailing control, such as a dismiss button. */
  end?: ReactNode;
  testId?: string;
}

/**
 * Fluent's MessageBar, light: an icon, the severity in words, the message, then what to do.
 * Colour only repeats what the icon and the word say, so it survives high contrast and
 * colour blindness.
 */
export const MessageBar = forwardRef<HTMLDivElement, MessageBarProps>(function MessageBar(
  { severity, message, title, children, end, testId, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={`message message-${severity}${className ? ` ${className}` : ''}`} data-testid={testId} {...rest}>
      <Icon name={ICONS[severity]} className="message-icon" />
      <div className="message-content">
        <p>
          <span className="message-severity">{STRINGS.lead(title ?? STRINGS.severity[severity])}</span> {message}
        </p>
        {children}
      </div>
      {end}
    </div>
  );
});
