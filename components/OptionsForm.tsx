import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { DEFAULT_OPTIONS, optionsItem, type Options } from '@/utils/storage';
import { validExtraOrigins } from '@/utils/tonicdm/parseExtraOrigin';
import { isOriginGranted, originPattern } from '@/utils/tonicdm/grantedExtraOrigins';
import { revokeExtraOrigins } from '@/utils/tonicdm/revokeExtraOrigins';
import { SECRET_IDLE_MINUTES } from '@/utils/security/storedState';
import { checkExtraOrigins, checkGraphAuthority, checkGraphClientId, checkIdleMinutes, STRINGS as RULES, validateOptions, type OptionsField, type OptionsInput } from './validateOptions';
import { CopyButton } from './CopyButton';
import { Icon } from './Icons';
import { LiveAnnouncer } from './LiveAnnouncer';

/** Every word this component shows (the rules' own sentences are in validateOptions.ts). */
const STRINGS = {
  title: i18n.t('optionsForm.title'),
  secretHeading: i18n.t('optionsForm.secretHeading'),
  idleLabel: i18n.t('optionsForm.idleLabel'),
  originsHeading: i18n.t('optionsForm.originsHeading'),
  originsIntro: i18n.t('optionsForm.originsIntro'),
  originsLabel: i18n.t('optionsForm.originsLabel'),
  originsHint: i18n.t('optionsForm.originsHint'),
  originAllowed: (origin: string) => i18n.t('optionsForm.originAllowed', [origin]),
  originMissing: (origin: string) => i18n.t('optionsForm.originMissing', [origin]),
  accessRefused: (origins: string) => i18n.t('optionsForm.accessRefused', [origins]),
  graphHeading: i18n.t('optionsForm.graphHeading'),
  graphIntro: i18n.t('optionsForm.graphIntro'),
  graphSteps: [i18n.t('optionsForm.graphStep1'), i18n.t('optionsForm.graphStep2'), i18n.t('optionsForm.graphStep3'), i18n.t('optionsForm.graphStep4')],
  redirectLabel: i18n.t('optionsForm.redirectLabel'),
  clientIdLabel: i18n.t('optionsForm.clientIdLabel'),
  clientIdHint: i18n.t('optionsForm.clientIdHint'),
  authorityLabel: i18n.t('optionsForm.authorityLabel'),
  authorityHint: i18n.t('optionsForm.authorityHint'),
  save: i18n.t('optionsForm.save'),
  saved: i18n.t('optionsForm.saved'),
  savedRevoked: (origins: string) => i18n.t('optionsForm.savedRevoked', [origins]),
  notSaved: (count: number) => i18n.t('optionsForm.notSaved', count),
  errorPrefix: i18n.t('optionsForm.errorPrefix'),
} as const;

const CHECKS: Record<OptionsField, (value: string) => string | undefined> = {
  secretIdleMinutes: checkIdleMinutes,
  extraOrigins: (text) => checkExtraOrigins(text).error,
  graphClientId: checkGraphClientId,
  graphAuthority: checkGraphAuthority,
};

const TEST_IDS: Record<OptionsField, string> = {
  secretIdleMinutes: 'secret-idle-minutes',
  extraOrigins: 'extra-origins',
  graphClientId: 'graph-client-id',
  graphAuthority: 'graph-authority',
};

function Field({ field, label, hint, error, children }: { field: OptionsField; label: string; hint?: ReactNode; error?: string; children: (props: FieldControlProps) => ReactNode }) {
  const id = `option-${field}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'data-testid': TEST_IDS[field] })}
      {error ? (
        <p className="field-error" id={`${id}-error`} data-testid={`${TEST_IDS[field]}-error`}>
          <Icon name="error" />
          <span>
            <span className="visually-hidden">{STRINGS.errorPrefix} </span>
            {error}
          </span>
        </p>
      ) : null}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'data-testid': string;
}

/**
 * Settings: secret idle timeout, extra TonicDM origins, and the Graph sign-in app. Each field is
 * checked when it is left and again on Save, and its problem is shown under it (named by the
 * field's aria-describedby); Save then moves focus to the first field to fix.
 */
export function OptionsForm() {
  const [stored, setStored] = useState<Options>(DEFAULT_OPTIONS);
  const [input, setInput] = useState<OptionsInput>({ secretIdleMinutes: String(DEFAULT_OPTIONS.secretIdleMinutes), extraOrigins: '', graphClientId: '', graphAuthority: DEFAULT_OPTIONS.graphAuthority });
  const [errors, setErrors] = useState<Partial<Record<OptionsField, string>>>({});
  const [status, setStatus] = useState('');
  /** Listed origins the browser has granted access to; only those are ever filled. */
  const [granted, setGranted] = useState<string[]>([]);
  // The fields appear with the stored values: typing before they arrived would be overwritten.
  const [loaded, setLoaded] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function load() {
    const value = await optionsItem.getValue();
    // storage.local is writable by content scripts: show only what would actually be used.
    const extra = validExtraOrigins((value as { extraTonicdmOrigins?: unknown } | null)?.extraTonicdmOrigins);
    const access = await Promise.all(extra.map(isOriginGranted));
    const options = { ...DEFAULT_OPTIONS, ...value, extraTonicdmOrigins: extra };
    setStored(options);
    setInput({ secretIdleMinutes: String(options.secretIdleMinutes), extraOrigins: extra.join('\n'), graphClientId: options.graphClientId, graphAuthority: options.graphAuthority });
    setGranted(extra.filter((_, i) => access[i]));
    setLoaded(true);
  }

  useEffect(() => {
    void load();
  }, []);

  const change = (field: OptionsField, value: string) => {
    setInput((current) => ({ ...current, [field]: value }));
    // A shown problem follows the typing, so it disappears as soon as it is fixed.
    if (errors[field]) setErrors((current) => ({ ...current, [field]: CHECKS[field](value) }));
  };
  const leave = (field: OptionsField) => setErrors((current) => ({ ...current, [field]: CHECKS[field](input[field]) }));
  const control = (field: OptionsField) => ({
    value: input[field],
    // Leaving for Save is left to Save: an error appearing now would move the button from under the click.
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if ((event.relatedTarget as HTMLButtonElement | null)?.type !== 'submit') leave(field);
    },
  });

  async function save() {
    const check = validateOptions(input);
    if (!check.ok) {
      setErrors(check.errors);
      setStatus(STRINGS.notSaved(Object.keys(check.errors).length));
      const first = (Object.keys(TEST_IDS) as OptionsField[]).find((field) => check.errors[field]);
      form.current?.querySelector<HTMLElement>(`#option-${first}`)?.focus();
      return;
    }
    setErrors({});
    const { values } = check;
    // Access is asked for on this click, before any other await: Firefox allows the prompt only then.
    const toAsk = values.extraOrigins.filter((o) => !granted.includes(o));
    if (toAsk.length > 0) {
      const ok = await browser.permissions.request({ origins: toAsk.map(originPattern) }).catch(() => false);
      if (!ok) {
        setErrors({ extraOrigins: STRINGS.accessRefused(toAsk.join(', ')) });
        setStatus(STRINGS.notSaved(1));
        form.current?.querySelector<HTMLElement>('#option-extraOrigins')?.focus();
        return;
      }
    }
    await optionsItem.setValue({
      ...stored,
      extraTonicdmOrigins: values.extraOrigins,
      secretIdleMinutes: values.secretIdleMinutes,
      graphClientId: values.graphClientId,
      graphAuthority: values.graphAuthority,
    });
    // A removed origin loses its access too, not just its line (and with it the content script).
    const revoked = await revokeExtraOrigins(values.extraOrigins).catch(() => []);
    await load();
    setStatus(revoked.length > 0 ? STRINGS.savedRevoked(revoked.map((p) => p.replace(/\/\*$/, '')).join(', ')) : STRINGS.saved);
  }

  const redirect = browser.identity?.getRedirectURL?.() ?? `https://${browser.runtime.id}.chromiumapp.org/`;
  if (!loaded) {
    return (
      <main className="panel options" aria-busy="true">
        <h1>{STRINGS.title}</h1>
      </main>
    );
  }
  return (
    <>
      <main className="panel options">
        <h1>{STRINGS.title}</h1>
        <form
          ref={form}
          noValidate
          className="options-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <section className="card" aria-labelledby="options-secret">
            <h2 id="options-secret">{STRINGS.secretHeading}</h2>
            <Field field="secretIdleMinutes" label={STRINGS.idleLabel} hint={RULES.idleRange} error={errors.secretIdleMinutes}>
              {(props) => (
                <input
                  {...props}
                  {...control('secretIdleMinutes')}
                  type="number"
                  inputMode="numeric"
                  min={SECRET_IDLE_MINUTES.min}
                  max={SECRET_IDLE_MINUTES.max}
                  onChange={(e) => change('secretIdleMinutes', e.target.value)}
                />
              )}
            </Field>
          </section>
          <section className="card" aria-labelledby="options-origins">
            <h2 id="options-origins">{STRINGS.originsHeading}</h2>
            <p className="note">{STRINGS.originsIntro}</p>
            <Field field="extraOrigins" label={STRINGS.originsLabel} hint={STRINGS.originsHint} error={errors.extraOrigins}>
              {(props) => <textarea {...props} {...control('extraOrigins')} rows={3} spellCheck={false} onChange={(e) => change('extraOrigins', e.target.value)} />}
            </Field>
            {stored.extraTonicdmOrigins.length > 0 ? (
              <ul className="note" data-testid="extra-origin-access">
                {stored.extraTonicdmOrigins.map((origin) => (
                  <li key={origin} data-granted={String(granted.includes(origin))}>
                    {granted.includes(origin) ? STRINGS.originAllowed(origin) : STRINGS.originMissing(origin)}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section className="card" aria-labelledby="options-graph">
            <h2 id="options-graph">{STRINGS.graphHeading}</h2>
            <p className="note">{STRINGS.graphIntro}</p>
            <ol className="steps-inline">
              <li>{STRINGS.graphSteps[0]}</li>
              <li>
                {STRINGS.graphSteps[1]}
                <span className="copyable">
                  <code data-testid="redirect-uri">{redirect}</code>
                  <CopyButton value={redirect} label={STRINGS.redirectLabel} testId="copy-redirect-uri" />
                </span>
              </li>
              <li>{STRINGS.graphSteps[2]}</li>
              <li>{STRINGS.graphSteps[3]}</li>
            </ol>
            <Field field="graphClientId" label={STRINGS.clientIdLabel} hint={STRINGS.clientIdHint} error={errors.graphClientId}>
              {(props) => <input {...props} {...control('graphClientId')} spellCheck={false} autoComplete="off" onChange={(e) => change('graphClientId', e.target.value)} />}
            </Field>
            <Field field="graphAuthority" label={STRINGS.authorityLabel} hint={STRINGS.authorityHint} error={errors.graphAuthority}>
              {(props) => <input {...props} {...control('graphAuthority')} type="url" spellCheck={false} autoComplete="off" onChange={(e) => change('graphAuthority', e.target.value)} />}
            </Field>
          </section>
          <div className="options-save">
            <button type="submit" className="primary" data-testid="save-options">
              {STRINGS.save}
            </button>
            <p className="options-status" role="status" data-testid="options-status">
              {status}
            </p>
          </div>
        </form>
      </main>
      <LiveAnnouncer />
    </>
  );
}
